#include "routekit/solver/solve.hpp"

#include <algorithm>

#include "routekit/heuristics/construction.hpp"
#include "routekit/model/checker.hpp"
#include "solver/genetic_search.hpp"
#include "solver/tour_solve.hpp"

namespace routekit {

namespace {

// A budget too small for the search to finish even one construction must still give every client a route:
// when the search returns nothing feasible, a deterministic savings construction stands in if it is better.
void ensure_complete(const Instance& instance, Result& result) {
    if (result.feasible) return;
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

}  // namespace

Result solve(const Instance& instance, const SolverParams& params) {
    validate_params(params);
    // One vehicle visiting every node: a tour engine beats the route machinery of the genetic search.
    if (instance.single_vehicle()) return tour_solve(instance, params);
    Result result = genetic_search(instance, params);
    ensure_complete(instance, result);
    return result;
}

}  // namespace routekit
