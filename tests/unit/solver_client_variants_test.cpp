// The genetic search on optional clients with prizes (PCVRPTW) and on pickups and backhauls (VRPB): a
// hand-made instance whose optimum leaves a client out, real PyVRP files solved to solutions the checker
// calls feasible at the cost it recomputes, the required flag honoured, and a fixed seed giving the same
// solution.
#include <gtest/gtest.h>

#include <filesystem>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

const std::filesystem::path kPyvrp = std::filesystem::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp";

// Depot at the origin, clients 1 and 3 close by on the x axis, client 2 a hundred units up. Visiting 1 and
// 3 costs 10 + 2 + 12 = 24; client 2 would add 200 for a prize of 5, and leaving out 1 (or 3) saves at most
// 4 for a prize of 100 (or 50): the optimum is 24 + 5 = 29, client 2 left out.
Instance prize_line(bool client_2_required) {
    InstanceData data;
    data.name = "prize-line";
    data.num_nodes = 4;
    data.coordinates = {{0, 0}, {10, 0}, {0, 100}, {12, 0}};
    data.distance_function = DistanceFunction::euc_2d;
    data.demand = {0, 1, 1, 1};
    data.capacity = 10;
    data.prize = {0, 100, 5, 50};
    data.required = {0, 0, static_cast<char>(client_2_required ? 1 : 0), 0};
    return Instance(std::move(data));
}

using testing::quick;

TEST(SolverClientVariants, LeavingAnUnprofitableClientOutIsOptimal) {
    const Instance instance = prize_line(false);
    const Result result = solve(instance, quick(50));
    ASSERT_TRUE(result.feasible);
    EXPECT_EQ(result.cost, 29);
    ASSERT_EQ(result.solution.num_nonempty_routes(), 1);
    for (const Route& route : result.solution.routes)
        for (int client : route) EXPECT_NE(client, 2);
}

TEST(SolverClientVariants, ARequiredClientIsServedWhateverItCosts) {
    const Instance instance = prize_line(true);
    const Result result = solve(instance, quick(50));
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_TRUE(report.feasible);
    EXPECT_EQ(report.cost, result.cost);
    bool served = false;
    for (const Route& route : result.solution.routes)
        for (int client : route) served = served || client == 2;
    EXPECT_TRUE(served);
}

// A real file, a short run: feasible, and the cost the search reports is the checker's (prizes included).
void expect_feasible_solve(const std::string& relative, int iterations) {
    const Instance instance = read_instance((kPyvrp / relative).string());
    SolverParams params = quick(iterations);
    params.genetic.initial_size = 4;
    const Result result = solve(instance, params);
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_TRUE(report.feasible) << relative;
    EXPECT_EQ(report.cost, result.cost) << relative;
}

TEST(SolverClientVariants, SolvesARealPrizeCollectingFileFeasibly) {
    const Instance instance = read_instance((kPyvrp / "PCVRPTW/C1_10_1.vrp").string());
    SolverParams params = quick(testing::scaled(10));
    params.genetic.initial_size = 4;
    const Result result = solve(instance, params);
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_TRUE(report.feasible);
    EXPECT_EQ(report.cost, result.cost);
    // Some clients are left out, and the objective pays their prizes: more than the routes' distance.
    int served = 0;
    Cost distance = 0;
    for (const Route& route : result.solution.routes) {
        served += static_cast<int>(route.size());
        distance += evaluate_route(instance, route).distance;
    }
    EXPECT_LT(served, instance.num_clients());
    EXPECT_EQ(report.cost, distance + uncollected_prizes(instance, result.solution));
}

TEST(SolverClientVariants, SolvesARealBackhaulFileFeasibly) {
    expect_feasible_solve("VRPB/X-n524-50-k125.vrp", testing::scaled(10));
}

TEST(SolverClientVariants, AFixedSeedGivesTheSameSolution) {
    testing::RandomInstanceOptions options;
    options.nodes = 40;
    options.pickups = testing::RandomInstanceOptions::Pickups::backhauls;
    options.prizes = true;
    options.windows = false;  // an instance the search surely solves feasibly
    options.duration_limit = false;
    const Instance instance = testing::random_instance(5, options);
    const Result first = solve(instance, quick(200, 7));
    const Result second = solve(instance, quick(200, 7));
    EXPECT_EQ(first.solution, second.solution);
    EXPECT_EQ(first.cost, second.cost);
    EXPECT_TRUE(check_solution(instance, first.solution).feasible);
}

}  // namespace
}  // namespace routekit
