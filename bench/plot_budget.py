#!/usr/bin/env python3
"""Mean gap against the time budget, from one `routekit bench` folder run at several budgets.

    bench/plot_budget.py BENCH_DIR [--anchor CSV] [--out FILE]

Reads BENCH_DIR/runs.csv (one row per instance, seed and budget), plots the mean gap to the best known value
per budget on a logarithmic time axis and, with --anchor (a ../shared/anchors file: solver,...,instance,
budget_s,...,gap_pct), the anchor solver's mean gap on the same instances as a horizontal line labelled with
its budget. Writes FILE (default BENCH_DIR/gap_vs_budget.png) and prints the table it drew.
Needs Debian's python3-matplotlib (run it with /usr/bin/python3 where another python3 comes first on PATH).
"""
import argparse
import csv
import os
import statistics
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def read_gaps(runs_csv: str) -> dict[float, dict[str, float]]:
    """Per budget, the mean gap of each instance over its seeds (failed runs left out)."""
    per_budget: dict[float, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    with open(runs_csv, newline="") as f:
        for row in csv.DictReader(f):
            if row["gap_pct"] and row["budget_s"] != "none":
                per_budget[float(row["budget_s"])][row["instance"]].append(float(row["gap_pct"]))
    return {b: {i: statistics.mean(g) for i, g in inst.items()} for b, inst in per_budget.items()}


def read_anchor(anchor_csv: str) -> tuple[str, float, dict[str, float]]:
    """The anchor's solver name, budget and gap per instance."""
    with open(anchor_csv, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["gap_pct"]]
    return rows[0]["solver"], float(rows[0]["budget_s"]), {r["instance"]: float(r["gap_pct"]) for r in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--anchor")
    parser.add_argument("--out")
    args = parser.parse_args()
    gaps = read_gaps(os.path.join(args.folder, "runs.csv"))
    budgets = sorted(gaps)
    instances = set.intersection(*(set(gaps[b]) for b in budgets))
    means = [statistics.mean(gaps[b][i] for i in instances) for b in budgets]
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    ax.plot(budgets, means, marker="o", label="Routekit, 1 thread")
    print("| budget (s) | Routekit mean gap % |")
    print("|---:|---:|")
    for b, m in zip(budgets, means):
        print(f"| {b:g} | {m:.3f} |")
    if args.anchor:
        solver, budget, anchor = read_anchor(args.anchor)
        shared = [i for i in instances if i in anchor]
        level = statistics.mean(anchor[i] for i in shared)
        ax.axhline(level, color="black", linestyle="--", label=f"{solver} at {budget:g} s, 1 thread")
        print(f"\n{solver} at {budget:g} s on the same {len(shared)} instances: {level:.3f} %")
    ax.set_xscale("log")
    ax.set_xticks(budgets)
    ax.set_xticklabels([f"{b:g}" for b in budgets])
    ax.set_xlabel("time budget (s)")
    ax.set_ylabel(f"mean gap to best known (%), {len(instances)} instances")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(args.out or os.path.join(args.folder, "gap_vs_budget.png"), dpi=120)


if __name__ == "__main__":
    main()
