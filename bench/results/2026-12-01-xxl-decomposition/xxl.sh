#!/bin/bash
# usage: xxl.sh BINARY OUTDIR BUDGET THREADS [extra args...]
bin=$1; out=$2; budget=$3; threads=$4; shift 4
mkdir -p $out
for name in Leuven1 Antwerp1 Ghent1 Brussels1 Flanders1; do
  f=/work/shared/instances/pyvrp/XXL/$name.vrp
  { echo "== $name $(date -u +%H:%M:%S) $(cat /proc/loadavg)"; } >> $out/log.txt
  /usr/bin/time -f "time: %U user %S sys %e wall %M maxrss_kb" $bin solve $f --time-limit $budget --cpu-time --threads $threads --seed 1 -o $out/$name.sol "$@" 2> $out/$name.err
  tail -1 $out/$name.err >> $out/log.txt
  cost=$(grep -i "^cost" $out/$name.sol | head -1)
  echo "$name $cost" >> $out/log.txt
done
echo finished >> $out/log.txt
