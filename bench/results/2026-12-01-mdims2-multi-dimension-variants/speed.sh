#!/bin/bash
# usage: speed.sh BIN OUTFILE — offspring in a CPU-time budget, one thread, seed 1 (the summary line).
BIN=$1; OUT=$2; : > $OUT
P=/work/shared/instances/pyvrp
for f in /work/shared/instances/cvrp/X/X-n303-k21.vrp $P/MTVRPTWR/C2_2_01R0.5.vrp; do
  summary=$(nice $BIN solve $f --time-limit ${SECONDS_PER_RUN:-20} --cpu-time --threads 1 --seed 1 2>&1 >/dev/null | tail -1)
  echo "$(basename $f) $summary" >> $OUT
done
