#pragma once
// The hybrid genetic search loop (Vidal et al. 2012, HGS-CVRP 2022), bred in parallel batches that are
// merged in a fixed order so that a seed and an iteration budget give the same result on any thread count.
#include "routekit/model/instance.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit {

/// Runs the search under `params` (validated by the caller). Always returns a complete solution.
Result genetic_search(const Instance& instance, const SolverParams& params);

/// Throws ParameterError naming the first invalid parameter.
void validate_params(const SolverParams& params);

}  // namespace routekit
