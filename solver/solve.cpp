#include "routekit/solver/solve.hpp"

#include <algorithm>

#include "routekit/heuristics/construction.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "solver/backhaul_arcs.hpp"
#include "solver/genetic_search.hpp"
#include "solver/tour_solve.hpp"

namespace routekit {

namespace {

// A budget too small for the search to finish even one construction must still give every client a route:
// when the search returns nothing feasible, a deterministic savings construction stands in if it is better.
void ensure_complete(const Instance& instance, Result& result) {
    // The savings construction knows one depot only.
    if (result.feasible || instance.num_depots() > 1) return;
    const Solution fallback = savings(instance);
    const CheckReport fallback_report = check_solution(instance, fallback);
    const CheckReport current = check_solution(instance, result.solution);
    const bool current_complete =
        std::none_of(current.violations.begin(), current.violations.end(),
                     [](const Violation& v) { return v.kind == ViolationKind::missing_client; });
    if (fallback_report.feasible || !current_complete) {
        result.solution = fallback;
        result.cost = fallback_report.cost;
        result.feasible = fallback_report.feasible;
    }
}

// The stop rule that ended the search, read off the result: the engines stop at the first rule met and
// these tests follow the same order. A limit passed while the result was being finished counts as passed.
// The time limit is read on the budget's own clock: a CPU-time budget is enforced by cancelling (the CLI's
// watchdog), which is a time limit, not a cancellation.
StopReason stop_reason(const SolverParams& params, const Result& result) {
    const double spent = params.budget_clock ? params.budget_clock() : result.elapsed;
    const bool out_of_time = spent >= params.time_limit;
    if (params.cancel.cancelled() && !out_of_time) return StopReason::cancelled;
    if (params.target && result.feasible && result.cost <= *params.target) return StopReason::target;
    if (params.iterations >= 0 && result.iterations >= params.iterations) return StopReason::iterations;
    if (params.no_improvement >= 0 && result.iterations >= params.no_improvement && !out_of_time)
        return StopReason::no_improvement;
    if (out_of_time) return StopReason::time_limit;
    return StopReason::complete;
}

// The engines search the classic model, vehicle-level variants (vehicle types that differ in count, capacity,
// fixed cost, unit distance cost, depots, duration limit, shift and the clients they may serve), optional
// clients with prizes, pickups and backhauls: an instance with other features (release times, reloads ...)
// would be solved as another problem without a word. Refused, naming what is missing, until the search
// learns it.
// Reloads and release times are searched through trip segments (heuristics/trip_segment.hpp), which the
// search builds for one depot, vehicles of one capacity and no pickups or shifts: other combinations are
// refused rather than priced wrongly.
void require_searchable_trips(const Instance& instance) {
    const std::vector<VehicleType>& types = instance.vehicle_types();
    const bool reloads = std::any_of(types.begin(), types.end(),
                                     [](const VehicleType& t) { return !t.reload_depots.empty(); });
    if (!reloads && instance.data().release.empty()) return;
    std::string list;
    auto refuse_if = [&](bool present, const char* feature) {
        if (present) list += (list.empty() ? "" : ", ") + std::string(feature);
    };
    refuse_if(instance.num_depots() > 1, "several depots");
    refuse_if(!instance.data().pickup.empty(), "pickups");
    refuse_if(!instance.groups().empty(), "client groups");
    refuse_if(std::any_of(types.begin(), types.end(),
                          [&](const VehicleType& t) {
                              return t.capacity != types.front().capacity || t.shift != TimeWindow{};
                          }),
              "vehicle shifts or several capacities");
    if (list.empty()) return;
    throw InputError("instance " + instance.name() + ": expected reloads and release times with one depot, " +
                     "one capacity and no pickups, shifts or client groups, found " + list +
                     " (the search does not handle them together yet; `routekit check` does)");
}

void require_searchable_model(const Instance& instance) {
    static const std::string searched[] = {"several vehicle types",
                                           "vehicle fixed and distance costs",
                                           "several depots",
                                           "duration limits per vehicle type",
                                           "maximum route distances",
                                           "vehicle shifts",
                                           "allowed clients",
                                           "optional clients with prizes",
                                           "pickups",
                                           "backhauls",
                                           "reloads",
                                           "release times",
                                           "client groups",
                                           "several load dimensions"};
    std::string list;
    for (const std::string& feature : instance.rich_features())
        if (std::find(std::begin(searched), std::end(searched), feature) == std::end(searched))
            list += (list.empty() ? "" : ", ") + feature;
    if (list.empty()) return require_searchable_trips(instance);
    throw InputError("instance " + instance.name() +
                     ": expected CVRP, VRPTW, vehicle-level, prize, pickup, backhaul, reload, release or "
                     "group features only, found " +
                     list + " (the search does not handle them yet; `routekit check` does)");
}

}  // namespace

std::string_view to_string(StopReason reason) {
    switch (reason) {
        case StopReason::time_limit:
            return "time limit";
        case StopReason::iterations:
            return "iteration limit";
        case StopReason::no_improvement:
            return "no improvement";
        case StopReason::target:
            return "target reached";
        case StopReason::cancelled:
            return "cancelled";
        case StopReason::complete:
            return "search complete";
    }
    return "?";
}

Result solve(const Instance& instance, const SolverParams& params) {
    validate_params(params);
    require_searchable_model(instance);
    // One vehicle visiting every node: a tour engine beats the route machinery of the genetic search.
    Result result;
    if (instance.single_vehicle()) {
        result = tour_solve(instance, params);
    } else if (instance.backhaul_order() && !instance.single_vehicle()) {
        result = genetic_search(backhaul_search_instance(instance), params);
        // The search instance prices the order through its arcs; the instance itself has the last word.
        const CheckReport report = check_solution(instance, result.solution);
        result.cost = report.cost;
        result.feasible = report.feasible;
        ensure_complete(instance, result);
    } else {
        result = genetic_search(instance, params);
        ensure_complete(instance, result);
    }
    result.stop_reason = stop_reason(params, result);
    return result;
}

}  // namespace routekit
