#!/bin/bash
# usage: ident.sh BIN OUTDIR — fixed iterations, one thread, seed 1: md5 and cost of each printed solution.
BIN=$1; OUT=$2; mkdir -p $OUT
I=/work/shared/instances
P=$I/pyvrp
for f in $I/cvrp/X/X-n204-k19.vrp $I/cvrp/X/X-n303-k21.vrp $I/vrptw/solomon/R101.txt $I/vrptw/solomon/RC202.txt \
         $P/VRPB/X-n524-80-k132.vrp $P/VRPB/X-n524-50-k125.vrp $P/VRPB/X-n536-50-k49.vrp \
         $P/MTVRPTWR/C2_2_01R0.5.vrp $P/MTVRPTWR/C2_2_02R0.5.vrp $P/MTVRPTWR/C2_2_01R0.75.vrp \
         $P/MDVRPTW/PR12A.vrp $P/MDVRPTW/PR11A.vrp $P/MDVRPTW/PR12B.vrp; do
  b=$(basename $f)
  nice $BIN solve $f --iterations ${ITERATIONS:-200} --threads 1 --seed 1 --quiet > $OUT/$b.sol 2>/dev/null
  echo "$b $(md5sum < $OUT/$b.sol | cut -c1-12) $(grep Cost $OUT/$b.sol)"
done
