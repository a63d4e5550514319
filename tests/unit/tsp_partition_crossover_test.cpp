// Partition crossover of two tours, and the TSP engine's walks merged by it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "routekit/model/checker.hpp"
#include "solver/tsp_partition_crossover.hpp"
#include "solver/tsp_search.hpp"
#include "tests/unit/sanitizer_support.hpp"
#include "tests/unit/tsp_test_instances.hpp"

namespace routekit {
namespace {

/// n points on a circle, numbered around it: the order 0, 1, ..., n-1 is the one shortest tour.
Instance circle_instance(int n) {
    InstanceData data;
    data.name = "circle";
    data.kind = ProblemKind::tsp;
    data.num_nodes = n;
    for (int i = 0; i < n; ++i) {
        const double angle = 2 * M_PI * i / n;
        data.coordinates.push_back({1000 * std::cos(angle), 1000 * std::sin(angle)});
    }
    data.distance_function = DistanceFunction::euc_2d;
    return Instance(std::move(data));
}

std::vector<int> identity_tour(int n) {
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    return order;
}

Cost tour_length(const Instance& instance, const std::vector<int>& order) {
    Cost total = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
        total += instance.distance(order[i], order[(i + 1) % order.size()]);
    return total;
}

bool is_permutation_of_nodes(const std::vector<int>& order, int n) {
    std::vector<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    return sorted == identity_tour(n);
}

/// The tour with positions first..last reversed (a 2-opt move).
std::vector<int> with_reversal(std::vector<int> order, int first, int last) {
    std::reverse(order.begin() + first, order.begin() + last + 1);
    return order;
}

PartitionCrossover crossover_of(const Instance& instance, const std::vector<int>& a, const std::vector<int>& b) {
    return partition_crossover(a, b, [&instance](int i, int j) { return instance.distance(i, j); });
}

TEST(PartitionCrossover, TakesEachTourWhereItIsShorter) {
    // Each tour spoils the shortest tour in another place: the child spoils it nowhere.
    const Instance instance = circle_instance(40);
    const std::vector<int> best = identity_tour(40);
    const std::vector<int> a = with_reversal(best, 5, 9);
    std::vector<int> b = best;  // a double bridge: blocks 21..24 and 25..30 trade places
    std::rotate(b.begin() + 21, b.begin() + 25, b.begin() + 31);
    ASSERT_GT(tour_length(instance, a), tour_length(instance, best));
    ASSERT_GT(tour_length(instance, b), tour_length(instance, best));
    for (const auto& [first, second] : {std::pair{a, b}, std::pair{b, a}}) {
        const PartitionCrossover child = crossover_of(instance, first, second);
        ASSERT_TRUE(is_permutation_of_nodes(child.order, 40));
        EXPECT_EQ(tour_length(instance, child.order), tour_length(instance, best));
        EXPECT_EQ(child.change, tour_length(instance, best) - tour_length(instance, first));
        EXPECT_EQ(child.components, 2);
        EXPECT_EQ(child.taken_from_second, 1);
    }
}

TEST(PartitionCrossover, ChoosesAComponentNestedInAnotherOnesReversedRun) {
    // a reverses positions 5..30; b reverses 10..12, which lies inside a's reversed run.
    const Instance instance = circle_instance(40);
    const std::vector<int> best = identity_tour(40);
    const std::vector<int> a = with_reversal(best, 5, 30);
    const std::vector<int> b = with_reversal(best, 10, 12);
    const PartitionCrossover child = crossover_of(instance, a, b);
    ASSERT_TRUE(is_permutation_of_nodes(child.order, 40));
    EXPECT_EQ(child.components, 2);
    EXPECT_EQ(tour_length(instance, child.order), tour_length(instance, best));
    EXPECT_EQ(child.change, tour_length(instance, best) - tour_length(instance, a));
}

TEST(PartitionCrossover, OfEqualToursIsTheFirst) {
    const Instance instance = circle_instance(12);
    const std::vector<int> a = with_reversal(identity_tour(12), 2, 6);
    std::vector<int> rotated = a;  // the same cycle read from elsewhere and backwards
    std::rotate(rotated.begin(), rotated.begin() + 5, rotated.end());
    std::reverse(rotated.begin(), rotated.end());
    const PartitionCrossover child = crossover_of(instance, a, rotated);
    EXPECT_EQ(child.order, a);
    EXPECT_EQ(child.change, 0);
    EXPECT_EQ(child.components, 0);
}

TEST(PartitionCrossover, ChildOfTwoWalksFromOneTourIsATourAsLongAsItsChangeSays) {
    // As the engine uses it: two short walks from the same local optimum differ in a few places.
    const Instance instance = test::random_matrix(400, true, 4);
    const auto tour_of = [&](const TspSearchResult& result) {
        std::vector<int> order{0};
        order.insert(order.end(), result.solution.routes[0].begin(), result.solution.routes[0].end());
        return order;
    };
    TspSearchParams params;
    params.walks = 1;
    params.max_iterations = 0;
    const TspSearchResult start = tsp_search(instance, params);
    params.initial_tour = start.solution.routes[0];
    params.max_iterations = 40;
    int better_than_both = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        params.seed = seed;
        const std::vector<int> a = tour_of(tsp_search(instance, params));
        params.seed = seed + 100;
        const std::vector<int> b = tour_of(tsp_search(instance, params));
        const PartitionCrossover child = crossover_of(instance, a, b);
        ASSERT_TRUE(is_permutation_of_nodes(child.order, 400));
        EXPECT_LE(child.change, 0);
        EXPECT_EQ(tour_length(instance, child.order), tour_length(instance, a) + child.change);
        if (tour_length(instance, child.order) < std::min(tour_length(instance, a), tour_length(instance, b)))
            ++better_than_both;
    }
    EXPECT_GT(better_than_both, 0);  // the point of it: where each tour wins a component
}

TEST(TspSearch, WalksGiveTheSameTourOnAnyThreadCountAndExactCosts) {
    const Instance instance = test::random_matrix(200, true, 12);
    TspSearchParams params;
    params.seed = 3;
    params.walks = 3;
    params.merge_every = 100;
    params.max_iterations = testing::sanitized() ? 400 : 3001;
    params.verify = true;  // every walk's incremental cost checked after each descent
    std::vector<Cost> costs;
    std::vector<Solution> solutions;
    for (int threads : {1, 2, 3}) {
        params.threads = threads;
        const TspSearchResult result = tsp_search(instance, params);
        const CheckReport report = check_solution(instance, result.solution);
        EXPECT_TRUE(report.feasible);
        EXPECT_EQ(report.cost, result.cost);
        EXPECT_EQ(result.iterations, params.max_iterations);
        costs.push_back(result.cost);
        solutions.push_back(result.solution);
    }
    EXPECT_EQ(solutions[0], solutions[1]);
    EXPECT_EQ(solutions[0], solutions[2]);
}

}  // namespace
}  // namespace routekit
