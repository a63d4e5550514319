#!/bin/bash
# usage: mdims_ident.sh BIN OUTDIR
BIN=$1; OUT=$2; mkdir -p $OUT
I=/work/shared/instances
for f in $I/cvrp/X/X-n106-k14.vrp $I/cvrp/X/X-n110-k13.vrp $I/cvrp/X/X-n115-k10.vrp $I/vrptw/solomon/R101.txt $I/vrptw/solomon/R201.txt $I/vrptw/solomon/C102.txt $I/pyvrp/HFVRP/X110-HD.vrp $I/pyvrp/VRPB/X-n524-50-k125.vrp $I/pyvrp/MTVRPTWR/R204R0.25.vrp $I/pyvrp/MDVRPTW/PR11A.vrp $I/pyvrp/SDVRPTW/PR01.vrp; do
  b=$(basename $f)
  nice $BIN solve $f --iterations 200 --threads 1 --seed 1 --quiet > $OUT/$b.sol 2>/dev/null
  echo "$b $(md5sum < $OUT/$b.sol | cut -c1-12) $(grep Cost $OUT/$b.sol)"
done
