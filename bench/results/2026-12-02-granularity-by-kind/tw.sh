#!/bin/bash
# tw.sh BIN NAME [params]: Solomon every 3rd (seeds 1-2, 5 CPU s), then MDVRPTW 21 and MTVRPTWR every 8th (seed 1, 10 CPU s)
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/manifest.csv --set 'Solomon' --name '(C102|C106|C201|C205|R101|R105|R109|R201|R205|R209|RC102|RC106|RC202|RC206)' --time-limit 5 --cpu-time --seeds 2 --threads 1 --init savings "${args[@]}" --out /tmp/scr/s_$name > /tmp/scr/s_$name.log 2>&1
bash "$(dirname "$0")/../2026-12-02-ruin-children-join/var.sh" $bin $name "$@"
