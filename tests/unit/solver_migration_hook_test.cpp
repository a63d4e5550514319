// SolverParams::migrate, the island hook (docs/mpi.md), without MPI: when it is called, what leaves, and that
// what arrives joins the search.
#include <gtest/gtest.h>

#include <algorithm>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit {
namespace {

const std::string kInstance = ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.vrp";

SolverParams small_params() {
    SolverParams params;
    params.seed = 5;
    params.threads = 2;
    params.iterations = 40;
    params.genetic.initial_size = 12;
    params.genetic.min_population = 6;
    params.genetic.generation_size = 8;
    // A multiple of the batch of 8: the batches are those of a run without the hook.
    params.genetic.migration_interval = 16;
    params.genetic.migrants = 3;
    return params;
}

TEST(MigrationHook, CalledEveryIntervalWithTheBestFirstAndLeavesTheSearchAloneOtherwise) {
    const Instance instance = read_instance(kInstance);
    SolverParams params = small_params();
    std::vector<std::vector<CheckReport>> calls;
    params.migrate = [&](std::vector<Solution> emigrants) {
        std::vector<CheckReport> reports;
        for (const Solution& solution : emigrants) reports.push_back(check_solution(instance, solution));
        calls.push_back(reports);
        return std::vector<Solution>{};
    };
    const Result result = solve(instance, params);
    // At 16 and 32 iterations; not at 40, where the budget ends.
    ASSERT_EQ(calls.size(), 2u);
    for (const std::vector<CheckReport>& reports : calls) {
        ASSERT_EQ(reports.size(), 3u);
        // The best feasible solution on record leaves first.
        ASSERT_TRUE(reports.front().feasible);
        for (const CheckReport& report : reports) {
            if (report.feasible) {
                EXPECT_LE(reports.front().cost, report.cost);
            }
        }
    }
    EXPECT_LE(calls[1].front().cost, calls[0].front().cost);
    EXPECT_LE(result.cost, calls[1].front().cost);
    EXPECT_EQ(result.iterations, 40);
    // A hook that returns nothing changes nothing: the same solution as without it.
    SolverParams plain = small_params();
    const Result without = solve(instance, plain);
    EXPECT_EQ(result.solution, without.solution);
}

TEST(MigrationHook, ArrivalsJoinThePopulationAndCountForTheBest) {
    const Instance instance = read_instance(kInstance);
    const Solution optimum = read_solution(ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.sol", instance);
    SolverParams params = small_params();
    int calls = 0;
    params.migrate = [&](std::vector<Solution>) {
        return ++calls == 1 ? std::vector<Solution>{optimum} : std::vector<Solution>{};
    };
    const Result result = solve(instance, params);
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(result.feasible);
    EXPECT_EQ(result.cost, 26362);  // the arrival, which 40 iterations alone do not reach
    EXPECT_GT(solve(instance, small_params()).cost, 26362);
}

}  // namespace
}  // namespace routekit
