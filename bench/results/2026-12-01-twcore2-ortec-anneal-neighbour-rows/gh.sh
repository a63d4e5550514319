#!/bin/bash
# usage: gh.sh BINARY TAG BUDGET [params...]; three processes by class, outputs /tmp/twcore2/runs/TAG_k
bin=$1; tag=$2; budget=$3; shift 3
cd /tmp/twcore2/runs
k=0
for pat in '(C1|C2)_10_1' '(R1|R2)_10_1' '(RC1|RC2)_10_1'; do
  k=$((k+1))
  $bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name "$pat" --time-limit $budget --cpu-time --seeds 1 --threads 1 --init savings "$@" --out ${tag}_$k > ${tag}_$k.log 2>&1 &
done
wait
