#!/bin/sh
# Instructions executed (callgrind's Ir) by `routekit solve` at a fixed iteration count, seed and one thread,
# for two builds, and whether their solutions are byte-identical. Usage:
#   bench/results/2026-12-01-scale/instruction_counts.sh BEFORE_BINARY AFTER_BINARY ITERATIONS INSTANCE...
set -eu
before=$1 after=$2 iterations=$3
shift 3
out=$(mktemp -d)
printf '| instance | iterations | Ir before | Ir after | change | solutions |\n|---|---:|---:|---:|---:|---|\n'
for instance in "$@"; do
    name=$(basename "$instance")
    for side in before after; do
        binary=$before
        [ "$side" = after ] && binary=$after
        valgrind --tool=callgrind --callgrind-out-file="$out/$name.$side.cg" "$binary" solve "$instance" \
            --iterations "$iterations" --seed 1 --threads 1 --quiet -o "$out/$name.$side.sol" 2>"$out/$name.$side.log"
        grep -o 'Collected : [0-9]*' "$out/$name.$side.log" | grep -o '[0-9]*' >"$out/$name.$side.ir"
    done
    ir_before=$(cat "$out/$name.before.ir") ir_after=$(cat "$out/$name.after.ir")
    same=identical
    cmp -s "$out/$name.before.sol" "$out/$name.after.sol" || same=DIFFERENT
    printf '| %s | %s | %s | %s | %+.2f %% | %s |\n' "$name" "$iterations" "$ir_before" "$ir_after" \
        "$(echo "100 * ($ir_after - $ir_before) / $ir_before" | bc -l)" "$same"
done
rm -rf "$out"
