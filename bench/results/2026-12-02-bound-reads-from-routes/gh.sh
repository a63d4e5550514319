#!/bin/bash
# gh.sh BIN NAME CLASSES SEEDS [params...]: GH1000 instances (CLASSES)_10_1, e.g. 'C1|C2|R1|R2|RC1|RC2',
# seeds 1..SEEDS, 60 CPU s, 1 thread; writes /tmp/scr/gh_NAME (the folder /tmp/scr is made).
bin=$1; name=$2; classes=$3; seeds=$4; shift 4
args=(); for p in "$@"; do args+=(--param "$p"); done
mkdir -p /tmp/scr
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-VRPTW-GH1000' --name "($classes)_10_1" \
    --time-limit 60 --cpu-time --seeds "$seeds" --threads 1 --init savings "${args[@]}" \
    --out /tmp/scr/gh_$name > /tmp/scr/gh_$name.log 2>&1
