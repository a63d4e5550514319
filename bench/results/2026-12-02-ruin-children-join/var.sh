#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-MDVRPTW' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/md_$name > /tmp/scr/md_$name.log 2>&1
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-MTVRPTWR' --name "($(cat /tmp/scr/mt_names.txt))" --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/mt_$name > /tmp/scr/mt_$name.log 2>&1
