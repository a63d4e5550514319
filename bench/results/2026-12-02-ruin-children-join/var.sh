#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-MDVRPTW' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/md_$name > /tmp/scr/md_$name.log 2>&1
$bin bench /work/shared/instances/pyvrp/manifest.csv --set 'PyVRP-MTVRPTWR' --name '(C2_2_01R0.5|C2_2_04R0.75|C2_2_08R0.25|C201R0.75|C205R0.25|R2_2_01R0.5|R2_2_04R0.25|R2_2_08R0.5|R201R0.75|R205R0.5|R208R0.75|RC2_2_01R0.25|RC2_2_04R0.75|RC2_2_08R0.25|RC202R0.5|RC205R0.25)' --time-limit 10 --cpu-time --seeds 1 --threads 1 --init savings "${args[@]}" --out /tmp/scr/mt_$name > /tmp/scr/mt_$name.log 2>&1
