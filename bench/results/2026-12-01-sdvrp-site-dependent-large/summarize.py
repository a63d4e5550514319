#!/usr/bin/env python3
# Paired table of the before and after runs (same instances, same budget), gaps from cost and best_known.
import csv, sys
def rows(path):
    return {r['instance']: r for r in csv.DictReader(open(path))}
before, after = rows('before/runs.csv'), rows('after/runs.csv')
n_clients = {r['name']: int(r['n_nodes']) - 1 for r in csv.DictReader(open('sdvrptw_manifest.csv'))}
paired = [k for k in before if k in after and float(before[k]['cpu_s']) >= 9.9 and float(after[k]['cpu_s']) >= 9.9]
def gap(r):
    return 100 * (float(r['cost']) / float(r['best_known']) - 1) if r['feasible'] == 'yes' else None
print('| instance | clients | before gap % | after gap % | iterations before / after |')
print('|---|---:|---:|---:|---|')
for k in paired:
    print(f"| {k} | {n_clients[k]} | {gap(before[k]):.3f} | {gap(after[k]):.3f} | {before[k]['iterations']} / {after[k]['iterations']} |")
def summary(keys, label):
    if not keys: return
    b = [gap(before[k]) for k in keys]; a = [gap(after[k]) for k in keys]
    wins = sum(1 for x, y in zip(b, a) if y < x)
    print(f"\n{label}: {len(keys)} instances, mean gap before {sum(b)/len(b):.3f} %, after {sum(a)/len(a):.3f} %, "
          f"after lower on {wins}; feasible before {sum(before[k]['feasible']=='yes' for k in keys)}, after {sum(after[k]['feasible']=='yes' for k in keys)}")
summary(paired, 'all paired')
for lo, hi in [(300, 499), (500, 10000)]:
    summary([k for k in paired if lo <= n_clients[k] <= hi], f'{lo}-{hi} clients')
