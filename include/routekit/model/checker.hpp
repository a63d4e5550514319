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
    fleet
};

struct Violation {
    ViolationKind kind;
    int route = -1;  ///< 0-based route index, -1 when the violation is about the whole solution
    std::string message;
};

struct CheckReport {
    bool feasible = true;
    Cost cost = 0;  ///< total distance in stored units; print with format_cost
    int routes_used = 0;
    Cost total_time_warp = 0;
    std::vector<Violation> violations;
};

CheckReport check_solution(const Instance& instance, const Solution& solution);

/// Route timing as the checker sees it: departure from the depot is chosen as late as possible without
/// adding time warp, arrivals wait for window openings, late arrivals count as time warp.
struct RouteTiming {
    Cost duration = 0;   ///< from leaving the depot to coming back, waiting included
    Cost time_warp = 0;  ///< total lateness beyond window closings, the return to the depot included
};
RouteTiming route_timing(const Instance& instance, const Route& route);

}  // namespace routekit
