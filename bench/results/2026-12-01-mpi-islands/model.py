#!/usr/bin/env python3
"""Issue 18: the islands' measured messages and rounds, and a model of the migration cost up to 64 ranks.

    python3 model.py x8-10cpus-per-rank.csv [more.csv ...]

Per round and rank the ring costs one message of S bytes each way plus an all-reduce of one int
(ceil(log2 P) latency steps), and every rank waits for the slowest: with per-round wall times of spread
sigma, the expected wait is sigma * E[max of P standard normals]. sigma comes from the measured wait at
P = 2 (E[max of 2] - E[one] = 0.564 sigma). Latencies and bandwidths of the networks are typical published
figures, not measured here.
"""
import csv
import math
import statistics
import sys

# E[max of P independent standard normals]: the mean of the largest of P draws.
EXPECTED_MAX = {1: 0.0, 2: 0.5642, 4: 1.0294, 8: 1.4236, 16: 1.7660, 32: 2.0697, 64: 2.3433}
NETWORKS = {  # alpha (s), beta (bytes/s)
    "shared memory": (1e-6, 5e9),
    "InfiniBand HDR": (2e-6, 12e9),
    "10 GbE TCP": (30e-6, 1.1e9),
}

rows = []
for path in sys.argv[1:]:
    with open(path) as f:
        rows += list(csv.DictReader(f))

islands = [r for r in rows if r["rounds"]]
print("| instance | gap 2x1 % | gap 1x2 % | iterations 2x1 | iterations 1x2 | rounds | bytes per island and round | wait per round (s) | share of wall in rounds |")
print("|---|---|---|---|---|---|---|---|---|")
by_name = {}
for r in rows:
    by_name.setdefault(r["instance"], {})[r["setup"]] = r
waits, shares, sizes, rates = [], [], [], []
for name, setups in by_name.items():
    a = setups.get("2x1")
    b = setups.get("1x2")
    if not a or not b:
        continue
    rounds = int(a["rounds"])
    wait = float(a["round_s"]) / rounds if rounds else 0.0
    share = float(a["round_s"]) / float(a["wall_s"])
    waits.append(wait)
    shares.append(share)
    sizes.append(float(a["bytes_per_round"]))
    rates.append(rounds / (float(a["cpu_s"]) / 2))  # rounds per CPU second of one island
    print(f"| {name} | {a['gap_pct']} | {b['gap_pct']} | {a['iterations']} | {b['iterations']} | {rounds} | "
          f"{float(a['bytes_per_round']):.0f} | {wait:.3f} | {100 * share:.1f} % |")
if not waits:
    sys.exit(0)
gaps_a = [float(by_name[n]["2x1"]["gap_pct"]) for n in by_name if "2x1" in by_name[n] and "1x2" in by_name[n]]
gaps_b = [float(by_name[n]["1x2"]["gap_pct"]) for n in by_name if "2x1" in by_name[n] and "1x2" in by_name[n]]
lower = sum(a < b for a, b in zip(gaps_a, gaps_b))
print(f"\nmean gap: 2 ranks x 1 thread {statistics.mean(gaps_a):.3f} %, 1 process x 2 threads "
      f"{statistics.mean(gaps_b):.3f} %; islands lower on {lower} of {len(gaps_a)}")

wait2 = statistics.median(waits)
sigma = wait2 / EXPECTED_MAX[2]
size = max(sizes)
rate = statistics.median(rates)
round_wall = statistics.median([float(by_name[n]["2x1"]["wall_s"]) / int(by_name[n]["2x1"]["rounds"])
                                for n in by_name if by_name[n].get("2x1", {}).get("rounds") not in (None, "", "0")])
print(f"\nmedian measured: wait per round {wait2:.3f} s (sigma {sigma:.3f} s), largest message {size:.0f} bytes, "
      f"{rate:.2f} rounds per CPU second of an island, {round_wall:.1f} s wall per round")
print("\n| ranks | transfer per round, shared memory | InfiniBand | 10 GbE | expected wait per round | share of a round lost |")
print("|---|---|---|---|---|---|")
for p in (2, 4, 8, 16, 32, 64):
    cells = []
    for alpha, beta in NETWORKS.values():
        t = alpha + size / beta + math.ceil(math.log2(p)) * alpha
        cells.append(f"{1e6 * t:.1f} us")
    wait = sigma * EXPECTED_MAX[p]
    print(f"| {p} | " + " | ".join(cells) + f" | {wait:.3f} s | {100 * wait / (round_wall + wait):.1f} % |")
