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
        const routekit::RouteSchedule checked = route_schedule(instance, route);  // the checker's own figures
        RouteSchedule out;
        out.clients = route;
        out.distance = to_units(checked.distance, instance);
        out.duration = to_units(checked.duration, instance);
        out.time_warp = to_units(checked.time_warp, instance);
        out.load = checked.load;
        out.start = to_units(checked.departure, instance);
        out.end = to_units(checked.stops.back().arrival, instance);
        for (const ScheduledStop& s : checked.stops)
            out.stops.push_back({s.node, to_units(s.arrival, instance), to_units(s.waiting, instance),
                                 to_units(s.start, instance), to_units(s.departure, instance),
                                 to_units(s.time_warp, instance), s.load});
        routes.push_back(std::move(out));
    }
    return routes;
}

}  // namespace routekit::python
