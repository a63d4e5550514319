#!/bin/sh
# Peak memory (/usr/bin/time) and time to the first feasible solution (the first row of --trace) of
# `routekit solve` on each instance given. Usage:
#   bench/results/2026-12-01-scale/first_feasible.sh ROUTEKIT SECONDS INSTANCE...
set -eu
routekit=$1 seconds=$2
shift 2
out=$(mktemp -d)
printf '| instance | nodes | peak memory | first feasible | its cost | cost at %s s | wall |\n|---|---:|---:|---:|---:|---:|---:|\n' "$seconds"
for instance in "$@"; do
    name=$(basename "$instance" .vrp)
    /usr/bin/time -f '%M %e' -o "$out/time" "$routekit" solve "$instance" --time-limit "$seconds" --threads 2 \
        --seed 1 --quiet --trace "$out/trace.csv" -o "$out/solution.sol" 2>"$out/log" || true
    nodes=$(grep -m1 DIMENSION "$instance" | grep -o '[0-9]*')
    first=$(sed -n 2p "$out/trace.csv")
    final=$(tail -1 "$out/trace.csv" | cut -d, -f2)
    printf '| %s | %s | %s MB | %.2f s | %s | %s | %s s |\n' "$name" "$nodes" "$(($(cut -d' ' -f1 "$out/time") / 1024))" \
        "${first%%,*}" "${first##*,}" "$final" "$(cut -d' ' -f2 "$out/time")"
done
rm -rf "$out"
