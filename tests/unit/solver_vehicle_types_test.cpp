// The genetic search on a heterogeneous fleet (PyVRP's HFVRP X110-HD, shipped in instances/): a fixed seed
// and iteration count give a solution the checker calls feasible, within a few percent of the best known,
// the same on every run. And on a tiny fleet where the shortest solution is not the cheapest, the search
// returns the cheapest.
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

// Two clients next to each other, 100 from the depot. One big vehicle (fixed cost 1000) could serve both
// in 202; two small ones (no fixed cost) serve one each in 400. The search must rank by the objective
// (distance plus vehicle costs), not by distance alone, which would return the big vehicle's 1202.
TEST(SolverVehicleTypes, TheBestSolutionIsTheCheapestNotTheShortest) {
    InstanceData data;
    data.name = "fixed-costs";
    data.num_nodes = 3;
    data.distance = {0, 100, 100, 100, 0, 2, 100, 2, 0};
    data.demand = {0, 1, 1};
    VehicleType big, small;
    big.count = 1, big.capacity = 2, big.fixed_cost = 1000;
    small.count = 2, small.capacity = 1;
    data.vehicle_types = {big, small};
    const Instance instance(data);
    SolverParams params;
    params.iterations = 50;
    params.seed = 1;
    params.threads = 1;
    const Result result = solve(instance, params);
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_TRUE(report.feasible);
    EXPECT_EQ(report.cost, 400);
    EXPECT_EQ(result.cost, 400);
}

}  // namespace
}  // namespace routekit
