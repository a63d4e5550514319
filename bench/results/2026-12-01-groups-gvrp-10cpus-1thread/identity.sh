#!/bin/bash
# Runs main's and the branch's binaries on X every 5th and Solomon every 3rd with a fixed iteration count,
# seed 1, one thread, and compares the written solutions byte for byte.
BEFORE=/tmp/groups_scratch/routekit_main
AFTER=/tmp/groups_scratch/routekit_groups
I=/work/shared/instances
out=/tmp/groups_scratch/identity; mkdir -p $out
X="X-n106-k14 X-n134-k13 X-n167-k10 X-n200-k36 X-n228-k23 X-n261-k13 X-n294-k50 X-n322-k28 X-n367-k17 X-n429-k61 X-n491-k59 X-n573-k30 X-n670-k130 X-n766-k71 X-n895-k37"
S="C102 C106 C201 C205 R101 R105 R109 R201 R205 R209 RC102 RC106 RC202 RC206"
run() { # name path iterations
  for b in before after; do
    bin=$BEFORE; [ $b = after ] && bin=$AFTER
    $bin solve $2 --iterations $3 --threads 1 --seed 1 -q -o $out/$1.$b.sol > /dev/null 2>&1
  done
  if cmp -s $out/$1.before.sol $out/$1.after.sol; then echo "$1 identical $(grep -i cost $out/$1.after.sol)"; else echo "$1 DIFFERENT"; fi
}
for x in $X; do run $x $I/$(grep "^CVRPLIB-X,$x," $I/manifest.csv | cut -d, -f3) ${XIT:-100}; done
for s in $S; do run $s $I/$(grep "^Solomon,$s," $I/manifest.csv | cut -d, -f3) ${SIT:-200}; done
