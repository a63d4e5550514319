#!/usr/bin/env python3
# Mean gaps and paired win rates (ties half) of every arm in runs.csv against BASE (env, default rand-savings):
# X to the best known value, generated instances to the best cost any arm in the files found at that budget.
# Usage: [BASE=arm] python3 summarize.py runs.csv
import csv,sys,collections,os
BASE=os.environ.get('BASE','rand-savings')
# usage: cmp.py runs.csv... ; compares every arm at each budget against rand-savings; gap to best of all arms (generated) or best_known (X)
rows=[]
for f in sys.argv[1:]:
    rows+= [r for r in csv.DictReader(open(f)) if r['cost']]
cost={}
for r in rows: cost[(r['instance'],r['arm'],r['budget'])]=int(r['cost'])
setof={r['instance']:(r['set'],r['best_known']) for r in rows}
arms=sorted({r['arm'] for r in rows}); budgets=sorted({r['budget'] for r in rows},key=float)
for b in budgets:
  for st in ['generated-x','X']:
    insts=[i for i in setof if setof[i][0]==st]
    for a in arms:
      if a==BASE: continue
      common=[i for i in insts if (i,a,b) in cost and (i,BASE,b) in cost]
      if not common: continue
      def ref(i):
        if st=='X': return int(setof[i][1])
        return min(cost[k] for k in cost if k[0]==i and k[2]==b)
      g=lambda i,arm: 100*(cost[(i,arm,b)]-ref(i))/ref(i)
      w=sum(1 if cost[(i,a,b)]<cost[(i,BASE,b)] else 0.5 if cost[(i,a,b)]==cost[(i,BASE,b)] else 0 for i in common)
      print(f"{b:>4} {st:12} {a:22} n={len(common):2} base {sum(g(i,BASE) for i in common)/len(common):.3f}  arm {sum(g(i,a) for i in common)/len(common):.3f}  wins {w/len(common)*100:.0f}%")
