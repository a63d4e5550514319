import csv,sys,statistics
path, scale = sys.argv[1], float(sys.argv[2])
rows=list(csv.DictReader(open(path)))
gaps=[];feas=0;lines=[]
for r in rows:
    if r['feasible']!='yes' or not r['cost']:
        lines.append(f"| {r['instance']} | - | {r['best_known']} | infeasible/failed |"); continue
    feas+=1
    bk=float(r['best_known'])/scale; c=float(r['cost'])
    g=100*(c-bk)/bk; gaps.append(g)
    lines.append(f"| {r['instance']} | {r['cost']} | {bk:g} | {g:.3f} | {r['iterations']} | {r['cpu_s']} |")
print(f"instances {len(rows)}, feasible {feas}, mean gap {statistics.mean(gaps):.3f} %, median {statistics.median(gaps):.3f} %")
print("| instance | cost | best known (solution units) | gap % | iterations | CPU s |\n|---|---|---|---|---|---|")
print("\n".join(lines))
