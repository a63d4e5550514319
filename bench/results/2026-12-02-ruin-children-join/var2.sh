#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-SDVRPTW' --name '(PR01|PR05|PR09|PR12A|PR13B|PR15|PR16A|PR18|PR19B|PR21|PR22A|PR23B|PR24B)' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/sd_$name > /tmp/scr/sd_$name.log 2>&1
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-PCVRPTW' --name '(C2_10_5|R2_10_2|RC1_10_3|RC2_10_1|RC2_10_3|R2_10_4)' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/pc_$name > /tmp/scr/pc_$name.log 2>&1
