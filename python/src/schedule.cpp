#include "python/src/schedule.hpp"

#include <algorithm>

#include "python/src/bindings.hpp"
#include "routekit/io/objective_parts.hpp"
#include "routekit/model/error.hpp"

namespace routekit::python {

Objective objective(const Instance& instance, const Solution& solution) {
    const ObjectiveParts parts = objective_parts(instance, solution);
    return {to_units(parts.distance, instance), objective_units(parts.fixed_costs, instance),
            objective_units(parts.distance_costs, instance), objective_units(parts.duration_costs, instance),
            objective_units(parts.uncollected_prizes, instance)};
}

CheckResult check_result(const Instance& instance, const Solution& solution) {
    const CheckReport report = check_solution(instance, solution);
    for (const Route& route : solution.routes)
        for (int node : route)
            if (node < 0 || node >= instance.num_nodes())  // the checker reports it; nothing more to price
                return {report.feasible,
                        objective_units(report.cost, instance),
                        report.routes_used,
                        to_units(report.total_time_warp, instance),
                        report.violations,
                        {},
                        {}};
    return {report.feasible,
            objective_units(report.cost, instance),
            report.routes_used,
            to_units(report.total_time_warp, instance),
            report.violations,
            objective(instance, solution),
            unvisited_clients(instance, solution)};
}

std::vector<RouteSchedule> schedule(const Instance& instance, const Solution& solution) {
    std::vector<RouteSchedule> routes;
    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        const Route& route = solution.routes[r];
        if (route.empty()) continue;
        for (int node : route)  // depots may stand inside a route: reloads
            if (node < 0 || node >= instance.num_nodes())
                throw InputError("schedule: unknown client " + std::to_string(node));
        const RouteObjective cost = route_objective(instance, route, static_cast<int>(r));
        const VehicleType& type = instance.vehicle_types()[static_cast<std::size_t>(cost.vehicle_type)];
        // The checker's own figures.
        const routekit::RouteSchedule checked = route_schedule(instance, route, cost.vehicle_type);
        RouteSchedule out;
        out.vehicle = static_cast<int>(r);
        out.vehicle_type = cost.vehicle_type;
        out.start_depot = type.start_depot;
        out.end_depot = type.end_depot;
        out.cost = objective_units(cost.total(), instance);
        out.clients = route;
        out.distance = to_units(checked.distance, instance);
        out.duration = to_units(checked.duration, instance);
        out.time_warp = to_units(checked.time_warp, instance);
        out.load = load_amounts(checked.loads, instance.load_dimensions());
        out.start = to_units(checked.departure, instance);
        out.end = to_units(checked.stops.back().arrival, instance);
        for (const ScheduledStop& s : checked.stops)
            out.stops.push_back({s.node, to_units(s.arrival, instance), to_units(s.waiting, instance),
                                 to_units(s.start, instance), to_units(s.departure, instance),
                                 to_units(s.time_warp, instance),
                                 load_amounts(s.loads, instance.load_dimensions())});
        routes.push_back(std::move(out));
    }
    return routes;
}

}  // namespace routekit::python
