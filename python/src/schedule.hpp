#pragma once
// What the binding returns about a solution: the checker's report and a per-stop schedule, in the file's
// units.
#include <string>
#include <vector>

#include "routekit/model/checker.hpp"
#include "routekit/model/solution.hpp"

namespace routekit::python {

/// The objective's parts (routekit/io/objective_parts.hpp) in the instance's units.
struct Objective {
    double distance = 0;
    double fixed_costs = 0;
    double distance_costs = 0;
    double duration_costs = 0;
    double uncollected_prizes = 0;
};

struct CheckResult {
    bool feasible = true;
    double cost = 0;
    int routes_used = 0;
    double total_time_warp = 0;
    std::vector<Violation> violations;
    Objective objective;
    std::vector<int> unvisited;
};

struct Stop {
    int node = 0;
    double arrival = 0;
    double wait = 0;
    double start = 0;
    double departure = 0;
    double time_warp = 0;
    std::vector<Cost> load;  ///< delivered so far on the trip, this stop included: one per load dimension
};

struct RouteSchedule {
    int vehicle = 0;       ///< the route's index in the solution: vehicle k with several vehicle types
    int vehicle_type = 0;  ///< index in Instance.vehicle_types
    int start_depot = 0;
    int end_depot = 0;
    double cost = 0;  ///< fixed cost + unit costs x distance and duration, in objective units
    std::vector<int> clients;
    double distance = 0;
    double duration = 0;
    std::vector<Cost> load;  ///< the most on board at once: one per load dimension
    double time_warp = 0;
    double start = 0;
    double end = 0;
    std::vector<Stop> stops;  ///< one per client, then the return to the depot
};

CheckResult check_result(const Instance& instance, const Solution& solution);
Objective objective(const Instance& instance, const Solution& solution);
/// Non-empty routes only: the checker's route_schedule() in the file's units.
std::vector<RouteSchedule> schedule(const Instance& instance, const Solution& solution);

}  // namespace routekit::python
