#pragma once
// The independent checker: recomputes feasibility and cost from the Instance alone, trusting nothing the
// search has cached. Every solution Routekit outputs passes through it.
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

enum class ViolationKind {
    missing_client,
    repeated_client,
    unknown_client,
    overload,
    time_window,
    duration,
    fleet,
    distance,          ///< a vehicle type's maximum route distance exceeded
    forbidden_client,  ///< a client the route's vehicle may not serve
    backhaul_order,    ///< a delivery after a pickup on the same trip
    reload,            ///< a depot inside a route where the vehicle may not reload
    group,             ///< a mutually exclusive group not visited exactly once
    fixed_edge         ///< a tour without one of the instance's fixed edges
};

struct Violation {
    ViolationKind kind;
    int route = -1;  ///< 0-based route index, -1 when the violation is about the whole solution
    std::string message;
};

struct CheckReport {
    bool feasible = true;
    /// The objective in stored units (print with format_objective): per used vehicle its fixed cost and unit
    /// costs times distance and duration, plus the prizes of clients left out. Plain distance for CVRP/VRPTW.
    Cost cost = 0;
    Cost distance = 0;  ///< total distance in stored units
    int routes_used = 0;
    Cost total_time_warp = 0;
    std::vector<Violation> violations;
};

CheckReport check_solution(const Instance& instance, const Solution& solution);

/// Route timing as the checker sees it: departure from the depot is chosen as late as possible without
/// adding time warp, arrivals wait for window openings, late arrivals count as time warp. A route may hold
/// reload depots (trips); each trip leaves its depot no earlier than its clients' release times. The
/// vehicle type gives the start and end depots and the shift.
struct RouteTiming {
    Cost duration = 0;   ///< from leaving the depot to coming back, waiting included
    Cost time_warp = 0;  ///< total lateness beyond window closings, the return to the depot included
};
RouteTiming route_timing(const Instance& instance, const Route& route, int vehicle_type = 0);

/// One visit of a route's schedule, in stored time units.
struct ScheduledStop {
    int node = 0;        ///< client index, or a depot (a reload, or the route's end)
    Cost arrival = 0;    ///< when the vehicle arrives
    Cost waiting = 0;    ///< time spent waiting for the window to open
    Cost start = 0;      ///< start of service (at the window's closing time when late)
    Cost time_warp = 0;  ///< lateness beyond the window's closing time (0 when feasible)
    Cost departure = 0;  ///< start + service time
    Cost load = 0;       ///< the trip's cumulated deliveries after this visit (load dimension 0)
    Load loads;          ///< the same in every load dimension
};

/// A route's schedule and totals as the checker computes them (the departure route_timing chooses).
struct RouteSchedule {
    Cost departure = 0;  ///< from the depot
    Cost distance = 0;
    Cost duration = 0;  ///< route_timing's duration: travel, service and waiting
    Cost load = 0;  ///< the most on board at once (first dimension): the largest trip's deliveries, pickups counted
    Load loads;     ///< the same in every load dimension (each dimension's own peak)
    Cost time_warp = 0;
    std::vector<ScheduledStop> stops;  ///< the clients (and reloads) in order, then the return to the depot
};
RouteSchedule route_schedule(const Instance& instance, const Route& route, int vehicle_type = 0);

}  // namespace routekit
