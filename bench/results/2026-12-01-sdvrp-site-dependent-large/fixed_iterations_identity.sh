#!/bin/bash
# Fixed-iteration solutions of the before (main a998470) and after (sdvrp bbfed16) binaries where the
# change cannot apply: no site dependence (HFVRP, MDVRPTW, MTVRPTWR: PyVRP's three each; X-n204, X-n303)
# or site dependence below 300 clients (SDVRPTW with at most 240 clients).
out=/tmp/sdvrp/ident; mkdir -p $out
P=/work/shared/instances/pyvrp; X=/work/shared/instances
while read f iters; do
  b=$(basename $f)
  for side in before after; do
    /tmp/sdvrp/routekit_$side solve $f --iterations $iters --seed 1 --threads 1 --quiet > $out/$b.$side.sol 2>/dev/null
  done
  if cmp -s $out/$b.before.sol $out/$b.after.sol; then echo "$b $iters identical $(tail -1 $out/$b.after.sol)"; else echo "$b $iters DIFFERENT"; fi
done <<LIST
$P/HFVRP/X101-FSMFD.vrp 100
$P/HFVRP/X110-HD.vrp 100
$P/HFVRP/X115-HVRP.vrp 100
$P/MDVRPTW/PR11A.vrp 20
$P/MDVRPTW/PR12A.vrp 20
$P/MDVRPTW/PR12B.vrp 20
$P/MTVRPTWR/C2_2_01R0.5.vrp 100
$P/MTVRPTWR/C2_2_01R0.75.vrp 100
$P/MTVRPTWR/C2_2_02R0.5.vrp 100
$X/cvrp/X/X-n204-k19.vrp 100
$X/cvrp/X/X-n303-k21.vrp 100
$P/SDVRPTW/PR01.vrp 100
$P/SDVRPTW/PR04.vrp 100
$P/SDVRPTW/PR08.vrp 100
$P/SDVRPTW/PR15.vrp 100
$P/SDVRPTW/PR19.vrp 100
LIST
