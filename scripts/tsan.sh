#!/usr/bin/env bash
# ThreadSanitizer check (not in CI: a third build of the library, and minutes of instrumented solving): four
# threads solve different instances through the library at once and a fifth cancels one of them
# (tests/tsan/concurrent_solves.cpp). Exits non-zero on any race report or wrong outcome.
#
#   scripts/tsan.sh           environment: BUILD (default build-tsan), NICE (default 10), JOBS (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build-tsan}
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROUTEKIT_TSAN=ON \
        -DROUTEKIT_BUILD_TESTS=OFF -DROUTEKIT_BUILD_BENCH=OFF -DROUTEKIT_BUILD_PYTHON=OFF >/dev/null
fi
nice -n "${NICE:-10}" cmake --build "$build" -j "${JOBS:-2}" --target tsan_concurrent_solves
# No suppressions: each solve uses one search thread, because TBB's uninstrumented workers would be reported
# inside TBB (tests/tsan/concurrent_solves.cpp says why).
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}" \
    nice -n "${NICE:-10}" "$build/tests/tsan/tsan_concurrent_solves"
echo "tsan: no data race reported"
