// Granular lists chosen by the learned edge prior (genetic.neighbour_prior): the re-ranking follows
// ln(1 + rank) - weight * score exactly, a hand-built prior on a tiny instance gives a hand-checked order, a
// vanishing weight gives the distance lists and the default search byte for byte, and the shipped weights
// give checker-feasible, reproducible solutions. The features' successor lists come from the grid where the
// instance is Euclidean, equal to those of the savings candidates, and give the candidates' logits.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "heuristics/edge_prior.hpp"
#include "heuristics/granular_neighbours.hpp"
#include "heuristics/prior_neighbours.hpp"
#include "heuristics/savings.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "solver_params_support.hpp"

namespace routekit {
namespace {

TEST(PriorNeighbours, RerankFollowsRankAndScore) {
    const NeighbourLists pool{{}, {2, 3, 4, 5}};
    const std::vector<std::vector<double>> scores{{}, {0, 1, 3, -1}};
    // keys: 5 -> ln 4 + 1 = 2.39, 2 -> 0, 3 -> ln 2 - 1 = -0.31, 4 -> ln 3 - 3 = -1.90
    EXPECT_EQ(rerank_neighbours(pool, scores, 3, 1.0), (NeighbourLists{{}, {4, 3, 2}}));
    EXPECT_EQ(rerank_neighbours(pool, scores, 9, 1.0), (NeighbourLists{{}, {4, 3, 2, 5}}));
    // A weak weight: 3 (ln 2 - 0.1 = 0.59) still after 2 (0), 4 (ln 3 - 0.3 = 0.80) after 3.
    EXPECT_EQ(rerank_neighbours(pool, scores, 4, 0.1), (NeighbourLists{{}, {2, 3, 4, 5}}));
    EXPECT_EQ(rerank_neighbours(pool, scores, 2, 0.0), (NeighbourLists{{}, {2, 3}}));
}

// Depot at 0 and five clients on a line 10 apart; client 3 nearly fills a vehicle.
Instance line_instance() {
    InstanceData data;
    data.num_nodes = 6;
    data.distance_function = DistanceFunction::euc_2d;
    data.coordinates = {{0, 0}, {10, 0}, {20, 0}, {30, 0}, {40, 0}, {50, 0}};
    data.demand = {0, 1, 1, 9, 1, 1};
    data.capacity = 10;
    return Instance(data);
}

// A prior that only reads the pair's demand share: logit = -2 (q_i + q_j) / Q.
prior::EdgePriorModel demand_prior() {
    prior::EdgePriorModel model = prior::EdgePriorModel::initial(3, 1);
    const int h = model.hidden(), f = prior::kEdgeFeatureCount;
    model.parameters()[static_cast<std::size_t>(h * f + 2 * h + 1 + 11)] = -2.0;
    return model;
}

TEST(PriorNeighbours, HandBuiltPriorOnATinyInstance) {
    const Instance instance = line_instance();
    ASSERT_EQ(prior::edge_feature_names()[11], "demand_pair");  // the skip weight demand_prior sets
    const prior::EdgePriorModel model = demand_prior();
    EXPECT_EQ(granular_neighbours(instance, 3)[1], (std::vector<int>{2, 3, 4}));
    // Client 1, pool 2, 3, 4, 5 (10, 20, 30, 40 away); adjacency -2 (0.1 + q_j): -0.4, -2, -0.4, -0.4.
    // Keys ln(1 + rank) - adjacency: 2 -> 0.4, 3 -> ln 2 + 2 = 2.69, 4 -> ln 3 + 0.4 = 1.50, 5 -> ln 4 + 0.4
    // = 1.79: the heavy client 3 drops to the end.
    const NeighbourLists lists = prior_neighbours(instance, 3, 4, 1.0, model);
    EXPECT_EQ(lists[1], (std::vector<int>{2, 4, 5}));
    // Client 3: pool 2, 4 (10 away, by index), 1, 5 (20); every adjacency is -2: the distance order stays.
    EXPECT_EQ(lists[3], (std::vector<int>{2, 4, 1}));
    EXPECT_TRUE(lists[0].empty());
}

TEST(PriorNeighbours, VanishingWeightIsTheDistanceListsAndTheSameSearch) {
    const Instance instance = generate_instance({GeneratorKind::x, 120, false, 11});
    const prior::EdgePriorModel shipped = prior::load_edge_prior("");
    const NeighbourLists pool = granular_neighbours(instance, 40);
    // Weight 0 keeps the pool's order; the cut is the Γ nearest.
    EXPECT_EQ(rerank_neighbours(pool, adjacency_logits(instance, pool, shipped), 20, 0.0),
              granular_neighbours(instance, 20));
    // A weight too small to move any member (ranks differ by ln(41/40) at least) runs the prior's whole
    // path and still gives the default's search byte for byte.
    SolverParams plain = testing::quick(60, 4);
    SolverParams vanishing = plain;
    vanishing.genetic.neighbour_prior = 1e-12;
    const Result a = solve(instance, plain), b = solve(instance, vanishing);
    EXPECT_EQ(a.solution, b.solution);
    EXPECT_EQ(a.cost, b.cost);
    EXPECT_EQ(a.iterations, b.iterations);
}

TEST(PriorNeighbours, ShippedWeightsGiveFeasibleReproducibleSearches) {
    for (std::uint64_t seed : {5, 6}) {
        const Instance instance = generate_instance({GeneratorKind::x, 100, false, seed});
        // The prior does change the lists.
        EXPECT_NE(prior_neighbours(instance, 12, 40, 1.0, std::string()), granular_neighbours(instance, 12));
        SolverParams params = testing::quick(80, 3);
        params.genetic.neighbour_prior = 1.0;
        params.genetic.granularity = 12;
        const Result first = solve(instance, params), second = solve(instance, params);
        EXPECT_TRUE(first.feasible);
        EXPECT_TRUE(check_solution(instance, first.solution).feasible);
        EXPECT_EQ(first.solution, second.solution);
        EXPECT_EQ(first.cost, second.cost);
    }
}

TEST(PriorNeighbours, SuccessorListsAreThoseOfTheSavingsCandidates) {
    // Euclidean (the grid) and an asymmetric explicit matrix (the scan); 150 clients: more than the 80
    // candidates each, so the lists are a true selection.
    for (const GeneratorKind kind : {GeneratorKind::x, GeneratorKind::road}) {
        const Instance instance = generate_instance({kind, 150, false, 7});
        const std::vector<Saving> candidates = savings_candidates(instance);
        const std::vector<std::vector<int>> lists = savings_successors(instance);
        ASSERT_EQ(lists, successors_nearest_first(instance, candidates)) << to_string(kind);
        ASSERT_EQ(lists[1].size(), 80u);
        // The features' ranks: j's position in i's list, the list's length (scaled to 1) when absent.
        const prior::EdgeFeatureContext context(instance, lists);
        std::vector<double> features(prior::kEdgeFeatureCount);
        for (int i : {1, 77, 150}) {
            const std::vector<int>& list = lists[static_cast<std::size_t>(i)];
            const double log_length = std::log1p(static_cast<double>(list.size()));
            for (std::size_t rank : {std::size_t{0}, std::size_t{1}, std::size_t{41}, list.size() - 1}) {
                context.features(i, list[rank], features);
                EXPECT_DOUBLE_EQ(features[0], std::log1p(static_cast<double>(rank)) / log_length);
            }
            for (int j = 1; j <= 150; ++j) {
                if (j == i || std::find(list.begin(), list.end(), j) != list.end()) continue;
                context.features(i, j, features);
                EXPECT_DOUBLE_EQ(features[0], 1.0);
                break;
            }
        }
        // Both ways of building the context give the same logits, both arcs of every pair in the pool.
        const prior::EdgePriorModel shipped = prior::load_edge_prior("");
        const NeighbourLists pool = granular_neighbours(instance, 40);
        std::vector<Saving> arcs;
        for (std::size_t i = 1; i < pool.size(); ++i)
            for (int j : pool[i]) {
                arcs.push_back(Saving{0, 0, static_cast<int>(i), j});
                arcs.push_back(Saving{0, 0, j, static_cast<int>(i)});
            }
        EXPECT_EQ(prior::edge_logits(context, arcs, shipped),
                  prior::edge_logits(prior::EdgeFeatureContext(instance, candidates), arcs, shipped));
    }
}

TEST(PriorNeighbours, PoolTakenFromTheSuccessorsIsTheDistancePool) {
    // Symmetric X (the pool from the successor lists), asymmetric road (granular_neighbours), and a pool
    // longer than the 80 successors: each the re-ranking of granular_neighbours' pool.
    const prior::EdgePriorModel shipped = prior::load_edge_prior("");
    for (const auto& [kind, pool] : {std::pair{GeneratorKind::x, 40}, std::pair{GeneratorKind::road, 40},
                                     std::pair{GeneratorKind::x, 90}}) {
        const Instance instance = generate_instance({kind, 150, false, 3});
        const NeighbourLists nearest = granular_neighbours(instance, pool);
        EXPECT_EQ(prior_neighbours(instance, 20, pool, 1.0, shipped),
                  rerank_neighbours(nearest, adjacency_logits(instance, nearest, shipped), 20, 1.0))
            << to_string(kind) << " pool " << pool;
    }
}

TEST(PriorNeighbours, InstancesThePriorDoesNotKnowKeepTheDistanceLists) {
    const Instance windows =
        read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/C102.txt");  // Solomon time windows
    ASSERT_FALSE(prior_neighbours_apply(windows));
    EXPECT_EQ(prior_neighbours(windows, 10, 30, 2.0, std::string()), granular_neighbours(windows, 10));
}

}  // namespace
}  // namespace routekit
