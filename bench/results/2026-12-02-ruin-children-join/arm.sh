#!/bin/bash
# arm.sh BIN NAME [params...]: ORTEC all 25, seeds 1-2, 10 CPU s, 1 thread
bin=$1; name=$2; shift 2
args=()
for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/manifest.csv --set 'ORTEC-VRPTW-ASYM' --time-limit 10 --cpu-time --seeds 2 --threads 1 --init savings "${args[@]}" --out /tmp/scr/$name > /tmp/scr/$name.log 2>&1
