#!/bin/bash
# gh4.sh BIN NAME [params]: GH1000 R1/R2/RC1/RC2 _10_1, seeds 1-2, 60 CPU s, 1 thread
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name '(R1|R2|RC1|RC2)_10_1' --time-limit 60 --cpu-time --seeds 2 --threads 1 --init savings "${args[@]}" --out /tmp/scr/gh4_$name > /tmp/scr/gh4_$name.log 2>&1
