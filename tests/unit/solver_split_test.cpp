#include <gtest/gtest.h>

#include <bit>
#include <numeric>

#include "routekit/model/penalty.hpp"
#include "solver/split.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

// The best penalized cost over every way to cut `tour` (2^(n-1) of them) into at most `max_routes` routes
// (exactly `max_routes` with `exactly` set).
Cost brute_force(const Instance& instance, const std::vector<int>& tour, const PenaltyWeights& weights,
                 int max_routes, bool exactly = false) {
    const int n = static_cast<int>(tour.size());
    Cost best = kUnlimited;
    for (std::uint32_t cuts = 0; cuts < (1u << (n - 1)); ++cuts) {
        const int routes = std::popcount(cuts) + 1;
        if (routes > max_routes || (exactly && routes != max_routes)) continue;
        Solution solution;
        solution.routes.emplace_back();
        for (int i = 0; i < n; ++i) {
            solution.routes.back().push_back(tour[static_cast<std::size_t>(i)]);
            if (i + 1 < n && (cuts >> i & 1u)) solution.routes.emplace_back();
        }
        best = std::min(best, penalized_cost(instance, solution, weights));
    }
    return best;
}

// Clients 1..n-1 in a seeded random order.
std::vector<int> shuffled_tour(const Instance& instance, std::uint64_t seed) {
    std::vector<int> tour(static_cast<std::size_t>(instance.num_clients()));
    std::iota(tour.begin(), tour.end(), 1);
    Rng rng(seed);
    portable_shuffle(tour.begin(), tour.end(), rng);
    return tour;
}

// The routes one after the other: Split must give back the giant tour.
std::vector<int> joined(const Solution& solution) {
    std::vector<int> tour;
    for (const Route& route : solution.routes) tour.insert(tour.end(), route.begin(), route.end());
    return tour;
}

struct Case {
    bool asymmetric;
    bool time_windows;
    Cost max_route_duration;
};

void expect_optimal_splits(const Case& c) {
    SplitOptions exact;
    exact.max_load_factor = 0;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        testing::RandomProblemOptions options;
        options.clients = 4 + static_cast<int>(seed % 6);
        options.asymmetric = c.asymmetric;
        options.time_windows = c.time_windows;
        options.max_route_duration = c.max_route_duration;
        options.capacity = 12;
        options.seed = seed;
        const Instance instance = testing::random_instance(options);
        const std::vector<int> tour = shuffled_tour(instance, seed);
        const PenaltyWeights weights{1 + static_cast<Cost>(seed % 7), 1 + static_cast<Cost>(seed % 3), 2};

        const Solution unlimited = split_unlimited(instance, tour, weights, exact);
        EXPECT_EQ(penalized_cost(instance, unlimited, weights), brute_force(instance, tour, weights, 1000))
            << "seed " << seed;
        for (int fleet = 1; fleet <= 3; ++fleet) {
            const Solution limited = split_limited(instance, tour, weights, fleet, exact);
            EXPECT_LE(static_cast<int>(limited.routes.size()), fleet);
            EXPECT_EQ(penalized_cost(instance, limited, weights), brute_force(instance, tour, weights, fleet))
                << "seed " << seed << " fleet " << fleet;
        }
        EXPECT_EQ(joined(unlimited), tour);  // Split keeps the order of the giant tour
    }
}

TEST(SolverSplit, LinearIsOptimalOnSymmetricInstances) {
    expect_optimal_splits({false, false, kUnlimited});
}

TEST(SolverSplit, LinearIsOptimalOnAsymmetricInstances) {
    expect_optimal_splits({true, false, kUnlimited});
}

TEST(SolverSplit, BellmanIsOptimalWithTimeWindows) {
    expect_optimal_splits({true, true, kUnlimited});
}

TEST(SolverSplit, BellmanIsOptimalWithDurationLimit) {
    expect_optimal_splits({true, false, 150});
}

TEST(SolverSplit, SplitTourRespectsTheFleetAndSingleVehicle) {
    testing::RandomProblemOptions options;
    options.clients = 9;
    options.capacity = 10;
    options.fleet = 2;
    const Instance limited = testing::random_instance(options);
    const std::vector<int> tour{1, 2, 3, 4, 5, 6, 7, 8, 9};
    EXPECT_LE(split_tour(limited, tour, {1, 1, 1}).routes.size(), 2u);

    options.kind = ProblemKind::atsp;
    options.asymmetric = true;
    const Instance atsp = testing::random_instance(options);
    const Solution one = split_tour(atsp, tour, {1, 1, 1});
    ASSERT_EQ(one.routes.size(), 1u);
    EXPECT_EQ(one.routes[0], tour);
}

// The Lagrangian split is not exact over all cuts, but whatever number of routes it settles on, no cut with
// that many routes is cheaper; and it never exceeds the fleet.
TEST(SolverSplit, LagrangianSplitIsOptimalForItsRouteCount) {
    SplitOptions exact;
    exact.max_load_factor = 0;
    int fewer_than_unlimited = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        testing::RandomProblemOptions options;
        options.clients = 6 + static_cast<int>(seed % 5);
        options.asymmetric = seed % 2 == 0;
        options.time_windows = true;
        options.capacity = 12;
        options.seed = seed;
        const Instance instance = testing::random_instance(options);
        const std::vector<int> tour = shuffled_tour(instance, seed);
        const PenaltyWeights weights{1 + static_cast<Cost>(seed % 5), 1 + static_cast<Cost>(seed % 4), 1};
        const int unlimited = static_cast<int>(split_unlimited(instance, tour, weights, exact).routes.size());
        for (int fleet = 1; fleet < unlimited; ++fleet) {
            const std::optional<Solution> priced = lagrangian_split(instance, tour, weights, fleet, exact);
            ASSERT_TRUE(priced.has_value()) << "seed " << seed << " fleet " << fleet;
            const int routes = static_cast<int>(priced->routes.size());
            EXPECT_LE(routes, fleet);
            EXPECT_EQ(penalized_cost(instance, *priced, weights),
                      brute_force(instance, tour, weights, routes, true))
                << "seed " << seed << " fleet " << fleet;
            EXPECT_EQ(joined(*priced), tour);
            ++fewer_than_unlimited;
        }
    }
    EXPECT_GT(fewer_than_unlimited, 20);  // the fleet bound was binding often enough to test something
}

}  // namespace
}  // namespace routekit
