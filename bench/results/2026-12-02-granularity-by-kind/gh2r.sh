#!/bin/bash
# gh2r.sh BIN NAME [params]: GH1000 R2/RC2 _10_1, seeds 1-4, 60 CPU s, 1 thread
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name '(R2|RC2)_10_1' --time-limit 60 --cpu-time --seeds 4 --threads 1 --init savings "${args[@]}" --out /tmp/scr/gh2r_$name > /tmp/scr/gh2r_$name.log 2>&1
