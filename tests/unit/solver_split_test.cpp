#include <gtest/gtest.h>

#include <bit>
#include <numeric>

#include "routekit/model/penalty.hpp"
#include "solver/split.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

// The best penalized cost over every way to cut `tour` (2^(n-1) of them) into at most `max_routes` routes.
Cost brute_force(const Instance& instance, const std::vector<int>& tour, const PenaltyWeights& weights,
                 int max_routes) {
    const int n = static_cast<int>(tour.size());
    Cost best = kUnlimited;
    for (std::uint32_t cuts = 0; cuts < (1u << (n - 1)); ++cuts) {
        if (std::popcount(cuts) + 1 > max_routes) continue;
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

struct Case {
    bool asymmetric;
    bool time_windows;
    Cost max_route_duration;
};

void expect_optimal_splits(const Case& c) {
    SplitOptions exact;
    exact.max_load_factor = 0;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        testing::RandomInstanceOptions options;
        options.clients = 4 + static_cast<int>(seed % 6);
        options.asymmetric = c.asymmetric;
        options.time_windows = c.time_windows;
        options.max_route_duration = c.max_route_duration;
        options.capacity = 12;
        options.seed = seed;
        const Instance instance = testing::random_instance(options);
        std::vector<int> tour(static_cast<std::size_t>(instance.num_clients()));
        std::iota(tour.begin(), tour.end(), 1);
        Rng rng(seed);
        portable_shuffle(tour.begin(), tour.end(), rng);
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
        // Split keeps the order of the giant tour.
        std::vector<int> joined;
        for (const Route& route : unlimited.routes) joined.insert(joined.end(), route.begin(), route.end());
        EXPECT_EQ(joined, tour);
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
    testing::RandomInstanceOptions options;
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

}  // namespace
}  // namespace routekit
