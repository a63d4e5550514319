// The genetic search on PyVRP's vehicle-level families (../shared): a multi-depot VRPTW (PR11A, 4 depots,
// each vehicle bound to one, a duration limit) and a site-dependent VRPTW (PR01, each vehicle serving only
// the clients it lists, capacities per vehicle). A fixed seed and iteration count give a solution the
// checker calls feasible, priced as the checker prices it, the same on every run and thread count.
#include <gtest/gtest.h>

#include <filesystem>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/heuristics_random_instance.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;

const fs::path kFamilies = fs::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp";

// A small first population keeps the test to seconds (its education dominates on 360 clients).
Result solve_with(const Instance& instance, int iterations, int threads) {
    SolverParams params;
    params.genetic.initial_size = 12;
    params.genetic.min_population = 8;
    params.genetic.generation_size = 12;
    params.iterations = iterations;
    params.seed = 1;
    params.threads = threads;
    return solve(instance, params);
}

// Solves `file` and checks the result; `best_known` (the manifest's, x1000 fixed point) bounds it below.
void expect_feasible_solve(const std::string& file, Cost best_known, int iterations) {
    const fs::path path = kFamilies / file;
    if (!fs::exists(path)) GTEST_SKIP() << "no " << path;
    const Instance instance = read_instance(path.string());
    ASSERT_FALSE(instance.rich_features().empty());
    const Result result = solve_with(instance, iterations, 1);
    const CheckReport report = check_solution(instance, result.solution);
    for (const Violation& violation : report.violations) ADD_FAILURE() << violation.message;
    ASSERT_TRUE(report.feasible);
    EXPECT_TRUE(result.feasible);
    EXPECT_EQ(report.cost, result.cost);
    EXPECT_GE(report.cost, best_known);
}

TEST(SolverVehicleVariants, SolvesAMultiDepotInstanceFeasibly) {
    expect_feasible_solve("MDVRPTW/PR11A.vrp", 6655548, testing::scaled(40));
}

TEST(SolverVehicleVariants, SolvesASiteDependentInstanceFeasibly) {
    expect_feasible_solve("SDVRPTW/PR01.vrp", 1655420, testing::scaled(300));
}

TEST(SolverVehicleVariants, AFixedSeedGivesTheSameSolutionWhateverTheThreadCount) {
    for (const char* file : {"MDVRPTW/PR11A.vrp", "SDVRPTW/PR01.vrp"}) {
        SCOPED_TRACE(file);
        const fs::path path = kFamilies / file;
        if (!fs::exists(path)) GTEST_SKIP() << "no " << path;
        const Instance instance = read_instance(path.string());
        const Result one = solve_with(instance, testing::scaled(20), 1);
        const Result again = solve_with(instance, testing::scaled(20), 1);
        const Result two = solve_with(instance, testing::scaled(20), 2);
        EXPECT_EQ(one.solution, again.solution);
        EXPECT_EQ(one.solution, two.solution);
        EXPECT_EQ(one.cost, two.cost);
    }
}

}  // namespace
}  // namespace routekit
