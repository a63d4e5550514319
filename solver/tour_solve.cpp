// solve() for TSP and ATSP: the single-vehicle iterated local search instead of the genetic search, which
// spends most of its effort on route-level machinery (Split, fleet, penalties) that a tour does not need.
#include "solver/tour_solve.hpp"

#include <chrono>

#include <tbb/task_arena.h>

#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "solver/fixed_edge_costs.hpp"
#include "solver/tsp_search.hpp"

namespace routekit {

TspSearchResult tsp_search_with_fixed_edges(const Instance& instance, TspSearchParams search) {
    if (instance.fixed_edges().empty()) return tsp_search(instance, search);
    const FixedEdgeCosts fixed = fixed_edge_costs(instance);
    const Cost offset = fixed.offset;
    if (search.initial_tour) {
        std::vector<int> order{0};
        order.insert(order.end(), search.initial_tour->begin(), search.initial_tour->end());
        const bool directed = instance.kind() == ProblemKind::atsp;
        const auto missing = fixed_edges_missing(order, directed, instance.fixed_edges());
        const auto file_id = [&](int node) { return std::to_string(instance.node_id(node)); };
        if (!missing.empty())
            throw ParameterError("the initial tour lacks the fixed edge " +
                                 to_string(missing[0], directed, file_id));
    } else {
        search.initial_tour = Route(fixed.start_tour.begin() + 1, fixed.start_tour.end());
    }
    if (search.target) *search.target += offset;
    if (search.on_improvement)
        search.on_improvement = [report = std::move(search.on_improvement), offset](Cost cost, double seconds,
                                                                                    std::int64_t iteration) {
            report(cost - offset, seconds, iteration);
        };
    if (search.on_progress)
        search.on_progress = [report = std::move(search.on_progress), offset](Cost cost, double seconds,
                                                                              std::int64_t iteration) {
            report(cost - offset, seconds, iteration);
        };
    TspSearchResult found = tsp_search(fixed.instance, search);
    found.cost -= offset;
    return found;
}

Result tour_solve(const Instance& instance, const SolverParams& params) {
    using Clock = std::chrono::steady_clock;
    auto seconds_since_start = [&] {
        return std::chrono::duration<double>(Clock::now() - params.start).count();
    };

    TspSearchParams search;
    search.seed = params.seed;
    search.max_iterations = params.iterations;
    search.no_improvement = params.no_improvement;
    search.threads = params.threads > 0 ? params.threads : tbb::this_task_arena::max_concurrency();
    search.target = params.target;
    if (params.time_limit < 1e9 && !params.budget_clock)  // a caller's clock stops it by cancelling
        search.deadline = params.start + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(params.time_limit));
    if (params.warm_start) {
        Route tour;
        for (const Route& route : params.warm_start->routes)
            tour.insert(tour.end(), route.begin(), route.end());
        search.initial_tour = std::move(tour);
    }

    std::vector<TracePoint> trace;
    search.on_improvement = [&](Cost cost, double, std::int64_t) {
        trace.push_back({seconds_since_start(), cost});
    };
    if (params.on_progress) {
        search.on_progress = [&](Cost best_cost, double, std::int64_t iteration) {
            Progress progress;
            progress.elapsed_seconds = seconds_since_start();
            progress.best_feasible_cost = best_cost;
            progress.iterations = iteration;
            progress.feasible_population = 1;
            params.on_progress(progress);
        };
    }
    search.cancelled = [token = params.cancel] { return token.cancelled(); };

    const TspSearchResult found = tsp_search_with_fixed_edges(instance, search);
    Result result;
    result.solution = found.solution;
    const CheckReport report = check_solution(instance, result.solution);
    result.cost = report.cost;
    result.feasible = report.feasible;
    result.iterations = found.iterations;
    result.elapsed = seconds_since_start();
    result.time_to_best = trace.empty() ? result.elapsed : trace.back().seconds;
    result.feasible_share = 1;
    result.trace = std::move(trace);
    return result;
}

}  // namespace routekit
