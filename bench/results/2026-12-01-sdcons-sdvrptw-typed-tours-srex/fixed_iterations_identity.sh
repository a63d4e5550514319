#!/bin/bash
# Fixed-iteration solutions of main (59331c8, /tmp/sdcons/routekit_before) and this branch with its defaults
# (typed_tours=0, srex_tour_order=0: /tmp/sdcons/routekit_s2): the new settings are off, so every family gives
# the same solution.
out=/tmp/sdcons/ident; mkdir -p $out
P=/work/shared/instances/pyvrp; X=/work/shared/instances
while read f iters; do
  b=$(basename $f)
  for side in before s2; do
    /tmp/sdcons/routekit_$side solve $f --iterations $iters --seed 1 --threads 1 --quiet > $out/$b.$side.sol 2>/dev/null
  done
  if cmp -s $out/$b.before.sol $out/$b.s2.sol; then echo "$b $iters identical $(tail -1 $out/$b.s2.sol)"; else echo "$b $iters DIFFERENT"; fi
done <<LIST
$P/HFVRP/X101-FSMFD.vrp 100
$P/MDVRPTW/PR11A.vrp 20
$P/MTVRPTWR/C2_2_01R0.5.vrp 100
$X/cvrp/X/X-n204-k19.vrp 100
$P/SDVRPTW/PR01.vrp 100
$P/SDVRPTW/PR04.vrp 100
$P/SDVRPTW/PR15.vrp 100
LIST
