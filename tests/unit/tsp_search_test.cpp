#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <string>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/random.hpp"
#include "solver/tsp_search.hpp"
#include "solver/tsp_tour.hpp"
#include "tests/unit/sanitizer_support.hpp"
#include "tests/unit/tsp_test_instances.hpp"

namespace routekit {
namespace {

using test::random_matrix;

using testing::sanitized;

Cost checked_cost(const Instance& instance, const TspSearchResult& result) {
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_TRUE(report.feasible);
    EXPECT_EQ(result.solution.routes.size(), 1u);
    EXPECT_EQ(report.cost, result.cost);
    return report.cost;
}

TEST(TspTour, ReversePathKeepsTheCycleAndReversesTheShorterSide) {
    TspTour tour({0, 1, 2, 3, 4, 5, 6, 7});
    tour.reverse_path(2, 4);  // 0 1 4 3 2 5 6 7
    EXPECT_EQ(tour.next(1), 4);
    EXPECT_EQ(tour.next(2), 5);
    EXPECT_EQ(tour.next(4), 3);
    tour.reverse_path(5, 1);  // the long path 5 6 7 0 1: the complement 4 3 2 is reversed instead
    // As a cycle: 1 and 2 are now neighbours, so are 4 and 5.
    EXPECT_TRUE(tour.next(1) == 2 || tour.prev(1) == 2);
    EXPECT_TRUE(tour.next(4) == 5 || tour.prev(4) == 5);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(tour.position(tour.at(i)), i);
}

TEST(TspTour, SwapAdjacentBlocksKeepsOrientationWhicheverBlocksMove) {
    for (int first = 0; first < 9; ++first) {
        TspTour tour({0, 1, 2, 3, 4, 5, 6, 7, 8});
        // X = [first .. first+1], Y = [first+2 .. first+6]: Y is the longest block, so R and X move.
        tour.swap_adjacent_blocks(first, (first + 1) % 9, (first + 6) % 9);
        // Read from the node before X: Y then X then the rest.
        int node = (first + 8) % 9;
        const std::vector<int> expected{2, 3, 4, 5, 6, 0, 1, 7};
        for (int offset : expected) {
            node = tour.next(node);
            EXPECT_EQ(node, (first + offset) % 9) << "first " << first;
        }
    }
}

TEST(TspSearch, IncrementalCostMatchesTheTourOnRandomMatrices) {
    const int kicks = sanitized() ? 200 : 2000;
    for (bool symmetric : {true, false}) {
        for (std::uint64_t seed : {1u, 2u, 3u}) {
            const Instance instance = random_matrix(60 + static_cast<int>(seed) * 7, symmetric, seed);
            TspSearchParams params;
            params.seed = seed;
            params.max_iterations = kicks;
            params.verify = true;  // throws on any mismatch
            const TspSearchResult result = tsp_search(instance, params);
            checked_cost(instance, result);
            EXPECT_EQ(result.iterations, kicks);
        }
    }
}

TEST(TspSearch, ReachesTheOptimumOfBerlin52) {
    const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/berlin52.tsp");
    TspSearchParams params;
    params.max_iterations = 20000;
    params.target = 7542;
    const TspSearchResult result = tsp_search(instance, params);
    EXPECT_EQ(checked_cost(instance, result), 7542);
}

TEST(TspSearch, ReachesTheOptimumOfBr17) {
    const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/br17.atsp");
    ASSERT_FALSE(instance.distance_symmetric());
    TspSearchParams params;
    params.max_iterations = 5000;
    params.target = 39;
    const TspSearchResult result = tsp_search(instance, params);
    EXPECT_EQ(checked_cost(instance, result), 39);
}

TEST(TspSearch, IsDeterministicForAFixedSeed) {
    for (bool symmetric : {true, false}) {
        const Instance instance = random_matrix(80, symmetric, 11);
        TspSearchParams params;
        params.seed = 5;
        params.max_iterations = sanitized() ? 100 : 1000;
        const TspSearchResult first = tsp_search(instance, params);
        const TspSearchResult second = tsp_search(instance, params);
        EXPECT_EQ(first.solution, second.solution);
        EXPECT_EQ(first.cost, second.cost);
    }
}

TEST(TspSearch, SolvesTinyInstancesExactlyAndStartsFromAGivenTour) {
    for (int n : {2, 3, 4, 7, 8, 9}) {
        const Instance instance = random_matrix(n, n % 2 == 0, 21);
        TspSearchParams params;
        params.max_iterations = 200;
        Route initial;
        for (int client = n - 1; client >= 1; --client) initial.push_back(client);
        params.initial_tour = initial;
        const TspSearchResult result = tsp_search(instance, params);
        const Cost cost = checked_cost(instance, result);
        if (n < 8) {
            // Brute force over the orders of clients 2.. after 1 (node 0 fixed) confirms the optimum.
            std::vector<int> order(n);
            std::iota(order.begin(), order.end(), 0);
            Cost best = kUnlimited;
            do {
                Solution s{{Route(order.begin() + 1, order.end())}};
                best = std::min(best, solution_distance(instance, s));
            } while (n > 1 && std::next_permutation(order.begin() + 1, order.end()));
            EXPECT_EQ(cost, best) << "n " << n;
        }
    }
}

TEST(TspSearch, ReportsEveryImprovementOfTheBestTourInDecreasingOrder) {
    const Instance instance = random_matrix(120, true, 8);
    TspSearchParams params;
    params.max_iterations = sanitized() ? 200 : 2000;
    std::vector<Cost> reported;
    params.on_improvement = [&](Cost cost, double, std::int64_t) { reported.push_back(cost); };
    const TspSearchResult result = tsp_search(instance, params);
    ASSERT_FALSE(reported.empty());
    EXPECT_TRUE(std::is_sorted(reported.rbegin(), reported.rend()));
    EXPECT_EQ(std::adjacent_find(reported.begin(), reported.end()), reported.end());
    EXPECT_EQ(reported.back(), checked_cost(instance, result));
}

TEST(TspSearch, StopsAtTheTarget) {
    const Instance instance = random_matrix(120, false, 9);
    TspSearchParams params;
    params.max_iterations = 1000;
    const Cost reachable = tsp_search(instance, params).cost;
    params.target = reachable;
    params.max_iterations = -1;  // the same seed retraces the same kicks: the target alone stops it
    params.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);  // a safety net only
    EXPECT_LE(tsp_search(instance, params).cost, reachable);
}

TEST(TspSearch, StopsWhenCancelled) {
    const Instance instance = random_matrix(100, true, 4);
    TspSearchParams params;
    params.cancelled = [] { return true; };
    params.on_progress = [](Cost, double, std::int64_t) {};  // set, but too short a run to be called
    const TspSearchResult result = tsp_search(instance, params);
    checked_cost(instance, result);
    EXPECT_LE(result.iterations, 64);
}

}  // namespace
}  // namespace routekit
