#!/usr/bin/env python3
"""Runs `routekit solve` over a subset of the shared manifest and prints a Markdown table with the gap to the
best known value and, where an anchor CSV has the instance, the competing solver's gap.

usage: hgs_run.py SET BUDGET_S [NAME ...] [--every K] [--anchor FILE] [--threads T]
"""
import argparse, csv, os, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(root, "..", "shared")
cli = os.path.join(root, "build", "routekit")

parser = argparse.ArgumentParser()
parser.add_argument("set")
parser.add_argument("budget", type=float)
parser.add_argument("names", nargs="*")
parser.add_argument("--every", type=int, default=1, help="take every K-th instance of the set")
parser.add_argument("--anchor", default="")
parser.add_argument("--threads", type=int, default=2)
parser.add_argument("--extra", default="", help="more solve arguments")
args = parser.parse_args()

rows = [r for r in csv.DictReader(open(os.path.join(shared, "instances", "manifest.csv"))) if r["set"] == args.set]
if args.names:
    rows = [r for r in rows if r["name"] in args.names]
rows = rows[:: args.every]
anchor = {}
if args.anchor:
    for r in csv.DictReader(open(os.path.join(shared, "anchors", args.anchor))):
        anchor[r["instance"]] = r

print(f"| instance | n | best known | cost | gap % | anchor gap % | iterations | time to best s |")
print("|---|---|---|---|---|---|---|---|")
gaps, anchor_gaps = [], []
for r in rows:
    with tempfile.NamedTemporaryFile(suffix=".sol", delete=False) as f:
        out = f.name
    cmd = ["nice", "-n", "5", cli, "solve", os.path.join(shared, "instances", r["path"]), "--time-limit",
           str(args.budget), "--threads", str(args.threads), "-o", out] + args.extra.split()
    run = subprocess.run(cmd, capture_output=True, text=True)
    summary = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
    check = subprocess.run([cli, "check", os.path.join(shared, "instances", r["path"]), out],
                           capture_output=True, text=True)
    cost_line = [l for l in check.stdout.splitlines() if l.startswith("Cost")]
    feasible = check.stdout.startswith("feasible")
    cost = float(cost_line[0].split()[1]) if cost_line else float("nan")
    best = float(r["best_known"])
    gap = 100 * (cost - best) / best
    iterations = summary.split(" iterations")[0].split()[-1] if " iterations" in summary else "?"
    ttb = summary.split("time to best ")[1].split("s")[0] if "time to best" in summary else "?"
    a = anchor.get(r["name"])
    agap = float(a["gap_pct"]) if a and a["gap_pct"] not in ("", "nan") else None
    if feasible:
        gaps.append(gap)
        if agap is not None:
            anchor_gaps.append((gap, agap))
    print(f"| {r['name']} | {r['n_nodes']} | {r['best_known']} | {cost_line[0].split()[1] if cost_line else '-'}"
          f"{'' if feasible else ' INFEASIBLE'} | {gap:.3f} | {'' if agap is None else f'{agap:.3f}'} | "
          f"{iterations} | {ttb} |", flush=True)
    os.unlink(out)
if gaps:
    print(f"\nmean gap {sum(gaps) / len(gaps):.3f} % over {len(gaps)} feasible of {len(rows)}", end="")
    if anchor_gaps:
        print(f"; on the {len(anchor_gaps)} with an anchor: ours {sum(g for g, _ in anchor_gaps) / len(anchor_gaps):.3f} %"
              f" vs anchor {sum(a for _, a in anchor_gaps) / len(anchor_gaps):.3f} %", end="")
    print()
