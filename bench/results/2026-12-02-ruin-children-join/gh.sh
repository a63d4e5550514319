#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name '(C1|C2|R1|R2|RC1|RC2)_10_1' --time-limit 60 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/gh_$name > /tmp/scr/gh_$name.log 2>&1
