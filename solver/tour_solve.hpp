#pragma once
#include "routekit/solver/solve.hpp"
#include "solver/tsp_search.hpp"

namespace routekit {

/// tsp_search honouring the instance's fixed edges: the engine searches penalised costs
/// (fixed_edge_costs.hpp) from a tour holding them, and every cost it takes or gives (the target, the
/// callbacks', the result's) is the true length. Throws ParameterError when `search.initial_tour` lacks a
/// fixed edge.
TspSearchResult tsp_search_with_fixed_edges(const Instance& instance, TspSearchParams search);

/// solve() for single-vehicle instances (TSP, ATSP): the iterated local search of tsp_search.hpp with the
/// stopping rules, warm start, progress, trace and cancellation of SolverParams. `init` does not apply.
Result tour_solve(const Instance& instance, const SolverParams& params);

}  // namespace routekit
