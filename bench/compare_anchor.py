#!/usr/bin/env python3
"""Compares a `routekit bench` run with an anchor solver's figures, instance by instance.

    bench/compare_anchor.py RUNS.csv ANCHOR.csv [--budget S] [--title TEXT] > comparison.md

RUNS.csv is the runs.csv of a bench folder; ANCHOR.csv one of ../shared/anchors/*.csv (solver, version,
instance, budget_s, threads, best_known, cost, gap_pct, wall_s). For sets without a best-known value (ORTEC)
this is the only comparison there is: costs side by side, the relative difference, and who is lower. Runs of
several seeds are averaged per instance. Prints a markdown table and a summary line.
"""
import argparse
import collections
import csv
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs")
    parser.add_argument("anchor")
    parser.add_argument("--budget", type=float, help="only runs of this budget (default: all)")
    parser.add_argument("--title", default="Routekit against the anchor")
    args = parser.parse_args()

    anchor = {}
    solver = "anchor"
    with open(args.anchor, newline="") as f:
        for row in csv.DictReader(f):
            if row["cost"]:
                anchor[row["instance"]] = float(row["cost"])
                solver = f'{row["solver"]} {row["version"]} ({row["budget_s"]} s, {row["threads"]} thread)'
    ours = collections.defaultdict(list)
    with open(args.runs, newline="") as f:
        for row in csv.DictReader(f):
            if args.budget is not None and float(row["budget_s"]) != args.budget:
                continue
            if row["cost"] and row["feasible"] == "yes":
                ours[row["instance"]].append(float(row["cost"]))

    lines = [f"# {args.title}", "", f"Runs: `{args.runs}`; anchor: `{args.anchor}`, {solver}.", "",
             "| instance | Routekit | anchor | difference % |", "|---|---:|---:|---:|"]
    diffs, lower, equal = [], 0, 0
    for name in sorted(ours):
        if name not in anchor:
            continue
        cost = sum(ours[name]) / len(ours[name])
        diff = 100 * (cost - anchor[name]) / anchor[name]
        diffs.append(diff)
        lower += cost < anchor[name]
        equal += cost == anchor[name]
        lines.append(f"| {name} | {cost:.0f} | {anchor[name]:.0f} | {diff:+.2f} |")
    if not diffs:
        print("compare_anchor: no instance in both files", file=sys.stderr)
        return 2
    lines += ["", f"{len(diffs)} instances: mean difference {sum(diffs) / len(diffs):+.3f} % "
                  f"(negative: Routekit lower); Routekit lower on {lower}, equal on {equal}, "
                  f"higher on {len(diffs) - lower - equal}."]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
