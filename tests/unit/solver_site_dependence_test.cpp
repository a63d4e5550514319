// Site dependence (clients only some vehicle types may serve) in the genetic search: a tiny instance whose
// optimum serves a client on the vehicle of the far cluster instead of its own cluster's, solved to that
// optimum with each of the site-dependence settings; the greedy-insertion initial solutions and SREX's
// windows in tour order keep every client exactly once; and a site-dependent instance large enough for the
// large-instance mode (site_dependent_large_from) gives the same solution on every run and thread count.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/genetic_params_text.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/individual.hpp"
#include "solver/initial_population.hpp"
#include "solver/route_exchange.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/solution_support.hpp"
#include "tests/unit/solver_enumeration.hpp"

namespace routekit {
namespace {

// Depot at (0, 0); clients 1 (10, 0), 2 (10, 2), 3 (12, 1) in the east, 4 (-10, 0), 5 (-10, 2) in the
// west; Euclidean distances rounded. Each of the two vehicles carries three. Without skills the east
// cluster is one route (0-1-3-2-0: 24) and the west another (22): 46. With them vehicle 1 (skill 1) may
// serve 1, 2, 4, 5 and vehicle 2 (skill 2) only 3, 4, 5, so client 3 leaves its cluster for the west
// route: 0-1-2-0 (22) and 0-3-4-5-0 or its reverse (46), 68.
std::string two_clusters(bool skills) {
    return std::string(R"({
  "distance_matrix": [[0, 10, 10, 12, 10, 10], [10, 0, 2, 2, 20, 20], [10, 2, 0, 2, 20, 20],
                      [12, 2, 2, 0, 22, 22], [10, 20, 20, 22, 0, 2], [10, 20, 20, 22, 2, 0]],
  "demands": [0, 1, 1, 1, 1, 1],)") +
           (skills ? R"(
  "skills": [[], [1], [1], [2], [], []],
  "vehicles": [{"count": 1, "capacity": 3, "skills": [1]}, {"count": 1, "capacity": 3, "skills": [2]}]
})"
                   : R"(
  "vehicles": [{"count": 1, "capacity": 3}, {"count": 1, "capacity": 3}]
})");
}

TEST(SolverSiteDependence, TheOptimumMovesAClientToTheOtherVehicleType) {
    const Instance free = parse_json_instance(two_clusters(false), "free.json");
    const Instance instance = parse_json_instance(two_clusters(true), "skills.json");
    ASSERT_TRUE(instance.site_dependent());
    EXPECT_EQ(testing::enumerated_optimum(free, 2), 46);
    const Cost optimum = testing::enumerated_optimum(instance, 2);
    ASSERT_EQ(optimum, 68);
    testing::expect_solved_to(instance, optimum);
    for (const char* setting : {"srex_tour_order=1", "recreated_share=1", "site_dependent_large_from=1"}) {
        SCOPED_TRACE(setting);
        SolverParams params = testing::quick(300);
        set_genetic_param(params.genetic, setting);
        const Result result = solve(instance, params);
        const CheckReport report = check_solution(instance, result.solution);
        for (const Violation& violation : report.violations) ADD_FAILURE() << violation.message;
        EXPECT_TRUE(report.feasible);
        EXPECT_EQ(report.cost, optimum);
        // Client 3 rides with the west cluster, on vehicle 2.
        ASSERT_EQ(result.solution.routes.size(), 2u);
        const Route& second = result.solution.routes[1];
        EXPECT_NE(std::find(second.begin(), second.end(), 3), second.end());
    }
}

using testing::sorted_clients;

const std::filesystem::path kPR01 =
    std::filesystem::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp" / "SDVRPTW" / "PR01.vrp";

// Recreated from no routes, every client is served once, each by a vehicle that may serve it (PR01's fleet
// has room: the insertion never has to force a client onto another type).
TEST(SolverSiteDependence, RecreatedInitialSolutionsServeEachClientOnAnAllowedVehicle) {
    ASSERT_TRUE(std::filesystem::exists(kPR01)) << kPR01;
    const Instance instance = read_instance(kPR01.string());
    const auto near = shared_neighbour_lists(instance, 20);
    const InitialSolutions recipe(instance, "savings", {}, 8, true, 0.5, 1.0, near.get());
    std::vector<int> expected(static_cast<std::size_t>(instance.num_clients()));
    for (int c = 0; c < instance.num_clients(); ++c) expected[static_cast<std::size_t>(c)] = c + 1;
    for (int index = 1; index < recipe.size(); ++index) {
        Rng rng(static_cast<std::uint64_t>(index));
        const Solution solution = recipe.make(index, PenaltyWeights{1000, 1, 1}, rng);
        EXPECT_EQ(sorted_clients(solution), expected);
        const Individual individual(instance, solution);
        EXPECT_EQ(individual.cost.forbidden_visits, 0) << "solution " << index;
    }
}

// SREX with windows in tour order: route_order lists each non-empty route once, and every child keeps
// every client exactly once, on a vehicle of the fleet.
TEST(SolverSiteDependence, RouteExchangeInTourOrderKeepsEveryClientOnce) {
    ASSERT_TRUE(std::filesystem::exists(kPR01)) << kPR01;
    const Instance instance = read_instance(kPR01.string());
    SolverParams params = testing::quick(30);
    std::vector<Individual> parents;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        params.seed = seed;
        parents.emplace_back(instance, solve(instance, params).solution);
    }
    std::vector<int> expected(static_cast<std::size_t>(instance.num_clients()));
    for (int c = 0; c < instance.num_clients(); ++c) expected[static_cast<std::size_t>(c)] = c + 1;
    for (const Individual& parent : parents) {
        std::vector<int> order = parent.route_order;
        std::sort(order.begin(), order.end());
        EXPECT_EQ(std::adjacent_find(order.begin(), order.end()), order.end());
        EXPECT_EQ(static_cast<int>(order.size()), parent.solution.num_nonempty_routes());
    }
    Rng rng(7);
    for (int trial = 0; trial < testing::scaled(30); ++trial) {
        const Individual& first = parents[static_cast<std::size_t>(trial % 3)];
        const Individual& second = parents[static_cast<std::size_t>((trial + 1) % 3)];
        const Solution child = selective_route_exchange(instance, first, second, PenaltyWeights{1000, 1, 1}, rng,
                                                        true);
        EXPECT_EQ(sorted_clients(child), expected);
        EXPECT_LE(static_cast<int>(child.routes.size()), instance.fleet());
    }
}

// PR11B (360 clients) in the large-instance mode (site_dependent_large_from 300): the same seed gives the same
// solution on every run and with two threads.
TEST(SolverSiteDependence, TheLargeModeIsDeterministic) {
    const std::filesystem::path path =
        std::filesystem::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp" / "SDVRPTW" / "PR11B.vrp";
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    const Instance instance = read_instance(path.string());
    const int large_from = 300;
    ASSERT_GE(instance.num_clients(), large_from);
    auto run = [&](int threads) {
        SolverParams params = testing::quick(testing::scaled(20));
        params.genetic.site_dependent_large_from = large_from;
        params.threads = threads;
        return solve(instance, params);
    };
    const Result one = run(1);
    const Result again = run(1);
    const Result two = run(2);
    EXPECT_EQ(one.solution, again.solution);
    EXPECT_EQ(one.solution, two.solution);
    EXPECT_EQ(check_solution(instance, one.solution).cost, one.cost);
}

}  // namespace
}  // namespace routekit
