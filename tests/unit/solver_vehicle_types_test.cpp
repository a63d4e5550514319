// The genetic search on a heterogeneous fleet (PyVRP's HFVRP X110-HD, shipped in instances/): a fixed seed
// and iteration count give a solution the checker calls feasible, within a few percent of the best known,
// the same on every run.
#include <gtest/gtest.h>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit {
namespace {

Result solve_x110(int threads) {
    const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/X110-HD.vrp");
    SolverParams params;
    params.iterations = 300;
    params.seed = 1;
    params.threads = threads;
    return solve(instance, params);
}

TEST(SolverVehicleTypes, SolvesALimitedHeterogeneousFleetFeasiblyNearTheBestKnown) {
    const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/X110-HD.vrp");
    const Result result = solve_x110(1);
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_TRUE(report.feasible);
    EXPECT_EQ(report.cost, result.cost);
    // Best known 15859.34 (PyVRP's X110-HD.sol); objective stored x10^7 (exact) x100 (cost decimals).
    const double objective = static_cast<double>(report.cost) / 1e9;
    EXPECT_LT(objective, 15859.34 * 1.05);
    EXPECT_GE(objective, 15859.34 - 0.01);
}

TEST(SolverVehicleTypes, AFixedSeedGivesTheSameSolutionWhateverTheThreadCount) {
    const Result one = solve_x110(1);
    const Result two = solve_x110(2);
    EXPECT_EQ(one.solution, two.solution);
    EXPECT_EQ(one.cost, two.cost);
}

}  // namespace
}  // namespace routekit
