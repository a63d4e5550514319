#include "routekit/model/checker.hpp"

#include <algorithm>
#include <string>

namespace routekit {

namespace {

struct Simulation {
    Cost time_warp = 0;
    Cost duration = 0;
};

// Drives the route from a given departure time: wait when early, count lateness as time warp and go on
// from the window's closing time (the convention of HGS-TW and PyVRP, so penalties agree with the search).
Simulation simulate(const Instance& instance, const Route& route, Cost departure) {
    Simulation result;
    Cost clock = departure;
    int previous = 0;
    auto visit = [&](int node) {
        clock += instance.duration(previous, node);
        const TimeWindow& window = instance.window(node);
        clock = std::max(clock, window.earliest);
        if (clock > window.latest) {
            result.time_warp += clock - window.latest;
            result.duration += clock - window.latest;
            clock = window.latest;
        }
        clock += instance.service(node);
        previous = node;
    };
    for (int client : route) visit(client);
    visit(0);
    // Elapsed clock time plus the time warped back: travel, service and waiting.
    result.duration += clock - departure - instance.service(0);
    return result;
}

}  // namespace

RouteTiming route_timing(const Instance& instance, const Route& route) {
    if (route.empty()) return {};
    if (!instance.has_time_windows()) {
        Cost total = 0;
        int previous = 0;
        for (int client : route) {
            total += instance.duration(previous, client) + instance.service(client);
            previous = client;
        }
        return {total + instance.duration(previous, 0), 0};
    }
    // Time warp and duration are piecewise linear in the departure time, with breakpoints where an
    // unhindered arrival meets a window bound; trying every such departure finds the best one exactly.
    const TimeWindow& depot = instance.window(0);
    std::vector<Cost> candidates{depot.earliest, depot.latest};
    Cost offset = 0;
    int previous = 0;
    auto add = [&](int node) {
        offset += instance.duration(previous, node);
        for (Cost bound : {instance.window(node).earliest, instance.window(node).latest}) {
            const Cost departure = bound - offset;
            if (departure > depot.earliest && departure < depot.latest) candidates.push_back(departure);
        }
        offset += instance.service(node);
        previous = node;
    };
    for (int client : route) add(client);
    add(0);
    RouteTiming best{kUnlimited, kUnlimited};
    for (Cost departure : candidates) {
        const Simulation s = simulate(instance, route, departure);
        if (s.time_warp < best.time_warp || (s.time_warp == best.time_warp && s.duration < best.duration))
            best = {s.duration, s.time_warp};
    }
    return best;
}

CheckReport check_solution(const Instance& instance, const Solution& solution) {
    CheckReport report;
    const int n = instance.num_nodes();
    std::vector<int> seen(n, 0);
    auto fail = [&](ViolationKind kind, int route, std::string message) {
        report.feasible = false;
        report.violations.push_back({kind, route, std::move(message)});
    };

    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        const Route& route = solution.routes[r];
        if (route.empty()) continue;
        const int index = static_cast<int>(r);
        const std::string name = "route " + std::to_string(r + 1);
        ++report.routes_used;
        Cost load = 0;
        int previous = 0;
        bool valid_nodes = true;
        for (int client : route) {
            if (client <= 0 || client >= n) {
                fail(ViolationKind::unknown_client, index,
                     name + ": unknown client " + std::to_string(client));
                valid_nodes = false;
                continue;
            }
            if (seen[client]++ == 1)
                fail(ViolationKind::repeated_client, index,
                     name + ": client " + std::to_string(client) + " is visited more than once");
            load += instance.demand(client);
            report.cost += instance.distance(previous, client);
            previous = client;
        }
        report.cost += instance.distance(previous, 0);
        if (!valid_nodes) continue;
        if (instance.has_capacity() && load > instance.capacity())
            fail(ViolationKind::overload, index,
                 name + ": load " + std::to_string(load) + " exceeds capacity " +
                     std::to_string(instance.capacity()));
        const RouteTiming timing = route_timing(instance, route);
        report.total_time_warp += timing.time_warp;
        if (timing.time_warp > 0)
            fail(ViolationKind::time_window, index,
                 name + ": time windows missed by " + format_cost(timing.time_warp, instance.rounding()) +
                     " time units in total");
        if (instance.has_duration_limit() && timing.duration > instance.max_route_duration())
            fail(ViolationKind::duration, index,
                 name + ": duration " + format_cost(timing.duration, instance.rounding()) +
                     " exceeds the limit " + format_cost(instance.max_route_duration(), instance.rounding()));
    }
    for (int client = 1; client < n; ++client)
        if (seen[client] == 0)
            fail(ViolationKind::missing_client, -1, "client " + std::to_string(client) + " is not visited");
    if (instance.fleet_limited() && report.routes_used > instance.fleet())
        fail(ViolationKind::fleet, -1,
             std::to_string(report.routes_used) + " routes used, the fleet has " +
                 std::to_string(instance.fleet()));
    return report;
}

}  // namespace routekit
