#include "routekit/model/checker.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "model/backhaul_roles.hpp"

namespace routekit {

namespace {

struct Simulation {
    Cost time_warp = 0;
    Cost duration = 0;
};

// The latest release time among the clients of the trip that starts at route[begin].
Cost trip_release(const Instance& instance, const Route& route, std::size_t begin) {
    Cost release = 0;
    for (std::size_t k = begin; k < route.size() && !instance.is_depot(route[k]); ++k)
        release = std::max(release, instance.release(route[k]));
    return release;
}

bool has_timing_constraints(const Instance& instance, const VehicleType& type) {
    return instance.has_time_windows() || !instance.data().release.empty() || type.shift != TimeWindow{};
}

// Drives the route from a given departure time: wait when early, count lateness as time warp and go on
// from the window's closing time (the convention of HGS-TW and PyVRP, so penalties agree with the search).
// At a reload depot the next trip waits for its clients' release times. With `stops`, records each visit.
Simulation simulate(const Instance& instance, const VehicleType& type, const Route& route, Cost departure,
                    std::vector<ScheduledStop>* stops = nullptr) {
    Simulation result;
    Cost clock = departure;
    Load load;
    int previous = type.start_depot;
    auto visit = [&](int node, bool route_end) {
        clock += instance.duration(previous, node);
        ScheduledStop stop;
        stop.node = node;
        stop.arrival = clock;
        TimeWindow window = instance.window(node);
        if (route_end) window.latest = std::min(window.latest, type.shift.latest);
        clock = std::max(clock, window.earliest);
        stop.waiting = clock - stop.arrival;
        if (clock > window.latest) {
            stop.time_warp = clock - window.latest;
            result.time_warp += stop.time_warp;
            result.duration += stop.time_warp;
            clock = window.latest;
        }
        stop.start = clock;
        clock += instance.service(node);
        stop.departure = clock;
        load += instance.delivery_load(node);
        stop.load = load[0];
        stop.loads = load;
        if (stops) stops->push_back(stop);
        previous = node;
    };
    for (std::size_t k = 0; k < route.size(); ++k) {
        visit(route[k], false);
        if (instance.is_depot(route[k])) {  // a reload: the next trip starts empty, once its goods are there
            load = Load();
            clock = std::max(clock, trip_release(instance, route, k + 1));
        }
    }
    visit(type.end_depot, true);
    // Elapsed clock time plus the time warped back: travel, service and waiting.
    result.duration += clock - departure - instance.service(type.end_depot);
    return result;
}

// The departures worth trying from the start depot: its window's ends and every departure at which an
// unhindered arrival meets a window bound. Time warp and duration are piecewise linear in the departure time
// with breakpoints there, so the best of them is the best departure exactly for one trip (later trips of a
// multi-trip route start when their release times and the clock allow). The depot's earliest comes first.
std::vector<Cost> departure_candidates(const Instance& instance, const VehicleType& type,
                                       const Route& route) {
    TimeWindow depot = instance.window(type.start_depot);
    if (type.shift != TimeWindow{}) {
        depot.earliest = std::max(depot.earliest, type.shift.earliest);
        depot.latest = std::min(depot.latest, type.shift.latest);
    }
    depot.earliest = std::max(depot.earliest, trip_release(instance, route, 0));
    depot.latest = std::max(depot.latest, depot.earliest);
    std::vector<Cost> candidates{depot.earliest, depot.latest};
    Cost offset = 0;
    int previous = type.start_depot;
    auto add = [&](int node) {
        offset += instance.duration(previous, node);
        for (Cost bound : {instance.window(node).earliest, instance.window(node).latest}) {
            const Cost departure = bound - offset;
            if (departure > depot.earliest && departure < depot.latest) candidates.push_back(departure);
        }
        offset += instance.service(node);
        previous = node;
    };
    for (int node : route) add(node);
    add(type.end_depot);
    return candidates;
}

bool better(const Simulation& a, const Simulation& b) {
    return a.time_warp < b.time_warp || (a.time_warp == b.time_warp && a.duration < b.duration);
}

// The departure from the start depot with the least time warp, then the least duration; the first such
// candidate in departure_candidates' order, which is the departure a schedule shows.
Cost best_departure(const Instance& instance, const VehicleType& type, const Route& route) {
    if (!has_timing_constraints(instance, type)) return 0;
    const std::vector<Cost> candidates = departure_candidates(instance, type, route);
    Cost best = candidates.front();
    Simulation best_simulation{kUnlimited, kUnlimited};
    for (Cost departure : candidates) {
        const Simulation s = simulate(instance, type, route, departure);
        if (better(s, best_simulation)) {
            best_simulation = s;
            best = departure;
        }
    }
    return best;
}

// The time warp and duration of best_departure's simulation, found in O(L log L) simulated visits instead of
// O(L^2) (this prices every route of every individual the search breeds). Every step of simulate is
// non-decreasing in the clock (adding a travel or service time, waiting for a window or a release, warping
// back to a window's end), so a later departure never has less time warp; and while the time warp stays at
// its least, the duration (end minus departure, plus the time warped back) never grows, since the end moves
// by at most the delay. So among the candidates in increasing order the least time warp is the first's, it
// holds on a prefix, and the last of that prefix has the least duration: a binary search finds it, with the
// same figures as trying every candidate (tested against route_schedule, which does).
Simulation least_timing(const Instance& instance, const VehicleType& type, const Route& route) {
    std::vector<Cost> candidates = departure_candidates(instance, type, route);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    Simulation best = simulate(instance, type, route, candidates.front());
    // candidates[low] has the least time warp; from candidates[high] on, the time warp is more.
    std::size_t low = 0;
    std::size_t high = candidates.size();
    while (high - low > 1) {
        const std::size_t middle = low + (high - low) / 2;
        const Simulation s = simulate(instance, type, route, candidates[middle]);
        if (s.time_warp == best.time_warp) {
            low = middle;
            best = s;
        } else {
            high = middle;
        }
    }
    return best;
}

Cost route_distance(const Instance& instance, const VehicleType& type, const Route& route) {
    Cost distance = 0;
    int previous = type.start_depot;
    for (int node : route) {
        distance += instance.distance(previous, node);
        previous = node;
    }
    return distance + instance.distance(previous, type.end_depot);
}

// The most on board at once during the trip route[begin, end): it leaves the depot with all its deliveries,
// drops them client by client and carries the pickups back; each load dimension's own peak.
Load trip_peak_load(const Instance& instance, const Route& route, std::size_t begin, std::size_t end) {
    Load on_board;
    for (std::size_t k = begin; k < end; ++k) on_board += instance.delivery_load(route[k]);
    Load peak = on_board;
    for (std::size_t k = begin; k < end; ++k) {
        on_board += instance.pickup_load(route[k]) - instance.delivery_load(route[k]);
        peak = elementwise_max(peak, on_board);
    }
    return peak;
}

}  // namespace

RouteTiming route_timing(const Instance& instance, const Route& route, int vehicle_type) {
    if (route.empty()) return {};
    const VehicleType& type = instance.vehicle_types()[static_cast<std::size_t>(vehicle_type)];
    if (!has_timing_constraints(instance, type)) {
        Cost total = 0;
        int previous = type.start_depot;
        for (int node : route) {
            total += instance.duration(previous, node) + instance.service(node);
            previous = node;
        }
        return {total + instance.duration(previous, type.end_depot), 0};
    }
    const Simulation s = least_timing(instance, type, route);
    return {s.duration, s.time_warp};
}

RouteSchedule route_schedule(const Instance& instance, const Route& route, int vehicle_type) {
    RouteSchedule schedule;
    if (route.empty()) return schedule;
    const VehicleType& type = instance.vehicle_types()[static_cast<std::size_t>(vehicle_type)];
    schedule.departure = best_departure(instance, type, route);
    const Simulation s = simulate(instance, type, route, schedule.departure, &schedule.stops);
    schedule.duration = s.duration;
    schedule.time_warp = s.time_warp;
    schedule.distance = route_distance(instance, type, route);
    // The most on board at once, which is what the capacity bounds; each load dimension's own peak.
    std::size_t trip_begin = 0;
    for (std::size_t k = 0; k <= route.size(); ++k) {
        if (k < route.size() && !instance.is_depot(route[k])) continue;
        schedule.loads = elementwise_max(schedule.loads, trip_peak_load(instance, route, trip_begin, k));
        trip_begin = k + 1;
    }
    schedule.load = schedule.loads[0];
    return schedule;
}

namespace {

// Which stops are late and by how much, the first three by name, so that a user sees which client's window
// the route misses (a stop at a depot is a reload or the return).
std::string late_stops(const Instance& instance, const Route& route, int vehicle_type) {
    const auto units = [&](Cost value) { return format_cost(value, instance.rounding()); };
    std::string text;
    int late = 0;
    for (const ScheduledStop& stop : route_schedule(instance, route, vehicle_type).stops) {
        if (stop.time_warp == 0) continue;
        if (++late > 3) continue;
        text += late > 1 ? ", " : "";
        if (instance.is_depot(stop.node))  // a reload, or the return within the depot's or the shift's end
            text += "depot " + std::to_string(stop.node) + " reached late by " + units(stop.time_warp);
        else
            text += "client " + std::to_string(stop.node) + " late by " + units(stop.time_warp) +
                    ", its window closes at " + units(instance.window(stop.node).latest);
    }
    if (late > 3) text += " and " + std::to_string(late - 3) + " more late stops";
    return text;
}

// Checks one route's visits, trip by trip: known nodes, reloads where allowed, clients the vehicle may
// serve, the load profile (deliveries leave the depot, pickups come back) and the backhaul order.
class RouteChecker {
  public:
    RouteChecker(const Instance& instance, CheckReport& report, std::vector<int>& seen)
        : instance_(instance), report_(report), seen_(seen) {}

    /// False when the route names a node that does not exist (its timing is then meaningless).
    bool check(const Route& route, int index, int type_index) {
        index_ = index;
        name_ = "route " + std::to_string(index + 1);
        type_index_ = type_index;
        type_ = &instance_.vehicle_types()[static_cast<std::size_t>(type_index)];
        const VehicleType& type = *type_;
        bool valid_nodes = true;
        std::size_t trip_begin = 0;
        for (std::size_t k = 0; k < route.size(); ++k) {
            const int node = route[k];
            if (node < 0 || node >= instance_.num_nodes()) {
                fail(ViolationKind::unknown_client, ": unknown client " + std::to_string(node));
                valid_nodes = false;
            } else if (instance_.is_depot(node)) {
                if (std::find(type.reload_depots.begin(), type.reload_depots.end(), node) ==
                    type.reload_depots.end())
                    fail(ViolationKind::reload,
                         ": the vehicle may not reload at depot " + std::to_string(node));
                if (valid_nodes) check_trip(route, trip_begin, k);
                trip_begin = k + 1;
            } else {
                visit_client(node);
            }
        }
        if (valid_nodes) check_trip(route, trip_begin, route.size());
        return valid_nodes;
    }

  private:
    void fail(ViolationKind kind, const std::string& what) {
        report_.feasible = false;
        report_.violations.push_back({kind, index_, name_ + what});
    }

    void visit_client(int client) {
        if (seen_[static_cast<std::size_t>(client)]++ == 1)
            fail(ViolationKind::repeated_client,
                 ": client " + std::to_string(client) + " is visited more than once");
        const std::vector<int>& allowed = type_->allowed_clients;
        if (!allowed.empty() && !std::binary_search(allowed.begin(), allowed.end(), client))
            fail(ViolationKind::forbidden_client,
                 ": client " + std::to_string(client) + " may not be served by this vehicle");
    }

    // The load peaks per dimension: deliveries leave the depot on board, pickups come back.
    void check_trip(const Route& route, std::size_t begin, std::size_t end) {
        const Load peak = trip_peak_load(instance_, route, begin, end);
        bool picked_up = false;
        for (std::size_t k = begin; k < end; ++k) {
            const int client = route[k];
            if (instance_.backhaul_order() && picked_up && delivers(instance_, client))
                fail(ViolationKind::backhaul_order,
                     ": linehaul client " + std::to_string(client) + " follows a backhaul client");
            picked_up = picked_up || picks_up(instance_, client);
        }
        const Load& capacity = instance_.capacity_load(type_index_);
        const int dimensions = instance_.load_dimensions();
        for (int d = 0; d < dimensions; ++d)
            if (peak[d] > capacity[d])
                fail(ViolationKind::overload,
                     ": load " + std::to_string(peak[d]) + " exceeds capacity " +
                         std::to_string(capacity[d]) +
                         (dimensions > 1 ? " in load dimension " + std::to_string(d + 1) : std::string()));
    }

    const Instance& instance_;
    CheckReport& report_;
    std::vector<int>& seen_;
    int index_ = 0;
    std::string name_;
    const VehicleType* type_ = nullptr;
    int type_index_ = 0;
};

}  // namespace

CheckReport check_solution(const Instance& instance, const Solution& solution) {
    CheckReport report;
    const int n = instance.num_nodes();
    std::vector<int> seen(static_cast<std::size_t>(n), 0);
    auto fail = [&](ViolationKind kind, int route, std::string message) {
        report.feasible = false;
        report.violations.push_back({kind, route, std::move(message)});
    };
    RouteChecker route_checker(instance, report, seen);
    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        const Route& route = solution.routes[r];
        if (route.empty()) continue;
        const int index = static_cast<int>(r);
        const std::string name = "route " + std::to_string(r + 1);
        ++report.routes_used;
        int type_index = instance.vehicle_type_of_route(index);
        if (type_index < 0 && instance.vehicle_types().size() > 1) {
            fail(ViolationKind::fleet, index,
                 name + ": the fleet has " + std::to_string(instance.fleet()) + " vehicles, no vehicle " +
                     std::to_string(r + 1));
        }
        type_index = std::max(type_index, 0);  // the fleet check below counts a single type's vehicles
        const VehicleType& type = instance.vehicle_types()[static_cast<std::size_t>(type_index)];
        if (!route_checker.check(route, index, type_index)) continue;
        const Cost distance = route_distance(instance, type, route);
        report.distance += distance;
        const RouteTiming timing = route_timing(instance, route, type_index);
        report.total_time_warp += timing.time_warp;
        report.cost +=
            type.fixed_cost + type.unit_distance_cost * distance + type.unit_duration_cost * timing.duration;
        if (timing.time_warp > 0)
            fail(ViolationKind::time_window, index,
                 name + ": time windows missed by " + format_cost(timing.time_warp, instance.rounding()) +
                     " time units in total (" + late_stops(instance, route, type_index) + ")");
        if (timing.duration > type.max_duration)
            fail(ViolationKind::duration, index,
                 name + ": duration " + format_cost(timing.duration, instance.rounding()) +
                     " exceeds the limit " + format_cost(type.max_duration, instance.rounding()));
        if (distance > type.max_distance)
            fail(ViolationKind::distance, index,
                 name + ": distance " + format_cost(distance, instance.rounding()) + " exceeds the limit " +
                     format_cost(type.max_distance, instance.rounding()));
    }
    for (int client = instance.num_depots(); client < n; ++client) {
        if (seen[static_cast<std::size_t>(client)] != 0) continue;
        if (instance.required(client))
            fail(ViolationKind::missing_client, -1, "client " + std::to_string(client) + " is not visited");
        else
            report.cost += instance.prize(client);
    }
    for (std::size_t g = 0; g < instance.groups().size(); ++g) {
        const std::vector<int>& group = instance.groups()[g];
        const auto visited = std::count_if(group.begin(), group.end(), [&](int client) {
            return seen[static_cast<std::size_t>(client)] > 0;
        });
        if (visited != 1)
            fail(ViolationKind::group, -1,
                 "group " + std::to_string(g + 1) + ": " + std::to_string(visited) +
                     " clients visited, expected exactly one");
    }
    if (!instance.fixed_edges().empty()) {
        // The closed tour through the depot: the routes one after the other (a TSP has one).
        std::vector<int> tour{0};
        for (const Route& route : solution.routes) tour.insert(tour.end(), route.begin(), route.end());
        const bool directed = instance.kind() == ProblemKind::atsp;
        const auto file_id = [&](int node) { return std::to_string(instance.node_id(node)); };
        for (const FixedEdge& edge : fixed_edges_missing(tour, directed, instance.fixed_edges()))
            fail(ViolationKind::fixed_edge, -1,
                 "the tour lacks the fixed edge " + to_string(edge, directed, file_id));
    }
    if (instance.vehicle_types().size() == 1 && instance.fleet_limited() &&
        report.routes_used > instance.fleet())
        fail(ViolationKind::fleet, -1,
             std::to_string(report.routes_used) + " routes used, the fleet has " +
                 std::to_string(instance.fleet()));
    return report;
}

}  // namespace routekit
