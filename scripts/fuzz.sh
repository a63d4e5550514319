#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz (one per reader) for a share of a total budget, then prints one
# line per target (runs, new inputs, findings) and exits non-zero when any target found something.
#
#   scripts/fuzz.sh [TOTAL_SECONDS]        default 3600 (one hour, split evenly between the targets)
#
# Environment: BUILD (default build-fuzz), WORK (default /tmp/routekit-fuzz: the inputs each run adds, kept
# between runs so a second run starts where the first stopped), NICE (default 10), JOBS (build jobs, default
# 2), MAX_LEN (default 16384 bytes), TARGETS (default: all). The seeds are tests/fuzz/corpus/<target> and are
# never written to; a finding is left in $WORK/findings/<target>/ (crash-*, leak-*, timeout-*, oom-*) with the
# fuzzer's log beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

total=${1:-3600}
build=${BUILD:-build-fuzz}
work=${WORK:-/tmp/routekit-fuzz}
nice_level=${NICE:-10}
max_len=${MAX_LEN:-16384}
targets=${TARGETS:-"tsplib pyvrp lkh3 solomon json_instance solution points"}

if [[ ! "$total" =~ ^[0-9]+$ ]] || ((total < 1)); then
    echo "fuzz.sh: error: expected a whole number of seconds, found '$total'" >&2
    exit 2
fi
read -r -a target_list <<<"$targets"
per_target=$((total / ${#target_list[@]}))
((per_target >= 1)) || per_target=1

if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROUTEKIT_FUZZ=ON \
        -DROUTEKIT_BUILD_BENCH=OFF -DROUTEKIT_BUILD_PYTHON=OFF >/dev/null
fi
nice -n "$nice_level" cmake --build "$build" -j "${JOBS:-2}" --target "${target_list[@]/#/fuzz_}"

failed=0
printf '%-14s %8s %12s %10s %8s %s\n' target seconds runs exec/s corpus findings
for target in "${target_list[@]}"; do
    seeds=tests/fuzz/corpus/$target
    corpus=$work/corpus/$target
    findings=$work/findings/$target
    log=$work/logs/$target.log
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    [[ -d "$seeds" ]] || { echo "fuzz.sh: error: no seeds in $seeds" >&2; exit 2; }
    start=$(date +%s)
    set +e
    # -timeout: a reader taking a second on a 16 kB input is a finding (quadratic or worse behaviour).
    nice -n "$nice_level" "$build/tests/fuzz/fuzz_$target" "$corpus" "$seeds" -max_total_time="$per_target" \
        -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    found=$(find "$findings" -type f | wc -l)
    if ((status != 0)) || ((found > 0)); then failed=1; fi
    printf '%-14s %8d %12s %10s %8d %d%s\n' "$target" $(($(date +%s) - start)) "${runs:-?}" "${rate:-?}" \
        "$(find "$corpus" -type f | wc -l)" "$found" "$( ((status != 0)) && echo " (exit $status, see $log)")"
done
exit $failed
