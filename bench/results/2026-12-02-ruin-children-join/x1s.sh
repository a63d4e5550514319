#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
$bin bench /work/shared/instances/manifest.csv --set 'CVRPLIB-X' --name '(X-n401-k29|X-n429-k61|X-n449-k29|X-n480-k70|X-n513-k21|X-n536-k96|X-n573-k30|X-n613-k62|X-n641-k35|X-n685-k75|X-n733-k159|X-n766-k71|X-n819-k171|X-n876-k59|X-n916-k207)' --time-limit 1 --time-limit 5 --cpu-time --seeds 2 --threads 1 --init savings "${args[@]}" --out /tmp/scr/x1_$name > /tmp/scr/x1_$name.log 2>&1
