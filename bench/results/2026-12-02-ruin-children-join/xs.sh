#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/manifest.csv --set 'CVRPLIB-X' --name '(X-n106-k14|X-n134-k13|X-n167-k10|X-n200-k36|X-n228-k23|X-n261-k13|X-n294-k50|X-n322-k28|X-n367-k17|X-n429-k61|X-n491-k59|X-n573-k30|X-n670-k130|X-n766-k71|X-n895-k37)' --time-limit 10 --cpu-time --seeds 2 --threads 1 --init savings "${args[@]}" --out /tmp/scr/x_$name > /tmp/scr/x_$name.log 2>&1
$bin bench /work/shared/instances/manifest.csv --set 'Solomon' --name '(C102|C106|C201|C205|R101|R105|R109|R201|R205|R209|RC102|RC106|RC202|RC206)' --time-limit 5 --cpu-time --seeds 2 --threads 1 --init savings "${args[@]}" --out /tmp/scr/s_$name > /tmp/scr/s_$name.log 2>&1
