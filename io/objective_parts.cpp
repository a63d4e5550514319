#include "routekit/io/objective_parts.hpp"

#include <algorithm>

#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"

namespace routekit {

RouteObjective route_objective(const Instance& instance, const Route& route, int index) {
    RouteObjective cost;
    // As the checker does: a route beyond the fleet is priced as the first type (and reported infeasible).
    cost.vehicle_type = std::max(instance.vehicle_type_of_route(index), 0);
    if (route.empty()) return cost;
    const VehicleType& type = instance.vehicle_types()[static_cast<std::size_t>(cost.vehicle_type)];
    const RouteSchedule schedule = route_schedule(instance, route, cost.vehicle_type);
    cost.distance = schedule.distance;
    cost.duration = schedule.duration;
    cost.fixed_cost = type.fixed_cost;
    cost.distance_cost = type.unit_distance_cost * schedule.distance;
    cost.duration_cost = type.unit_duration_cost * schedule.duration;
    return cost;
}

std::vector<int> unvisited_clients(const Instance& instance, const Solution& solution) {
    std::vector<char> served(static_cast<std::size_t>(instance.num_nodes()), 0);
    for (const Route& route : solution.routes)
        for (int node : route)
            if (node >= 0 && node < instance.num_nodes()) served[static_cast<std::size_t>(node)] = 1;
    std::vector<int> unvisited;
    for (int client = instance.num_depots(); client < instance.num_nodes(); ++client)
        if (!served[static_cast<std::size_t>(client)] && !instance.required(client))
            unvisited.push_back(client);
    return unvisited;
}

ObjectiveParts objective_parts(const Instance& instance, const Solution& solution) {
    ObjectiveParts parts;
    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        const RouteObjective cost = route_objective(instance, solution.routes[r], static_cast<int>(r));
        parts.distance += cost.distance;
        parts.fixed_costs += cost.fixed_cost;
        parts.distance_costs += cost.distance_cost;
        parts.duration_costs += cost.duration_cost;
    }
    parts.uncollected_prizes = uncollected_prizes(instance, solution);
    return parts;
}

}  // namespace routekit
