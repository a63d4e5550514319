// The large-instance mode (GeneticParams::large_from): focused descents, a small first population and ruin
// children that join the population only as a new best. Tested on a small instance with the threshold
// lowered: the search stays feasible, deterministic for a seed on any thread count, reports its first
// feasible solution once, the trace's first point.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

Instance large_test_instance() {
    testing::RandomProblemOptions options;
    options.clients = 200;
    options.capacity = 40;
    options.seed = 17;
    return testing::random_instance(options);
}

SolverParams large_params() {
    SolverParams params;
    params.iterations = 300;
    params.seed = 5;
    params.genetic.large_from = 100;
    params.genetic.large_initial_size = 2;
    params.genetic.decompose_from = 0;
    return params;
}

TEST(LargeInstances, SearchIsFeasibleAndDeterministicOnAnyThreadCount) {
    const Instance instance = large_test_instance();
    SolverParams params = large_params();
    std::vector<Result> results;
    for (const int threads : {1, 2, 1}) {
        params.threads = threads;
        results.push_back(solve(instance, params));
        const CheckReport report = check_solution(instance, results.back().solution);
        EXPECT_TRUE(report.feasible);
        EXPECT_EQ(report.cost, results.back().cost);
    }
    EXPECT_EQ(results[0].solution, results[1].solution);
    EXPECT_EQ(results[0].solution, results[2].solution);
    EXPECT_EQ(results[0].trace.size(), results[1].trace.size());
}

TEST(LargeInstances, TheFirstFeasibleSolutionIsReportedOnce) {
    const Instance instance = large_test_instance();
    SolverParams params = large_params();
    params.threads = 1;
    std::vector<std::string> lines;
    params.on_progress = [&](const Progress& progress) {
        if (progress.activity.starts_with("first feasible solution: ")) lines.push_back(progress.activity);
    };
    const Result result = solve(instance, params);
    EXPECT_TRUE(result.feasible);
    ASSERT_EQ(lines.size(), 1u);
    const Cost first = std::stoll(lines[0].substr(std::string("first feasible solution: ").size()));
    EXPECT_GE(first, result.cost);
    ASSERT_FALSE(result.trace.empty());
    EXPECT_EQ(result.trace.front().cost, first);
}

}  // namespace
}  // namespace routekit
