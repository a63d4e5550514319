import csv,sys,collections,statistics as st
def load(path):
    d={}
    for r in csv.DictReader(open(path)):
        d[(r['instance'],r['seed'])]=(float(r['cost']),float(r['best_known']) if r['best_known'] else None, r['iterations'])
    return d
a=load(sys.argv[1]); b=load(sys.argv[2])
ga=[100*(v[0]/v[1]-1) for v in a.values()]; gb=[100*(v[0]/v[1]-1) for k,v in b.items()]
w=sum(1 for k in a if b[k][0]<a[k][0]); l=sum(1 for k in a if b[k][0]>a[k][0])
print(f"A {st.mean(ga):.3f}%  B {st.mean(gb):.3f}%   B better {w}, worse {l}, n={len(a)}")
per=collections.defaultdict(lambda:[[],[]])
for k in a: per[k[0]][0].append(100*(a[k][0]/a[k][1]-1)); per[k[0]][1].append(100*(b[k][0]/b[k][1]-1))
for i,(x,y) in per.items(): print(f"  {i:16s} {st.mean(x):.3f} {st.mean(y):.3f}")
