#!/bin/bash
BIN=$1; TAG=$2; shift 2
cd /tmp/twlong_scr
$BIN bench /work/shared/instances/manifest.csv --set 'ORTEC-VRPTW-ASYM' --name 'ORTEC-VRPTW-ASYM-(00c5356f|31c42adc|875882fa|a82ecd5f|af03d3bd|be9d7acd|f80d8c50)-.*' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "$@" --out ${TAG}_or7 > ${TAG}_or7.log 2>&1
echo done > ${TAG}_or7.done
