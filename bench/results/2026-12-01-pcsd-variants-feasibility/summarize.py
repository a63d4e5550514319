"""Before/after table of the bench folders here (before_*/runs.csv, after_*/runs.csv), per family, on the
instances both sides finished. Gaps are recomputed from cost and best_known: PCVRPTW's best_known is in
tenths (the manifest's objective_note), SDVRPTW's manifest here is restated in the file's units (milli).
PyVRP 0.13.4's 10 s gaps from the anchor file where it has the instance. Usage: python3 summarize.py"""
import csv
import glob
import os
import statistics

HERE = os.path.dirname(os.path.abspath(__file__))
ANCHORS = "/work/shared/anchors/pyvrp_variants_10s.csv"
anchors = {(r["set"], r["instance"]): float(r["gap_pct"]) for r in csv.DictReader(open(ANCHORS))}


def load(side):
    rows = {}
    for path in sorted(glob.glob(os.path.join(HERE, side + "_*", "runs.csv"))):
        for r in csv.DictReader(open(path)):
            if float(r["cpu_s"] or 0) < 9.9 and r["feasible"] == "yes":
                continue  # a run cut short when its process was ended
            rows[(r["set"], r["instance"])] = r
    return rows


def gap(r):
    if r["feasible"] != "yes":
        return None
    best = float(r["best_known"])
    if r["set"] in ("PyVRP-PCVRPTW", "PyVRP-MTVRPTWR"):
        best /= 10
    return 100 * (float(r["cost"]) - best) / best


before, after = load("before"), load("after")
for family in sorted({s for s, _ in before} | {s for s, _ in after}):
    names = sorted(n for s, n in after if s == family and (s, n) in before)
    print(f"\n## {family}: {len(names)} instances run before and after\n")
    print("| instance | n | before cost | before gap % | after cost | after gap % | PyVRP 10 s gap % | iterations before / after |")
    print("|---|---|---|---|---|---|---|---|")
    gb, ga, fb, fa = [], [], 0, 0
    for n in names:
        b, a = before[(family, n)], after[(family, n)]
        x, y = gap(b), gap(a)
        fb += x is not None
        fa += y is not None
        if x is not None and y is not None:
            gb.append(x)
            ga.append(y)
        fmt = lambda g, r: f"{g:.3f}" if g is not None else "infeasible: " + r["error"][:60]
        print(f"| {n} | {a['n']} | {b['cost']} | {fmt(x, b)} | {a['cost']} | {fmt(y, a)} | "
              f"{anchors.get((family, n), '')} | {b['iterations']} / {a['iterations']} |")
    if names:
        print(f"\nfeasible before {fb}/{len(names)}, after {fa}/{len(names)}; mean gap over the {len(gb)} "
              f"feasible on both sides: before {statistics.mean(gb) if gb else float('nan'):.3f} %, after "
              f"{statistics.mean(ga) if ga else float('nan'):.3f} %")
        both = [n for n in names if (family, n) in anchors and gap(after[(family, n)]) is not None]
        if both:
            print(f"on PyVRP's instances ({', '.join(both)}): after "
                  f"{statistics.mean(gap(after[(family, n)]) for n in both):.3f} %, before "
                  f"{statistics.mean(gap(before[(family, n)]) for n in both if gap(before[(family, n)]) is not None):.3f} %, "
                  f"PyVRP {statistics.mean(anchors[(family, n)] for n in both):.3f} %")
    for label, side, other in (("after", after, before), ("before", before, after)):
        only = sorted(n for s, n in side if s == family and (s, n) not in other)
        if not only:
            continue
        ok = [g for g in (gap(side[(family, n)]) for n in only) if g is not None]
        print(f"\n{label} only ({len(only)}: {' '.join(only)}): feasible {len(ok)}/{len(only)}, "
              f"mean gap {statistics.mean(ok) if ok else float('nan'):.3f} %")
        if family == "PyVRP-VRPB" and ok:
            print(f"on PyVRP's three: {statistics.mean(ok):.3f} % against PyVRP "
                  f"{statistics.mean(anchors[(family, n)] for n in only):.3f} %")
