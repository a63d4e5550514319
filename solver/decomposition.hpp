#pragma once
// Route-based decomposition for large instances (the HGS family's, after Santini, Schneider, Vidal and Vigo
// 2023): the routes of a good solution are grouped into sub-problems of a few hundred clients that lie close
// together, each group is solved as an instance of its own by the same genetic search (starting from its
// current routes), and a group's routes are replaced wherever its sub-problem found cheaper ones. Routes do
// not interact in CVRP and VRPTW, so the merged solution stays feasible and never costs more.
#include <cstdint>
#include <optional>
#include <vector>

#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit {

/// Whether the classic model holds (one depot, one vehicle type, no rich feature): what decomposition needs.
bool decomposable(const Instance& instance);

/// Groups of route indices of `solution` (a partition of its non-empty routes), each of about
/// `target_clients` clients. With coordinates: routes sorted by the polar angle of their barycentre around
/// the depot and cut into consecutive sectors; without: grown from a seed route by the most neighbour-list
/// links (`neighbours`, the granular lists). `offset` turns the starting route, so that successive calls
/// draw different boundaries.
std::vector<std::vector<int>> route_groups(const Instance& instance, const Solution& solution,
                                           int target_clients, std::uint64_t offset,
                                           const NeighbourLists& neighbours);

/// One group of routes as an instance of its own: node 0 the depot, node k the parent's client
/// `clients[k - 1]`, with the parent's distances, durations, demands, windows and limits.
struct SubProblem {
    Instance instance;
    std::vector<int> clients;  ///< sub-problem node k >= 1 -> parent node
    Solution current;          ///< the group's routes in sub-problem numbering
};

/// The sub-problem of routes `group` of `solution`; `fleet_left` the vehicles it may use (0: unlimited).
SubProblem make_subproblem(const Instance& instance, const Solution& solution, const std::vector<int>& group,
                           int fleet_left);

/// `found` (a solution of `sub`) in the parent's numbering, when it is feasible and costs less than the
/// group's current routes; nothing otherwise. Routes do not interact, so the parent solution with the group's
/// routes replaced by these stays feasible and costs less.
std::optional<std::vector<Route>> lifted_if_better(const SubProblem& sub, const Solution& found);

/// What a decomposition pass is told: the sub-problems' size and search budget, the parent's seed and
/// stop rules (the parent's clock, limit and cancellation also stop the sub-searches).
struct DecompositionPass {
    int target_clients = 300;
    std::int64_t iterations = 500;  ///< genetic iterations per sub-problem
    GeneticParams genetic;          ///< the sub-searches' settings
    std::uint64_t seed = 1;
    std::uint64_t pass = 0;  ///< the pass number: draws the boundaries and the sub-searches' seeds
    int threads = 1;         ///< sub-problems solved side by side, one thread each
    const SolverParams* parent = nullptr;
};

struct DecompositionOutcome {
    Solution solution;
    int groups = 0;
    int searched = 0;  ///< groups whose sub-search ran (the others would have started past the limit)
    int improved = 0;
};

/// Splits `solution` into groups, solves each, merges back every improvement: the result is feasible
/// when `solution` is, and never costs more. Deterministic for a seed and pass whatever the thread count.
DecompositionOutcome decompose_and_solve(const Instance& instance, const Solution& solution,
                                         const NeighbourLists& neighbours, const DecompositionPass& pass);

}  // namespace routekit
