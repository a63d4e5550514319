#pragma once
// An individual of the genetic search: a solution with its cost breakdown, its giant tour and the
// neighbour arrays the broken-pairs distance reads.
#include <vector>

#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

struct Individual {
    /// Non-empty routes only; with several vehicle types positional (route k = vehicle k, empty routes for
    /// unused vehicles, none after the last used one; model/vehicle_assignment.hpp).
    Solution solution;
    std::vector<int> giant_tour;   ///< the routes' clients, concatenated in route order
    /// The indices of the non-empty routes in the giant tour's order (by angle when there are coordinates):
    /// 0, 1, ... with one vehicle type, whose routes are stored in that order.
    std::vector<int> route_order;
    std::vector<int> successor;    ///< per node: the next node of its route, 0 (the depot) after the last
    std::vector<int> predecessor;  ///< per node: the previous node of its route, 0 before the first
    std::vector<char> served;      ///< per node: whether a route serves it; empty when every client must be
    RouteCost cost;                ///< summed over the routes (saturating), with the uncollected prizes
    bool feasible = false;  ///< no excess load, time warp, excess duration or forbidden visit; within the
                            ///< fleet; each client group served exactly once

    /// Builds the individual from `solution` (empty routes dropped), evaluating every route from scratch.
    Individual(const Instance& instance, Solution solution);

    /// Whether every client group has exactly one served member (the local search's repair sees to it).
    bool serves_each_group_once(const Instance& instance) const;

    Cost penalized(const CostEvaluator& evaluator) const { return evaluator.penalized(cost); }
    /// What the search ranks feasible solutions by: the instance's objective, i.e. the distance, the
    /// vehicles' fixed and unit costs beyond it, and the uncollected prizes (the penalized cost without
    /// penalties).
    Cost objective() const {
        return saturating_add(saturating_add(cost.distance, cost.vehicle_cost), cost.uncollected_prizes);
    }
};

/// How many of `first`'s arcs (client to successor, depot to first client) `second` lacks, over the number
/// of clients (HGS-CVRP's normalisation): 0 for the same routes.
/// On symmetric instances an edge counts in either direction. A client that only one of them serves counts
/// as one broken pair (its arcs in the other do not exist), so different visited sets are apart.
double broken_pairs_distance(const Individual& first, const Individual& second, bool symmetric);

}  // namespace routekit
