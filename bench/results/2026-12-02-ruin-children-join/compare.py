import csv,sys,collections,statistics as st
py={r['instance']:float(r['cost']) for r in csv.DictReader(open('/work/shared/anchors/pyvrp_ortec_10s.csv'))}
def load(name):
    d={}; it={}
    for r in csv.DictReader(open(f'runs_{name}.csv')):
        if r['feasible']=='yes': d[(r['instance'],r['seed'])]=float(r['cost'])
        it[(r['instance'],r['seed'])]=float(r.get('iterations') or 0)
    return d,it
arms=sys.argv[1:]
base,bit=load(arms[0])
for a in arms:
    d,it=load(a)
    keys=[k for k in d if k in base]
    rel=[100*(d[k]/py[k[0]]-1) for k in d]
    for s in sorted({k[1] for k in d}):
        rs=[100*(d[k]/py[k[0]]-1) for k in d if k[1]==s]
        low=sum(1 for k in d if k[1]==s and d[k]<py[k[0]])
        print(f"  {a} seed {s}: {st.mean(rs):+.3f}% vs PyVRP, lower on {low}/{len(rs)}")
    # per-instance mean over seeds
    inst=collections.defaultdict(list)
    for k in d: inst[k[0]].append(d[k])
    low=sum(1 for i,v in inst.items() if st.mean(v)<py[i])
    pair=[100*(d[k]/base[k]-1) for k in keys]
    wins=sum(1 for k in keys if d[k]<base[k]); losses=sum(1 for k in keys if d[k]>base[k])
    print(f"{a}: n={len(d)} mean {st.mean(rel):+.3f}% vs PyVRP; seed-mean lower on {low}/{len(inst)}; vs {arms[0]} {st.mean(pair):+.3f}% ({wins}W/{losses}L); iters {sum(it.values())/max(len(it),1):.0f}")
