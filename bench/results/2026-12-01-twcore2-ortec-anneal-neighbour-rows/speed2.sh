#!/bin/bash
out=$1
G=/work/shared/instances/pyvrp/VRPTW
while pgrep -f "^/bin/bash /tmp/twcore2/speed.sh" > /dev/null; do sleep 5; done
for rep in 1 2 3; do
 for inst in RC2_10_1 R2_10_1; do
  for b in base speed; do
   /usr/bin/time -f "%U %S" -o /tmp/twcore2/t2_$b.txt /tmp/twcore2/routekit_$b solve $G/$inst.vrp --iterations 1000 --param initial_size=4 --threads 1 --seed 1 -o /tmp/twcore2/sol2_$b.txt > /dev/null 2>&1
   echo "$rep $inst $b $(cat /tmp/twcore2/t2_$b.txt) $(md5sum < /tmp/twcore2/sol2_$b.txt | cut -c1-8)" >> $out
  done
 done
done
