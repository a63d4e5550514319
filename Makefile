# Routekit: `make run` builds the command line alone and solves the shipped default instance; `make test`
# builds everything (tests, micro-benchmarks, tools) and runs the test suite. Both install what is missing
# (apt-get) first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
RUN_ARGS ?= solve instances/X-n106-k14.vrp --time-limit 10

.PHONY: all setup build cli run test test-sanitize bench clean
all: build

setup:
	@scripts/setup.sh

$(BUILD)/build.ninja:
	@scripts/setup.sh
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# Only the routekit executable and the libraries it links: not the tests, benchmarks or tools.
cli: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS) --target routekit_cli

run: cli
	./$(BUILD)/routekit $(RUN_ARGS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The test suite again under AddressSanitizer and UndefinedBehaviorSanitizer (CI runs it after `make test`).
# The Python module is left out there: an ASan-instrumented extension cannot load into an uninstrumented
# python3; `make test` builds and tests it. -O1 -g1 (line tables, enough for the sanitizers' file:line
# reports) instead of RelWithDebInfo's -O2 -g halves the instrumented build's compile time, the larger part
# of CI.
test-sanitize: setup
	cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROUTEKIT_SANITIZE=ON \
	      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DROUTEKIT_BUILD_BENCH=OFF -DROUTEKIT_BUILD_PYTHON=OFF
	cmake --build build-sanitize -j $(JOBS)
	ROUTEKIT_SANITIZED=1 ctest --test-dir build-sanitize --output-on-failure -j $(JOBS)

# Google Benchmark micro-benchmarks of the hot kernels.
bench: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS) --target routekit_bench
	./$(BUILD)/bench/routekit_bench

clean:
	rm -rf $(BUILD) build-sanitize
