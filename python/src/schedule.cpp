#include "python/src/schedule.hpp"

#include <algorithm>

#include "python/src/bindings.hpp"
#include "routekit/model/error.hpp"

namespace routekit::python {

namespace {

struct StoredStop {
    int node;
    Cost arrival, wait, start, departure, time_warp, load;
};

struct Drive {
    std::vector<StoredStop> stops;  ///< the clients, then the depot
    Cost time_warp = 0;
    Cost duration = 0;
};

// The checker's convention: wait for a window to open; when late, count the lateness as time warp and go on
// from the window's closing time.
Drive drive(const Instance& instance, const Route& route, Cost departure) {
    Drive out;
    Cost clock = departure;
    Cost load = 0;
    int previous = 0;
    auto visit = [&](int node) {
        const Cost arrival = clock + instance.duration(previous, node);
        const TimeWindow& window = instance.window(node);
        const Cost ready = std::max(arrival, window.earliest);
        const Cost warp = std::max<Cost>(0, ready - window.latest);
        const Cost start = ready - warp;
        clock = start + (node == 0 ? 0 : instance.service(node));
        load += node == 0 ? 0 : instance.demand(node);
        out.time_warp += warp;
        out.stops.push_back({node, arrival, ready - arrival, start, clock, warp, load});
        previous = node;
    };
    for (int client : route) visit(client);
    visit(0);
    out.duration = out.stops.back().start - departure + out.time_warp;
    return out;
}

// The departure from the depot that route_timing() prices: the least time warp, then the least duration, over
// the depot window's bounds and every departure at which an unhindered arrival meets a window bound.
Cost checker_departure(const Instance& instance, const Route& route) {
    if (!instance.has_time_windows()) return 0;
    const TimeWindow& depot = instance.window(0);
    std::vector<Cost> candidates{depot.earliest, depot.latest};
    Cost offset = 0;
    int previous = 0;
    for (std::size_t k = 0; k <= route.size(); ++k) {
        const int node = k < route.size() ? route[k] : 0;
        offset += instance.duration(previous, node);
        for (Cost bound : {instance.window(node).earliest, instance.window(node).latest})
            if (bound - offset > depot.earliest && bound - offset < depot.latest)
                candidates.push_back(bound - offset);
        offset += instance.service(node);
        previous = node;
    }
    Cost best = candidates.front();
    Drive best_drive = drive(instance, route, best);
    for (Cost departure : candidates) {
        const Drive d = drive(instance, route, departure);
        if (d.time_warp < best_drive.time_warp ||
            (d.time_warp == best_drive.time_warp && d.duration < best_drive.duration)) {
            best = departure;
            best_drive = d;
        }
    }
    return best;
}

}  // namespace

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
        const Cost departure = checker_departure(instance, route);
        const Drive driven = drive(instance, route, departure);
        const RouteTiming timing = route_timing(instance, route);  // the checker's totals
        RouteSchedule out;
        out.clients = route;
        out.duration = to_units(timing.duration, instance);
        out.time_warp = to_units(timing.time_warp, instance);
        out.start = to_units(departure, instance);
        out.end = to_units(driven.stops.back().arrival, instance);
        out.load = driven.stops.back().load;
        Cost distance = 0;
        int previous = 0;
        for (const StoredStop& s : driven.stops) {
            distance += instance.distance(previous, s.node);
            previous = s.node;
            out.stops.push_back({s.node, to_units(s.arrival, instance), to_units(s.wait, instance),
                                 to_units(s.start, instance), to_units(s.departure, instance),
                                 to_units(s.time_warp, instance), s.load});
        }
        out.distance = to_units(distance, instance);
        routes.push_back(std::move(out));
    }
    return routes;
}

}  // namespace routekit::python
