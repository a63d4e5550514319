#include "routekit/solver/solve.hpp"

#include "routekit/heuristics/construction.hpp"
#include "routekit/model/checker.hpp"

namespace routekit {

// Placeholder until the hybrid genetic search lands: nearest neighbour, validated by the checker.
Result solve(const Instance& instance, const SolverParams& params) {
    Result result;
    result.solution = nearest_neighbour(instance);
    const CheckReport report = check_solution(instance, result.solution);
    result.cost = report.cost;
    result.feasible = report.feasible;
    result.elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - params.start).count();
    result.time_to_best = result.elapsed;
    if (report.feasible) result.trace.push_back({result.elapsed, result.cost});
    return result;
}

}  // namespace routekit
