#pragma once
#include "routekit/solver/solve.hpp"

namespace routekit {

/// solve() for single-vehicle instances (TSP, ATSP): the iterated local search of tsp_search.hpp with the
/// stopping rules, warm start, progress, trace and cancellation of SolverParams. `init` does not apply.
Result tour_solve(const Instance& instance, const SolverParams& params);

}  // namespace routekit
