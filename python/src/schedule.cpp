#include "python/src/schedule.hpp"

#include <algorithm>

#include "python/src/bindings.hpp"
#include "routekit/model/error.hpp"

namespace routekit::python {

CheckResult check_result(const Instance& instance, const Solution& solution) {
    const CheckReport report = check_solution(instance, solution);
    return {report.feasible, to_units(report.cost, instance), report.routes_used,
            to_units(report.total_time_warp, instance), report.violations};
}

std::vector<RouteSchedule> schedule(const Instance& instance, const Solution& solution) {
    std::vector<RouteSchedule> routes;
    for (const Route& route : solution.routes) {
        if (route.empty()) continue;
        for (int client : route)
            if (client <= 0 || client >= instance.num_nodes())
                throw InputError("schedule: unknown client " + std::to_string(client));
        const RouteTiming timing = route_timing(instance, route);
        RouteSchedule out;
        out.clients = route;
        out.duration = to_units(timing.duration, instance);
        out.time_warp = to_units(timing.time_warp, instance);
        out.start = to_units(timing.departure, instance);
        Cost clock = timing.departure;
        Cost distance = 0;
        Cost load = 0;
        int previous = 0;
        auto visit = [&](int node) {
            distance += instance.distance(previous, node);
            const Cost arrival = clock + instance.duration(previous, node);
            const TimeWindow& window = instance.window(node);
            const Cost ready = std::max(arrival, window.earliest);  // waits for the opening
            const Cost warp = std::max<Cost>(0, ready - window.latest);
            const Cost start = ready - warp;
            clock = start + (node == 0 ? 0 : instance.service(node));
            load += node == 0 ? 0 : instance.demand(node);
            out.stops.push_back({node, to_units(arrival, instance), to_units(ready - arrival, instance),
                                 to_units(start, instance), to_units(clock, instance),
                                 to_units(warp, instance), load});
            previous = node;
        };
        for (int client : route) visit(client);
        visit(0);
        out.distance = to_units(distance, instance);
        out.load = load;
        out.end = out.stops.back().arrival;
        routes.push_back(std::move(out));
    }
    return routes;
}

}  // namespace routekit::python
