// The TSP engine's parts at large n: inline Euclidean distances, candidate lists from the spatial grid,
// the greedy start tour, undoing a kick from the tour's log, and Lin-Kernighan moves on such instances.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "heuristics/granular_neighbours.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/random.hpp"
#include "solver/tsp_distance.hpp"
#include "solver/tsp_greedy_tour.hpp"
#include "solver/tsp_search.hpp"
#include "solver/tsp_tour.hpp"

namespace routekit {
namespace {

/// A TSP whose distances are computed from the coordinates (as large TSPLIB files are read).
Instance points_instance(const std::vector<Point>& points, DistanceFunction function) {
    InstanceData data;
    data.name = "points";
    data.kind = ProblemKind::tsp;
    data.num_nodes = static_cast<int>(points.size());
    data.coordinates = points;
    data.distance_function = function;
    return Instance(std::move(data));
}

std::vector<Point> random_points(int n, std::uint64_t seed) {
    Rng rng(seed);
    std::vector<Point> points(n);
    for (Point& p : points)
        p = {static_cast<double>(uniform_below(rng, 10000)) / 7.0, static_cast<double>(uniform_below(rng, 10000)) / 3.0};
    return points;
}

TEST(TspDistance, EqualsTheInstanceDistanceForEucAndCeil) {
    for (DistanceFunction function : {DistanceFunction::euc_2d, DistanceFunction::ceil_2d}) {
        const Instance instance = points_instance(random_points(40, 5), function);
        const TspDistance distance(instance);
        for (int i = 0; i < 40; ++i)
            for (int j = 0; j < 40; ++j) EXPECT_EQ(distance(i, j), instance.distance(i, j)) << i << " " << j;
    }
}

TEST(NearestNodesByGrid, IncludesNodeZeroAndMatchesAHandCheckedCase) {
    // Five points on a line at x = 0, 1, 3, 7, 15: each node's two nearest, ties by index.
    const Instance instance =
        points_instance({{0, 0}, {1, 0}, {3, 0}, {7, 0}, {15, 0}}, DistanceFunction::euc_2d);
    const auto lists = nearest_nodes_by_grid(instance, 2);
    ASSERT_TRUE(lists.has_value());
    const std::vector<std::vector<int>> expected{{1, 2}, {0, 2}, {1, 0}, {2, 1}, {3, 2}};
    EXPECT_EQ(*lists, expected);
}

TEST(NearestNodesByGrid, MatchesAScanOfEveryPair) {
    const Instance instance = points_instance(random_points(300, 9), DistanceFunction::euc_2d);
    const auto lists = nearest_nodes_by_grid(instance, 8);
    ASSERT_TRUE(lists.has_value());
    for (int i = 0; i < 300; ++i) {
        std::vector<int> others;
        for (int j = 0; j < 300; ++j)
            if (j != i) others.push_back(j);
        std::sort(others.begin(), others.end(), [&](int a, int b) {
            return std::pair(instance.distance(i, a), a) < std::pair(instance.distance(i, b), b);
        });
        others.resize(8);
        EXPECT_EQ((*lists)[static_cast<std::size_t>(i)], others) << "node " << i;
    }
}

TEST(QuadrantNodesByGrid, ReachesFarQuadrantsOnAHandCheckedCase) {
    // Node 0 at the origin with three points close on its right, one 10 away on the left and one 20 below:
    // its three nearest are 1, 2, 3, but one per quadrant gives 1 (right, up), 4 (left, up), 5 (right,
    // below). Node 5 at (0, -20): quadrants give 0 (20, right-up) and 4 (22, left-up), then the nearest
    // other is 1 (sqrt 401, 20).
    const Instance instance =
        points_instance({{0, 0}, {1, 0}, {2, 0}, {3, 0}, {-10, 0}, {0, -20}}, DistanceFunction::euc_2d);
    const auto lists = quadrant_nodes_by_grid(instance, 3, 1);
    ASSERT_TRUE(lists.has_value());
    EXPECT_EQ((*lists)[0], (std::vector<int>{1, 4, 5}));
    EXPECT_EQ((*lists)[5], (std::vector<int>{0, 1, 4}));
    EXPECT_EQ(*nearest_nodes_by_grid(instance, 3), *quadrant_nodes_by_grid(instance, 3, 0));
}

TEST(QuadrantNodesByGrid, HoldsTheNearestOfEachQuadrantFromAScan) {
    const int n = 400;
    const std::vector<Point> points = random_points(n, 13);
    const Instance instance = points_instance(points, DistanceFunction::euc_2d);
    const auto lists = quadrant_nodes_by_grid(instance, 10, 2, n);  // rings without limit: exact
    ASSERT_TRUE(lists.has_value());
    for (int i = 0; i < n; ++i) {
        const auto& list = (*lists)[static_cast<std::size_t>(i)];
        ASSERT_EQ(list.size(), 10u);
        for (std::size_t k = 1; k < list.size(); ++k)
            EXPECT_LE(instance.distance(i, list[k - 1]), instance.distance(i, list[k]));
        for (int quadrant = 0; quadrant < 4; ++quadrant) {
            std::vector<std::pair<Cost, int>> members;
            for (int j = 0; j < n; ++j) {
                const bool right = points[j].x >= points[i].x, up = points[j].y >= points[i].y;
                if (j != i && (right ? 0 : 1) + (up ? 0 : 2) == quadrant)
                    members.emplace_back(instance.distance(i, j), j);
            }
            std::sort(members.begin(), members.end());
            for (std::size_t k = 0; k < std::min<std::size_t>(2, members.size()); ++k)
                EXPECT_NE(std::find(list.begin(), list.end(), members[k].second), list.end())
                    << "node " << i << " quadrant " << quadrant;
        }
    }
}

TEST(GreedyTour, TakesShortestEdgesFirstAndJoinsThePaths) {
    // Points 0..5 on a line at x = 0, 1, 2, 10, 11, 12 with one-nearest lists: greedy links 0-1, 1-2 (or
    // 0-1, and 2's nearest 1), 3-4, 4-5, then joins the two paths end to end.
    const std::vector<double> x{0, 1, 2, 10, 11, 12};
    const auto distance = [&](int i, int j) { return static_cast<Cost>(std::abs(x[i] - x[j])); };
    const std::vector<int> lists{1, 0, 1, 4, 3, 4};
    const std::vector<int> order = greedy_tour(6, 1, lists, distance);
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

TEST(GreedyTour, GivesAPermutationOnRandomPoints) {
    const std::vector<Point> points = random_points(500, 3);
    const Instance instance = points_instance(points, DistanceFunction::euc_2d);
    const auto lists = nearest_nodes_by_grid(instance, 5);
    ASSERT_TRUE(lists.has_value());
    std::vector<int> flat;
    for (const auto& list : *lists) flat.insert(flat.end(), list.begin(), list.end());
    std::vector<int> order =
        greedy_tour(500, 5, flat, [&](int i, int j) { return instance.distance(i, j); });
    std::sort(order.begin(), order.end());
    std::vector<int> all(500);
    std::iota(all.begin(), all.end(), 0);
    EXPECT_EQ(order, all);
}

TEST(TspTour, UndoChangesRestoresTheTourAfterReversalsAndSwaps) {
    std::vector<int> start(50);
    std::iota(start.begin(), start.end(), 0);
    TspTour tour(start);
    Rng rng(4);
    for (int round = 0; round < 20; ++round) {
        const std::vector<int> before = tour.order();
        for (int move = 0; move < 5; ++move) {
            const int a = static_cast<int>(uniform_below(rng, 50));
            const int b = static_cast<int>(uniform_below(rng, 50));
            if (move % 2 == 0) {
                tour.reverse_path(a, b);
            } else {
                const int len_x = 1 + static_cast<int>(uniform_below(rng, 10));
                const int len_y = 1 + static_cast<int>(uniform_below(rng, 10));
                const int last_x = tour.at((tour.position(a) + len_x - 1) % 50);
                const int last_y = tour.at((tour.position(a) + len_x + len_y - 1) % 50);
                tour.swap_adjacent_blocks(a, last_x, last_y);
            }
        }
        if (round % 2 == 0) {
            tour.undo_changes();
            EXPECT_EQ(tour.order(), before) << "round " << round;
        } else {
            tour.forget_changes();
        }
        for (int i = 0; i < 50; ++i) EXPECT_EQ(tour.position(tour.at(i)), i);
    }
}

TEST(TspSearch, IncrementalCostMatchesTheTourOnComputedDistances) {
    // Grid candidates, the greedy start, inline distances, Lin-Kernighan and undone kicks together: every
    // descent's claimed gain is checked against the recomputed tour (verify throws on a mismatch). Lin-
    // Kernighan as by default (12 deep, look-ahead), as it was (3 deep, candidate order, breadth 10 and 5)
    // and wider past the first levels.
    TspLinKernighanParams former;
    former.depth = 3;
    former.breadth = {10, 5};
    former.lookahead = false;
    TspLinKernighanParams wide;
    wide.breadth = {4, 3, 2, 2};
    for (const TspLinKernighanParams& lin_kernighan : {TspLinKernighanParams{}, former, wide}) {
        for (DistanceFunction function : {DistanceFunction::euc_2d, DistanceFunction::ceil_2d}) {
            for (std::uint64_t seed : {1u, 2u}) {
                const Instance instance = points_instance(random_points(400, seed), function);
                TspSearchParams params;
                params.seed = seed;
                params.max_iterations = 3000;
                params.restart_after = 500;  // restarts too
                params.lin_kernighan = lin_kernighan;
                params.verify = true;
                const TspSearchResult result = tsp_search(instance, params);
                const CheckReport report = check_solution(instance, result.solution);
                EXPECT_TRUE(report.feasible);
                EXPECT_EQ(report.cost, result.cost);
            }
        }
    }
}

TEST(TspSearch, IsDeterministicOnComputedDistances) {
    const Instance instance = points_instance(random_points(600, 7), DistanceFunction::euc_2d);
    TspSearchParams params;
    params.max_iterations = 2000;
    const TspSearchResult first = tsp_search(instance, params);
    const TspSearchResult second = tsp_search(instance, params);
    EXPECT_EQ(first.solution, second.solution);
    EXPECT_EQ(first.cost, second.cost);
}

}  // namespace
}  // namespace routekit
