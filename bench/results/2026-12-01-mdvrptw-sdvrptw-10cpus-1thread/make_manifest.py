#!/usr/bin/env python3
"""The MDVRPTW and SDVRPTW rows of ../shared/instances/pyvrp/manifest.csv, restated for `routekit bench`.

Their best_known is PyVRP's "exact" objective: the sum over edges of round(1000 x Euclidean distance), an
x1000 fixed point (each row's objective_note). Routekit reads these files in the same convention by default
(Rounding::milli, printed with three decimals), so the rows are given rounding `milli` and best_known / 1000:
the gap then compares the same integers. Paths become absolute. Usage: make_manifest.py SHARED_DIR OUT.csv
"""
import csv
import os
import sys

shared, out = sys.argv[1], sys.argv[2]
source = os.path.join(shared, "instances", "pyvrp", "manifest.csv")
with open(source, newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["set"] in ("PyVRP-MDVRPTW", "PyVRP-SDVRPTW")]
for r in rows:
    assert r["rounding"] == "exact" and "x1000" in r["objective_note"], r["name"]
    r["best_known"] = "%d.%03d" % divmod(int(r["best_known"]), 1000)
    r["rounding"] = "milli"
    r["path"] = os.path.abspath(os.path.join(shared, "instances", "pyvrp", r["path"]))
with open(out, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
