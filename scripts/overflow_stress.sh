#!/usr/bin/env bash
# The overflow regression at full size (issue 12's target): 100,000 offspring of an instance with an
# unreachable time window and travel times of ~10^15, under AddressSanitizer and UndefinedBehaviorSanitizer
# (the `make test-sanitize` build, which aborts on any signed overflow). CI runs the same test with a few
# hundred offspring (tests/unit/solver_overflow_test.cpp). OFFSPRING=N changes the count.
set -euo pipefail
cd "$(dirname "$0")/.."
offspring=${OFFSPRING:-100000}
build=${BUILD:-build-sanitize}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROUTEKIT_SANITIZE=ON \
          -DROUTEKIT_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target routekit_tests >/dev/null
start=$(date +%s)
ROUTEKIT_OVERFLOW_OFFSPRING=$offspring "$build/tests/routekit_tests" --gtest_filter='Overflow.*'
echo "overflow stress: $offspring offspring under ASan+UBSan, no undefined behaviour," \
     "$(($(date +%s) - start)) s"
