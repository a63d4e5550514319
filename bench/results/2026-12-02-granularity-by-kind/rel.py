import csv,sys,statistics as st
def load(p): return {(r['instance'],r['seed']):(float(r['cost']),r['feasible'],int(r['iterations'] or 0)) for r in csv.DictReader(open(p))}
a=load(sys.argv[1]); b=load(sys.argv[2])
ks=[k for k in a if k in b]
rel=[100*(b[k][0]/a[k][0]-1) for k in ks]
print(f"n={len(ks)} B vs A {st.mean(rel):+.3f}%  better {sum(r<0 for r in rel)} worse {sum(r>0 for r in rel)}  iters A {st.mean(a[k][2] for k in ks):.0f} B {st.mean(b[k][2] for k in ks):.0f}")
if len(sys.argv)>3:
  for k in ks: print(k, a[k][0], b[k][0], f"{100*(b[k][0]/a[k][0]-1):+.3f}", a[k][2], b[k][2])
