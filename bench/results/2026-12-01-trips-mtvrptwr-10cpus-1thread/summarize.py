"""Gaps of MTVRPTWR runs (bench runs.csv files) against the manifest's best known, which is printed in tenths
(47025 = 4702.5) while the runs' costs carry the decimal; PyVRP 0.13.4's figures from the anchor CSV where it
has the instance. Usage: python3 summarize.py runs.csv [runs.csv ...]"""
import csv
import statistics
import sys

ANCHORS = "/work/shared/anchors/pyvrp_variants_10s.csv"
anchors = {r["instance"]: float(r["gap_pct"]) for r in csv.DictReader(open(ANCHORS)) if r["set"] == "PyVRP-MTVRPTWR"}
runs = [r for path in sys.argv[1:] for r in csv.DictReader(open(path))]
print("| instance | cost | best known | gap % | PyVRP 10 s gap % | iterations | CPU s |")
print("|---|---|---|---|---|---|---|")
gaps, feasible, gap_of = [], 0, {}
for r in sorted(runs, key=lambda r: r["instance"]):
    best = float(r["best_known"]) / 10
    gap = ""
    if r["feasible"] == "yes":
        feasible += 1
        g = 100 * (float(r["cost"]) - best) / best
        gaps.append(g)
        gap_of[r["instance"]] = g
        gap = f"{g:.3f}"
    anchor = anchors.get(r["instance"], "")
    print(f"| {r['instance']} | {r['cost']} | {best:.1f} | {gap} | {anchor} | {r['iterations']} | {r['cpu_s']} |")
print()
print(f"{len(runs)} instances, {feasible} feasible, mean gap {statistics.mean(gaps):.3f} %, "
      f"median {statistics.median(gaps):.3f} %, at best known {sum(1 for g in gaps if g <= 0)}")
both = [(g, anchors[name]) for name, g in gap_of.items() if name in anchors]
if both:
    print(f"on PyVRP's {len(both)} instances: Routekit {statistics.mean(g for g, _ in both):.3f} %, "
          f"PyVRP {statistics.mean(a for _, a in both):.3f} %")
