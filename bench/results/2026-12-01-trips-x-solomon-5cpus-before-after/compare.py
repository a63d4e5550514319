import csv, sys, statistics
def load(p): return {r['instance']: r for r in csv.DictReader(open(p))}
b, a = load(sys.argv[1]), load(sys.argv[2])
print('| instance | before cost | after cost | before gap % | after gap % | before iterations | after iterations |')
print('|---|---|---|---|---|---|---|')
for k in b:
    print(f"| {k} | {b[k]['cost']} | {a[k]['cost']} | {float(b[k]['gap_pct']):.3f} | {float(a[k]['gap_pct']):.3f} | {b[k]['iterations']} | {a[k]['iterations']} |")
gb = [float(b[k]['gap_pct']) for k in b]; ga = [float(a[k]['gap_pct']) for k in b]
print(f"\nmean gap: before {statistics.mean(gb):.3f} %, after {statistics.mean(ga):.3f} %; lower after on {sum(1 for x,y in zip(gb,ga) if y<x)}, equal on {sum(1 for x,y in zip(gb,ga) if y==x)}, higher on {sum(1 for x,y in zip(gb,ga) if y>x)}; iterations: before {sum(int(b[k]['iterations']) for k in b)}, after {sum(int(a[k]['iterations']) for k in b)}")
