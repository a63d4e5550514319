#include <gtest/gtest.h>

#include <algorithm>

#include "heuristics/insertion_route.hpp"
#include "heuristics_random_instance.hpp"
#include "solver/individual.hpp"
#include "solver/route_exchange.hpp"
#include "tests/unit/solution_support.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::random_solution;
using testing::scaled;

using testing::sorted_clients;

std::vector<Route> sorted_routes(Solution solution) {
    solution.remove_empty_routes();
    std::sort(solution.routes.begin(), solution.routes.end());
    return solution.routes;
}

TEST(SolverRouteExchange, EveryClientExactlyOnceWithinTheFleet) {
    const PenaltyWeights weights{7, 3, 2};
    for (std::uint64_t seed = 1; seed <= static_cast<std::uint64_t>(scaled(60)); ++seed) {
        testing::RandomInstanceOptions options;
        options.nodes = 12 + static_cast<int>(seed % 30);
        options.fleet = seed % 2 == 0 ? 6 : 0;
        const Instance instance = random_instance(seed, options);
        Rng rng(seed);
        std::vector<int> expected(static_cast<std::size_t>(instance.num_nodes() - 1));
        for (int c = 1; c < instance.num_nodes(); ++c) expected[static_cast<std::size_t>(c - 1)] = c;
        for (int trial = 0; trial < 20; ++trial) {
            const Individual first(instance, random_solution(instance, 1 + static_cast<int>(seed % 6), rng));
            const Individual second(instance,
                                    random_solution(instance, 1 + static_cast<int>(trial % 6), rng));
            const Solution child = selective_route_exchange(instance, first, second, weights, rng);
            EXPECT_EQ(sorted_clients(child), expected);
            if (instance.fleet_limited()) {
                EXPECT_LE(static_cast<int>(child.routes.size()),
                          std::max<int>(instance.fleet(), static_cast<int>(second.solution.routes.size())));
            }
        }
    }
}

TEST(SolverRouteExchange, IdenticalParentsGiveTheParent) {
    const Instance instance = random_instance(3, {});
    Rng rng(5);
    const Individual parent(instance, random_solution(instance, 4, rng));
    for (int start = 0; start < 4; ++start)
        for (int count = 1; count <= 4; ++count)
            EXPECT_EQ(sorted_routes(selective_route_exchange(instance, parent, parent, PenaltyWeights{},
                                                             start, start, count)),
                      sorted_routes(parent.solution));
}

// The receiver's route {4, 5, 6, 7} is replaced by the donor's {4, 5, 6}; no shift of either window
// shrinks the difference, so client 7 is missing and must come back at the cheapest place there is (any
// position of any route, or a route of its own: the fleet is unlimited).
TEST(SolverRouteExchange, PutsAMissingClientAtTheCheapestPlace) {
    testing::RandomInstanceOptions options;
    options.nodes = 13;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const Instance instance = random_instance(seed, options);
        const PenaltyWeights weights{5, 2, 2};
        const Individual donor(instance, Solution{{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}}});
        const Individual receiver(instance, Solution{{{1, 2, 3}, {4, 5, 6, 7}, {8, 9}, {10, 11, 12}}});
        const Solution child = selective_route_exchange(instance, donor, receiver, weights, 1, 1, 1);
        const Solution without{{{1, 2, 3}, {4, 5, 6}, {8, 9}, {10, 11, 12}, {}}};
        Cost cheapest = kUnlimited;
        for (std::size_t r = 0; r < without.routes.size(); ++r)
            for (std::size_t at = 0; at <= without.routes[r].size(); ++at) {
                Solution with = without;
                with.routes[r].insert(with.routes[r].begin() + static_cast<std::ptrdiff_t>(at), 7);
                cheapest = std::min(cheapest, penalized_cost(instance, with, weights));
            }
        EXPECT_EQ(penalized_cost(instance, child, weights), cheapest) << "seed " << seed;
    }
}

TEST(SolverRouteExchange, InsertionRoutePricesTheWholeRouteExactly) {
    for (std::uint64_t seed = 1; seed <= static_cast<std::uint64_t>(scaled(40)); ++seed) {
        testing::RandomInstanceOptions options;
        options.depot_service = static_cast<Cost>(seed % 3) * 4;
        const Instance instance = random_instance(seed, options);
        Rng rng(seed);
        Solution solution = random_solution(instance, 3, rng);
        const Route route = solution.routes[0];
        if (solution.routes[1].empty()) continue;
        const int client = solution.routes[1].front();
        const InsertionRoute insertion(instance, route);
        const RouteCost now = evaluate_route(instance, route);
        const CostEvaluator cost(instance, PenaltyWeights{3, 5, 7});
        EXPECT_EQ(cost.penalized(insertion.cost()), cost.penalized(now));
        for (int after = 0; after <= static_cast<int>(route.size()); ++after) {
            Route with = route;
            with.insert(with.begin() + after, client);
            const RouteCost expected = evaluate_route(instance, with);
            const RouteCost priced = insertion.evaluate(client, after).route;
            EXPECT_EQ(priced.distance, expected.distance);
            EXPECT_EQ(priced.excess_load, expected.excess_load);
            EXPECT_EQ(priced.time_warp, expected.time_warp);
            EXPECT_EQ(priced.excess_duration, expected.excess_duration);
        }
    }
}

TEST(SolverRouteExchange, RoutesKeptFromAParentAreExactlyTheUnchangedOnes) {
    const Solution parent{{{1, 2, 3}, {4, 5}, {6}, {7, 8}}};
    const Solution child{{{4, 5}, {}, {3, 2, 1}, {6, 7}, {8}, {1}}};
    EXPECT_EQ(routes_kept_from(child, parent, 9), (std::vector<char>{1, 0, 0, 0, 0, 0}));
    const Solution same{{{7, 8}, {6}, {1, 2, 3}}};
    EXPECT_EQ(routes_kept_from(same, parent, 9), (std::vector<char>{1, 1, 1}));
}

}  // namespace
}  // namespace routekit
