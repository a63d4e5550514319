#!/bin/bash
# usage: arm.sh BIN TAG [--param ...]
BIN=$1; TAG=$2; shift 2
cd /tmp/twlong_scr
$BIN bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name '(RC2_10_1|R2_10_1)' --time-limit 20 --cpu-time --seeds 1 --threads 1 --init savings "$@" --out ${TAG}_gh > ${TAG}_gh.log 2>&1
$BIN bench /work/shared/instances/manifest.csv --set 'ORTEC-VRPTW-ASYM' --name 'ORTEC-VRPTW-ASYM-(00c5356f|31c42adc)-.*' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "$@" --out ${TAG}_or > ${TAG}_or.log 2>&1
echo done > ${TAG}.done
