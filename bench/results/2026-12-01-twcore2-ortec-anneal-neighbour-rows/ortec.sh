#!/bin/bash
# usage: ortec.sh BINARY TAG [params...]; four processes by name, outputs /tmp/twcore2/runs/TAG_k
bin=$1; tag=$2; shift 2
cd /tmp/twcore2/runs
k=0
for pat in '(0|1|3|4|5).*' '(6|7|8|9).*' '(a|b|c).*' '(d|e|f).*'; do
  k=$((k+1))
  $bin bench /work/shared/instances/manifest.csv --set 'ORTEC-VRPTW-ASYM' --name "ORTEC-VRPTW-ASYM-$pat" --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "$@" --out ${tag}_$k > ${tag}_$k.log 2>&1 &
done
wait
