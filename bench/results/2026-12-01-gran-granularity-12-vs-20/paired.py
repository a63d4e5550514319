#!/usr/bin/env python3
"""paired.py A/runs.csv B/runs.csv [labelA labelB]: mean gap (or mean cost) of each, wins/ties/losses of B against A."""
import csv, sys
def load(p):
    return {r["instance"]: r for r in csv.DictReader(open(p)) if r["feasible"] == "yes"}
a, b = load(sys.argv[1]), load(sys.argv[2])
la, lb = (sys.argv[3:5] + ["A", "B"])[:2] if len(sys.argv) > 3 else ("A", "B")
common = sorted(set(a) & set(b))
gap = all(a[i]["gap_pct"] != "" for i in common)
key = "gap_pct" if gap else "cost"
w = t = l = 0
rel = []
for i in common:
    ca, cb = float(a[i]["cost"]), float(b[i]["cost"])
    rel.append(100 * (cb - ca) / ca)
    if cb < ca: w += 1
    elif cb == ca: t += 1
    else: l += 1
ma = sum(float(a[i][key]) for i in common) / len(common)
mb = sum(float(b[i][key]) for i in common) / len(common)
print(f"{len(common)} instances (A {len(a)}, B {len(b)}); mean {key}: {la} {ma:.3f}, {lb} {mb:.3f}; "
      f"{lb} vs {la}: {w} wins / {t} ties / {l} losses; mean cost change {sum(rel)/len(rel):+.3f} %")
if "-v" in sys.argv:
    for i, r in zip(common, rel): print(f"  {i} {a[i]['cost']} {b[i]['cost']} {r:+.3f}")
