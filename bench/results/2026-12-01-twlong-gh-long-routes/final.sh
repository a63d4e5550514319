#!/bin/bash
# usage: final.sh BIN TAG [--param ...]
BIN=$1; TAG=$2; shift 2
cd /tmp/twlong_scr
$BIN bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name '(RC2_10_1|RC2_10_2|R2_10_1|R2_10_2)' --time-limit 30 --cpu-time --seeds 1 --threads 1 --init savings "$@" --out ${TAG}_gh4 > ${TAG}_gh4.log 2>&1
echo done > ${TAG}.done
