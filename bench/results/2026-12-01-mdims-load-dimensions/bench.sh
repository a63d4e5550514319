#!/bin/bash
# usage: mdims_bench.sh BIN OUT: each 2-D instance at 10 CPU s, one thread, seed 1
BIN=$1; OUT=$2; mkdir -p $OUT
for f in /work/wt/mdims/bench/results/2026-12-01-mdims-load-dimensions/instances/*.vrp; do
  b=$(basename $f .vrp)
  $BIN solve $f --time-limit 10 --cpu-time --threads 1 --seed 1 -o $OUT/$b.sol 2> $OUT/$b.log >/dev/null
  echo "$b $(grep Cost $OUT/$b.sol | cut -d' ' -f2) $(/tmp/routekit_mdims_after check $f $OUT/$b.sol >/dev/null 2>&1 && echo feasible || echo INFEASIBLE)"
done
