// The best solution's polish (GeneticParams::polish_granularity): the search returns a local optimum of the
// wide neighbour lists even when its own lists are narrow, which it does not without the polish, and the
// polish keeps the search deterministic for a seed on any thread count.
#include <gtest/gtest.h>

#include <vector>

#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

Instance polish_test_instance(bool time_windows) {
    return testing::random_instance({.clients = 120,
                                     .kind = time_windows ? ProblemKind::vrptw : ProblemKind::cvrp,
                                     .time_windows = time_windows,
                                     .capacity = 50,
                                     .seed = 23});
}

// Γ = 3 and no decomposition: narrow lists leave improving moves for wider ones to find.
SolverParams narrow_params() {
    SolverParams params;
    params.iterations = 30;
    params.seed = 3;
    params.genetic.granularity = 3;
    params.genetic.decompose_from = 0;
    return params;
}

// The cost a descent with every other client as a neighbour reaches from `solution`, under weights so high
// that no move into a violation can gain (so it only finds what a feasible-to-feasible move gains).
Cost wide_descent_cost(const Instance& instance, Solution solution) {
    LocalSearchParams wide;
    wide.granularity = instance.num_clients();
    wide.swap_star = !instance.has_time_windows();  // as the search sets it by default
    LocalSearch local_search(instance, wide);
    PenaltyWeights weights;
    weights.load = weights.time_warp = weights.duration = 1'000'000;
    Rng rng(7);
    local_search.run(solution, weights, rng);
    const CheckReport report = check_solution(instance, solution);
    EXPECT_TRUE(report.feasible);
    return report.cost;
}

TEST(Polish, TheBestIsALocalOptimumOfTheWideListsOnlyWithThePolish) {
    for (const bool time_windows : {false, true}) {
        SCOPED_TRACE(time_windows ? "VRPTW" : "CVRP");
        const Instance instance = polish_test_instance(time_windows);
        SolverParams params = narrow_params();
        params.threads = 1;
        params.genetic.polish_granularity = 0;
        const Result unpolished = solve(instance, params);
        ASSERT_TRUE(unpolished.feasible);
        // Γ = 3 leaves improving moves that wider lists find: what makes the test able to fail.
        EXPECT_LT(wide_descent_cost(instance, unpolished.solution), unpolished.cost);

        params.genetic.polish_granularity = instance.num_clients();
        const Result polished = solve(instance, params);
        ASSERT_TRUE(polished.feasible);
        EXPECT_EQ(check_solution(instance, polished.solution).cost, polished.cost);
        EXPECT_EQ(wide_descent_cost(instance, polished.solution), polished.cost);
    }
}

TEST(Polish, PolishesDuringTheRunKeepTheSearchDeterministicOnAnyThreadCount) {
    const Instance instance = polish_test_instance(true);
    SolverParams params = narrow_params();
    params.genetic.polish_granularity = 40;
    params.genetic.polish_interval = 20;
    std::vector<Result> results;
    for (const int threads : {1, 2, 1}) {
        params.threads = threads;
        results.push_back(solve(instance, params));
        EXPECT_TRUE(results.back().feasible);
    }
    EXPECT_EQ(results[0].solution, results[1].solution);
    EXPECT_EQ(results[0].solution, results[2].solution);
    EXPECT_EQ(results[0].trace.size(), results[1].trace.size());
}

}  // namespace
}  // namespace routekit
