#pragma once
// Solver parameters for the tests that run a fixed number of offspring: one thread and a seed, so that a
// run depends on its inputs only.
#include <cstdint>

#include "routekit/solver/solve.hpp"

namespace routekit::testing {

inline SolverParams quick(int iterations, std::uint64_t seed = 1) {
    SolverParams params;
    params.iterations = iterations;
    params.seed = seed;
    params.threads = 1;
    return params;
}

}  // namespace routekit::testing
