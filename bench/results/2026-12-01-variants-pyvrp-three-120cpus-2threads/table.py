import csv, sys
anchor = {(r['set'], r['instance']): r for r in csv.DictReader(open('../../../../shared/anchors/pyvrp_variants_10s.csv'))}
runs = []
for f in sys.argv[1:]:
    runs += list(csv.DictReader(open(f)))
fams = {}
for r in runs:
    a = anchor[(r['set'], r['instance'])]
    fams.setdefault(r['set'], []).append((r['instance'], r['feasible'], float(r['gap_pct']) if r['gap_pct'] else None, float(a['gap_pct']), r['cost']))
print('| family | instance | Routekit cost | gap % | feasible | PyVRP 10 s gap % |')
print('|---|---|---:|---:|---|---:|')
for fam in sorted(fams):
    for inst, feas, gap, pg, cost in fams[fam]:
        print(f'| {fam} | {inst} | {cost} | {gap:.3f} | {feas} | {pg:.3f} |')
print()
print('| family | Routekit mean gap % | feasible | PyVRP 10 s mean gap % (same three) |')
print('|---|---:|---|---:|')
for fam in sorted(fams):
    v = fams[fam]
    print(f'| {fam} | {sum(x[2] for x in v)/len(v):.3f} | {sum(x[1] in ("1","true","yes") for x in v)}/{len(v)} | {sum(x[3] for x in v)/len(v):.3f} |')
