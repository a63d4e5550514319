#include <gtest/gtest.h>

#include "solver/individual.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

Instance instance_with(bool asymmetric) {
    testing::RandomProblemOptions options;
    options.clients = 6;
    options.asymmetric = asymmetric;
    options.capacity = 1000;
    return testing::random_instance(options);
}

TEST(SolverIndividual, BuildsGiantTourNeighboursAndCost) {
    const Instance instance = instance_with(true);
    const Individual individual(instance, Solution{{{3, 1}, {}, {2, 6, 5, 4}}});
    ASSERT_EQ(individual.solution.routes.size(), 2u);
    // Routes are ordered by the angle of their barycentre around the depot; the giant tour follows them.
    std::vector<int> joined;
    for (const Route& route : individual.solution.routes)
        joined.insert(joined.end(), route.begin(), route.end());
    EXPECT_EQ(individual.giant_tour, joined);
    EXPECT_TRUE((individual.solution.routes == std::vector<Route>{{3, 1}, {2, 6, 5, 4}}) ||
                (individual.solution.routes == std::vector<Route>{{2, 6, 5, 4}, {3, 1}}));
    EXPECT_EQ(individual.successor[3], 1);
    EXPECT_EQ(individual.successor[1], 0);
    EXPECT_EQ(individual.predecessor[2], 0);
    EXPECT_EQ(individual.predecessor[5], 6);
    EXPECT_EQ(individual.cost.distance, solution_distance(instance, individual.solution));
    EXPECT_TRUE(individual.feasible);
}

TEST(SolverIndividual, RoutesFollowThePolarAngle) {
    InstanceData data;
    data.num_nodes = 5;
    data.coordinates = {{0, 0}, {10, 1}, {-10, 1}, {-10, -1}, {10, -1}};  // angles 6°, 174°, 186°, 354°
    data.distance.assign(25, 1);
    for (int i = 0; i < 5; ++i) data.distance[static_cast<std::size_t>(i) * 5 + i] = 0;
    const Instance instance(data);
    const Individual individual(instance, Solution{{{4}, {3}, {2}, {1}}});
    EXPECT_EQ(individual.solution.routes, (std::vector<Route>{{1}, {2}, {3}, {4}}));
}

TEST(SolverIndividual, BrokenPairsDistance) {
    const Instance symmetric = instance_with(false);
    const Individual a(symmetric, Solution{{{1, 2, 3}, {4, 5, 6}}});
    EXPECT_DOUBLE_EQ(broken_pairs_distance(a, a, true), 0.0);
    // The same routes reversed: identical edges on a symmetric instance, all arcs broken on an asymmetric
    // one.
    const Individual reversed(symmetric, Solution{{{3, 2, 1}, {6, 5, 4}}});
    EXPECT_DOUBLE_EQ(broken_pairs_distance(a, reversed, true), 0.0);
    // Arcs 1>2, 2>3, 3>0, 4>5, 5>6, 6>0, 0>1, 0>4 are all missing in the reversed direction: 8 / 6 clients.
    EXPECT_DOUBLE_EQ(broken_pairs_distance(a, reversed, false), 8.0 / 6.0);
    // One client moved: 3 leaves the first route for the end of the second.
    const Individual moved(symmetric, Solution{{{1, 2}, {4, 5, 6, 3}}});
    // a's edges missing in `moved`: 2-3 and 6-0; 0-1, 1-2, 3-0, 4-5, 5-6 and 0-4 remain.
    EXPECT_DOUBLE_EQ(broken_pairs_distance(a, moved, true), 2.0 / 6.0);
    // A route order change alone does not count.
    const Individual swapped(symmetric, Solution{{{4, 5, 6}, {1, 2, 3}}});
    EXPECT_DOUBLE_EQ(broken_pairs_distance(a, swapped, true), 0.0);
}

}  // namespace
}  // namespace routekit
