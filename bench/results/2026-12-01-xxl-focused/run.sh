#!/bin/bash
# usage: run.sh BINARY OUTDIR BUDGET INSTANCE... [-- extra solve args...]
# One 1-thread CPU-time-budgeted solve per instance of PyVRP-XXL, all started at once (each run's budget is
# its own CPU seconds, so running side by side changes its wall clock, not its budget).
bin=$1; out=$2; budget=$3; shift 3
names=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do names+=("$1"); shift; done; [ "$1" = "--" ] && shift
mkdir -p $out
for name in "${names[@]}"; do
  f=/work/shared/instances/pyvrp/XXL/$name.vrp
  /usr/bin/time -f "time: %U user %S sys %e wall %M maxrss_kb" $bin solve $f --time-limit $budget --cpu-time \
    --threads 1 --seed 1 -o $out/$name.sol "$@" 2> $out/$name.err &
done
wait
for name in "${names[@]}"; do echo "$name $(grep -i '^cost' $out/$name.sol) $(tail -1 $out/$name.err)"; done > $out/summary.txt
