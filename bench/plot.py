#!/usr/bin/env python3
"""Draws the plots of one or two `routekit bench` output folders.

    bench/plot.py BENCH_DIR [OTHER_DIR] [--labels A B] [--out DIR] [--budget S] [--anchor CSV]...

Writes, into --out (default: the first folder):
  gap_vs_time.png       per set, the gap to the best known value against time: median over the runs
                        (instances x seeds) and the band between the quartiles, one curve per folder and budget.
                        The gap of a run at time t is the gap of the best cost it had found by t (its trace);
                        before its first feasible solution a run counts as infinitely far, so a curve starts
                        once half of the runs have a solution.
  gap_per_instance.png  per set, the final gap of each instance (mean over seeds) at one budget (--budget,
                        default the largest), bars of the two folders side by side; failed runs marked x;
                        with --anchor (a file of ../shared/anchors: solver,...,instance,budget_s,...,gap_pct),
                        what that solver reaches on the same instances, as black markers.

Runs without a best known value, and failed runs, are left out of the gaps (summary.md counts them).
Needs python3 and matplotlib (Debian: python3-matplotlib; scripts/setup.sh installs both).
"""
import argparse
import csv
import math
import os
import sys
from collections import OrderedDict

try:
    import matplotlib
except ImportError:
    # Debian's python3-matplotlib belongs to /usr/bin/python3; a pyenv or venv python3 first on PATH lacks it.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("plot.py: needs matplotlib (Debian: apt-get install python3-matplotlib, or scripts/setup.sh)")

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the file-only backend)
import numpy as np  # noqa: E402

COLOURS = ["tab:blue", "tab:orange"]
LINESTYLES = ["-", "--", ":", "-."]


class Run:
    """One row of runs.csv, with its trace as (seconds, gap %) pairs."""

    def __init__(self, row, folder):
        self.set = row["set"]
        self.instance = row["instance"]
        self.n = int(row["n"]) if row["n"] else 0
        self.seed = row["seed"]
        self.budget = 0.0 if row["budget_s"] == "none" else float(row["budget_s"])
        self.failed = bool(row["error"])
        self.best = float(row["best_known"]) if row["best_known"] else None
        self.gap = float(row["gap_pct"]) if row["gap_pct"] else None
        self.elapsed = float(row["elapsed_s"]) if row.get("elapsed_s") else 0.0
        self.trace = []
        if not self.failed and self.best and row["trace"]:
            path = os.path.join(folder, row["trace"])
            if os.path.exists(path):
                with open(path, newline="") as f:
                    for point in csv.DictReader(f):
                        cost = float(point["cost"])
                        self.trace.append((float(point["seconds"]), 100.0 * (cost - self.best) / self.best))

    def gap_at(self, times):
        """The gap of the best cost found by each time; inf before the first solution."""
        gaps = np.full(len(times), math.inf)
        best = math.inf
        k = 0
        for i, t in enumerate(times):
            while k < len(self.trace) and self.trace[k][0] <= t:
                best = min(best, self.trace[k][1])
                k += 1
            gaps[i] = best
        return gaps


def read_runs(folder):
    path = os.path.join(folder, "runs.csv")
    if not os.path.exists(path):
        sys.exit(f"plot.py: no runs.csv in {folder}")
    with open(path, newline="") as f:
        return [Run(row, folder) for row in csv.DictReader(f)]


def sets_in_order(arms):
    sets = OrderedDict()
    for _, runs in arms:
        for run in runs:
            sets.setdefault(run.set, None)
    return list(sets)


def plot_gap_versus_time(arms, out_path):
    sets = [s for s in sets_in_order(arms) if any(r.trace for _, runs in arms for r in runs if r.set == s)]
    if not sets:
        print("plot.py: no trace with a best known value: no gap-versus-time plot", file=sys.stderr)
        return
    columns = min(3, len(sets))
    rows = math.ceil(len(sets) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(max(6.5, 5.2 * columns), 3.8 * rows + 0.4), squeeze=False)
    for ax, set_name in zip(axes.flat, sets):
        for a, (label, runs) in enumerate(arms):
            budgets = sorted({r.budget for r in runs if r.set == set_name})
            for b, budget in enumerate(budgets):
                group = [r for r in runs if r.set == set_name and r.budget == budget and r.trace]
                if not group:
                    continue
                first = min(r.trace[0][0] for r in group)
                # Wall-clock end of the runs: the budget, or later with --cpu-time on a busy machine.
                end = max([budget] + [r.elapsed for r in group] + [r.trace[-1][0] for r in group])
                start = max(min(first, end / 1000), 1e-3)
                times = np.geomspace(start, max(end, start * 10), 200)
                gaps = np.array([r.gap_at(times) for r in group])
                with np.errstate(invalid="ignore"):
                    q1, median, q3 = (np.percentile(gaps, q, axis=0) for q in (25, 50, 75))
                name = f"{label}, {budget:g} s" if budget > 0 else label
                ax.plot(times, median, color=COLOURS[a % 2], linestyle=LINESTYLES[b % 4],
                        label=f"{name}: median of {len(group)} runs")
                finite = np.isfinite(q1) & np.isfinite(q3)
                ax.fill_between(times, np.where(finite, q1, np.nan), np.where(finite, q3, np.nan),
                                color=COLOURS[a % 2], alpha=0.18, linewidth=0)
        ax.set_xscale("log")
        ax.set_title(set_name)
        ax.set_xlabel("wall-clock seconds since the run started")
        ax.set_ylabel("gap to best known (%)")
        ax.set_ylim(bottom=min(0, ax.get_ylim()[0]))
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    for ax in axes.flat[len(sets):]:
        ax.set_visible(False)
    fig.suptitle("Gap versus time (line: median, band: quartiles over instances and seeds)", fontsize=10)
    fig.tight_layout()
    fig.savefig(out_path, dpi=110)
    plt.close(fig)
    print(f"plot.py: wrote {out_path}", file=sys.stderr)


def read_anchor(path):
    """A competing solver's results: (label, {instance: gap %})."""
    with open(path, newline="") as f:
        rows = [row for row in csv.DictReader(f) if row.get("gap_pct")]
    if not rows:
        sys.exit(f"plot.py: no gap_pct rows in {path}")
    solver = rows[0]["solver"].split(" (")[0]
    budgets = sorted({row["budget_s"] for row in rows})
    return f"{solver}, {'/'.join(budgets)} s", {row["instance"]: float(row["gap_pct"]) for row in rows}


def plot_gap_per_instance(arms, budget, out_path, anchors=()):
    sets = sets_in_order(arms)
    per_set = []
    for set_name in sets:
        instances = OrderedDict()
        for _, runs in arms:
            for r in sorted((r for r in runs if r.set == set_name), key=lambda r: (r.n, r.instance)):
                instances.setdefault(r.instance, None)
        per_set.append((set_name, list(instances)))
    widest = max(len(names) for _, names in per_set)
    fig, axes = plt.subplots(len(per_set), 1, figsize=(max(8, 0.16 * widest * len(arms) + 2), 3.4 * len(per_set)),
                             squeeze=False)
    bar = 0.8 / len(arms)
    for ax, (set_name, names) in zip(axes[:, 0], per_set):
        x = np.arange(len(names))
        failure_labelled = False
        for a, (label, runs) in enumerate(arms):
            chosen = [r for r in runs if r.set == set_name and r.budget == budget]
            means, failed = [], []
            for name in names:
                gaps = [r.gap for r in chosen if r.instance == name and r.gap is not None]
                means.append(np.mean(gaps) if gaps else np.nan)
                failed.append(any(r.failed for r in chosen if r.instance == name))
            offset = (a - (len(arms) - 1) / 2) * bar
            ax.bar(x + offset, means, bar, color=COLOURS[a % 2], label=label)
            fx = [x[i] + offset for i in range(len(names)) if failed[i]]
            if fx:
                ax.plot(fx, [0] * len(fx), "x", color="red", markersize=8,
                        label=None if failure_labelled else "failed run")
                failure_labelled = True
        for k, (anchor_label, anchor_gaps) in enumerate(anchors):
            ax_x = [x[i] for i, name in enumerate(names) if name in anchor_gaps]
            if ax_x:
                ax.plot(ax_x, [anchor_gaps[name] for name in names if name in anchor_gaps], "_ox^"[k % 4],
                        color="black", markersize=9, markeredgewidth=1.6, linestyle="none", label=anchor_label)
        ax.set_xticks(x)
        ax.set_xticklabels(names, rotation=90, fontsize=7)
        ax.set_xlim(-0.6, max(len(names), 4) - 0.4)
        ax.set_title(f"{set_name}: final gap per instance ({budget:g} s, mean over seeds)" if budget > 0
                     else f"{set_name}: final gap per instance (mean over seeds)")
        ax.set_ylabel("gap (%)")
        ax.axhline(0, color="black", linewidth=0.6)
        ax.grid(True, axis="y", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out_path, dpi=110)
    plt.close(fig)
    print(f"plot.py: wrote {out_path}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", metavar="BENCH_DIR", help="one or two bench output folders")
    parser.add_argument("--labels", nargs="+", help="a label per folder (default: the folder names)")
    parser.add_argument("--out", help="where to write the PNGs (default: the first folder)")
    parser.add_argument("--budget", type=float, help="budget of the per-instance chart (default: the largest)")
    parser.add_argument("--anchor", action="append", default=[],
                        help="a competing solver's per-instance results (../shared/anchors/*.csv); repeatable")
    args = parser.parse_args()
    if len(args.folders) > 2:
        parser.error("at most two folders")
    labels = args.labels or [os.path.basename(os.path.normpath(f)) for f in args.folders]
    if len(labels) != len(args.folders):
        parser.error("give one label per folder")
    arms = [(label, read_runs(folder)) for label, folder in zip(labels, args.folders)]
    out = args.out or args.folders[0]
    os.makedirs(out, exist_ok=True)
    budget = args.budget if args.budget is not None else max(r.budget for _, runs in arms for r in runs)
    plot_gap_versus_time(arms, os.path.join(out, "gap_vs_time.png"))
    anchors = [read_anchor(path) for path in args.anchor]
    plot_gap_per_instance(arms, budget, os.path.join(out, "gap_per_instance.png"), anchors)


if __name__ == "__main__":
    main()
