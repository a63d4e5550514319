#!/usr/bin/env bash
# Long run: one solve of a 1,000-client instance (X-n1001-k43 by default) for SECONDS (default 3600), its
# resident memory (VmRSS) sampled every INTERVAL seconds (default 60). Prints the samples as CSV (also kept in
# $OUT, default /tmp/routekit-long-run.csv) and a verdict: memory is stable when the last sample is within
# 10 % of the first sample taken after a tenth of the run (the population and the caches are built by then).
#
#   scripts/long_run.sh [SECONDS] [INSTANCE]
#
# Environment: BUILD (default build, made with `make cli` when missing), THREADS (default 1), INTERVAL,
# NICE (default 10), OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-3600}
instance=${2:-../shared/instances/cvrp/X/X-n1001-k43.vrp}
build=${BUILD:-build}
interval=${INTERVAL:-60}
out=${OUT:-/tmp/routekit-long-run.csv}
if [[ ! "$seconds" =~ ^[0-9]+$ ]] || [[ ! "$interval" =~ ^[0-9]+$ ]] || ((interval < 1)); then
    echo "long_run.sh: error: expected whole seconds, found '$seconds' and interval '$interval'" >&2
    exit 2
fi
[[ -x "$build/routekit" ]] || make cli BUILD="$build" >/dev/null

log=${out%.csv}.log
# The solution goes to its own file, so that the log holds the progress and the summary alone.
nice -n "${NICE:-10}" "$build/routekit" solve "$instance" --time-limit "$seconds" --threads "${THREADS:-1}" \
    --seed 1 -o "${out%.csv}.sol" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' INT TERM

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true; }
echo "seconds,rss_kib" | tee "$out"
start=$(date +%s)
next=0
while kill -0 "$pid" 2>/dev/null; do
    now=$(($(date +%s) - start))
    if ((now >= next)); then
        rss=$(rss_kib)
        [[ -n "$rss" ]] && echo "$now,$rss" | tee -a "$out"
        next=$((next + interval))
    fi
    sleep 1
done
wait "$pid" || { echo "long_run.sh: the solve failed, see $log" >&2; exit 1; }
grep 'stopped by' "$log" | tail -1 || true

# The verdict, from the samples after the first tenth of the run.
awk -F, -v settle=$((seconds / 10)) 'NR > 1 && $1 >= settle {
        if (!base) base = $2
        last = $2; if ($2 > peak) peak = $2
    }
    END {
        if (!base) { print "long_run.sh: too few samples for a verdict"; exit 1 }
        growth = 100 * (last - base) / base
        printf "RSS after settling %d KiB, last %d KiB (%+.1f %%), peak %d KiB: %s\n", base, last, growth, peak,
               (growth <= 10 ? "stable" : "GROWING")
        exit growth <= 10 ? 0 : 1
    }' "$out"
