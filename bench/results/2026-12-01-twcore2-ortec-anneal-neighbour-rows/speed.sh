#!/bin/bash
# usage: speed.sh OUTFILE; fixed iterations, base and new interleaved, CPU seconds from /usr/bin/time
out=$1
G=/work/shared/instances/pyvrp/VRPTW
O=/work/shared/instances/realworld/ortec
for rep in 1 2; do
 for inst in "$G/RC2_10_1.vrp 200 4" "$O/ORTEC-VRPTW-ASYM-00c5356f-d1-n258-k12.txt 600 100"; do
  set -- $inst
  for b in base speed; do
   /usr/bin/time -f "%U %S" -o /tmp/twcore2/t_$b.txt /tmp/twcore2/routekit_$b solve $1 --iterations $2 --param initial_size=$3 --threads 1 --seed 1 -o /tmp/twcore2/sol_$b.txt > /tmp/twcore2/log_$b.txt 2>&1
   echo "$rep $(basename $1) $b $(cat /tmp/twcore2/t_$b.txt) $(md5sum < /tmp/twcore2/sol_$b.txt | cut -c1-8)" >> $out
  done
 done
done
