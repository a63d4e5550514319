#pragma once
// What a solution's objective is made of, route by route, as JSON solutions and the Python package state
// it: the checker's cost (check_solution) split into distance, vehicle costs and prizes left uncollected.
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// One route's share of the objective, in stored units.
struct RouteObjective {
    int vehicle_type = 0;    ///< the type driving it (route k is vehicle k with several types)
    Cost distance = 0;       ///< its distance, not weighted
    Cost duration = 0;       ///< travel, service and waiting, as the checker counts it
    Cost fixed_cost = 0;     ///< the vehicle's fixed cost (0 for an empty route)
    Cost distance_cost = 0;  ///< unit distance cost x distance
    Cost duration_cost = 0;  ///< unit duration cost x duration
    Cost total() const { return fixed_cost + distance_cost + duration_cost; }
};

/// The objective's parts, in stored units (print them with format_objective, the distance with format_cost).
struct ObjectiveParts {
    Cost distance = 0;  ///< total distance, not weighted
    Cost fixed_costs = 0;
    Cost distance_costs = 0;
    Cost duration_costs = 0;
    Cost uncollected_prizes = 0;  ///< the prizes of optional clients left out
    /// check_solution's cost for a solution whose routes name only existing nodes.
    Cost total() const { return fixed_costs + distance_costs + duration_costs + uncollected_prizes; }
};

/// Route `index` of a solution, priced as the checker prices it (the route must name existing nodes only).
RouteObjective route_objective(const Instance& instance, const Route& route, int index);
ObjectiveParts objective_parts(const Instance& instance, const Solution& solution);
/// The optional clients the solution leaves out, in index order.
std::vector<int> unvisited_clients(const Instance& instance, const Solution& solution);

}  // namespace routekit
