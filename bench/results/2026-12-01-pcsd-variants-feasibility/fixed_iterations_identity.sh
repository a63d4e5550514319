#!/bin/bash
# Fixed-iteration solutions of the before and after binaries on Solomon every 3rd and X every 5th (n <= 400).
out=/tmp/pcsd/ident; mkdir -p $out
while read f; do
  b=$(basename $f)
  for side in before after; do
    /tmp/pcsd/routekit_$side solve $f --iterations 150 --seed 1 --threads 1 --quiet > $out/$b.$side.sol 2>/dev/null
  done
  if cmp -s $out/$b.before.sol $out/$b.after.sol; then echo "$b identical $(tail -1 $out/$b.after.sol)"; else echo "$b DIFFERENT"; fi
done < /tmp/pcsd/ident.txt
