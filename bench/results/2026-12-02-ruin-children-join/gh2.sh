#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
for i in R1 R2 RC1 RC2; do
  c=$($bin solve /work/shared/instances/pyvrp/VRPTW/${i}_10_1.vrp --time-limit 60 --cpu-time --threads 1 --seed 2 -q "${args[@]}" 2>/dev/null | grep -i "^cost" | awk '{print $2}')
  echo "$i $c"
done > /tmp/scr/gh2_$name.txt
