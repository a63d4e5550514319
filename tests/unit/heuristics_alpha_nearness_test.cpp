#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string>
#include <utility>

#include "heuristics/alpha_nearness.hpp"
#include "heuristics/sparse_alpha_nearness.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/random.hpp"

namespace routekit {
namespace {

Instance random_symmetric(int n, std::uint64_t seed) {
    Rng rng(seed);
    InstanceData data;
    data.kind = ProblemKind::tsp;
    data.num_nodes = n;
    data.distance.assign(static_cast<std::size_t>(n) * n, 0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const Cost c = 1 + static_cast<Cost>(uniform_below(rng, 1000));
            data.distance[static_cast<std::size_t>(i) * n + j] = c;
            data.distance[static_cast<std::size_t>(j) * n + i] = c;
        }
    return Instance(data);
}

// Reference: alpha(i, j) = c(i, j) - (heaviest edge on the i..j path of an MST), with the MST by a plain
// O(n^2) Prim and the path by depth-first search.
std::vector<Cost> brute_force_alpha(const Instance& instance) {
    const int n = instance.num_nodes();
    std::vector<int> parent(n, -1);
    std::vector<Cost> best(n, kUnlimited);
    std::vector<char> in_tree(n, 0);
    best[0] = 0;
    for (int step = 0; step < n; ++step) {
        int u = -1;
        for (int v = 0; v < n; ++v)
            if (!in_tree[v] && (u < 0 || best[v] < best[u])) u = v;
        in_tree[u] = 1;
        for (int v = 0; v < n; ++v)
            if (!in_tree[v] && instance.distance(u, v) < best[v])
                best[v] = instance.distance(u, v), parent[v] = u;
    }
    std::vector<std::vector<int>> adjacent(n);
    for (int v = 1; v < n; ++v) adjacent[v].push_back(parent[v]), adjacent[parent[v]].push_back(v);
    std::vector<Cost> alpha(static_cast<std::size_t>(n) * n, 0);
    for (int i = 0; i < n; ++i) {
        std::function<void(int, int, Cost)> walk = [&](int v, int from, Cost heaviest) {
            if (v != i) alpha[static_cast<std::size_t>(i) * n + v] = instance.distance(i, v) - heaviest;
            for (int w : adjacent[v])
                if (w != from) walk(w, v, std::max(heaviest, instance.distance(v, w)));
        };
        walk(i, -1, 0);
    }
    return alpha;
}

TEST(AlphaNearness, MatchesBruteForceOnRandomMatrices) {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const Instance instance = random_symmetric(12 + static_cast<int>(seed) * 7, seed);
        EXPECT_EQ(alpha_values(instance), brute_force_alpha(instance)) << "seed " << seed;
    }
}

TEST(AlphaNearness, TreeEdgesComeFirstAndCandidatesAreDistinct) {
    const Instance instance = random_symmetric(40, 9);
    const std::vector<Cost> alpha = alpha_values(instance);
    const auto candidates = alpha_nearness_candidates(instance, 5);
    ASSERT_EQ(candidates.size(), 40u);
    for (int i = 0; i < 40; ++i) {
        ASSERT_EQ(candidates[i].size(), 5u);
        for (std::size_t k = 0; k < 5; ++k) {
            EXPECT_NE(candidates[i][k], i);
            EXPECT_GE(alpha[static_cast<std::size_t>(i) * 40 + candidates[i][k]], 0);
            if (k > 0) {
                EXPECT_LE(alpha[static_cast<std::size_t>(i) * 40 + candidates[i][k - 1]],
                          alpha[static_cast<std::size_t>(i) * 40 + candidates[i][k]]);
            }
        }
    }
}

TEST(AlphaNearness, OptimalTourEdgesAreAlphaNear) {
    // berlin52: every edge of the optimal tour is among the 6 alpha-nearest candidates of one of its ends.
    const Instance instance = read_instance(ROUTEKIT_SOURCE_DIR "/instances/berlin52.tsp");
    const auto candidates = alpha_nearness_candidates(instance, 6);
    const Solution optimal = read_solution(ROUTEKIT_SOURCE_DIR "/instances/berlin52.opt.tour", instance);
    ASSERT_EQ(optimal.routes.size(), 1u);
    std::vector<int> tour{0};
    tour.insert(tour.end(), optimal.routes[0].begin(), optimal.routes[0].end());
    int covered = 0;
    for (std::size_t k = 0; k < tour.size(); ++k) {
        const int a = tour[k], b = tour[(k + 1) % tour.size()];
        const auto& ca = candidates[a];
        const auto& cb = candidates[b];
        if (std::find(ca.begin(), ca.end(), b) != ca.end() || std::find(cb.begin(), cb.end(), a) != cb.end())
            ++covered;
    }
    EXPECT_EQ(covered, static_cast<int>(tour.size()));
}

TEST(SparseAlphaNearness, EqualsBruteForceOnTheCompleteGraph) {
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        const int n = 10 + static_cast<int>(seed) * 9;
        const Instance instance = random_symmetric(n, seed);
        std::vector<std::vector<int>> complete(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                if (j != i) complete[static_cast<std::size_t>(i)].push_back(j);
        const auto alpha =
            sparse_alpha_values(n, complete, [&](int i, int j) { return instance.distance(i, j); });
        const std::vector<Cost> expected = brute_force_alpha(instance);
        for (int i = 0; i < n; ++i)
            for (std::size_t k = 0; k < complete[static_cast<std::size_t>(i)].size(); ++k)
                EXPECT_EQ(
                    alpha[static_cast<std::size_t>(i)][k],
                    expected[static_cast<std::size_t>(i) * n + complete[static_cast<std::size_t>(i)][k]])
                    << "seed " << seed << " edge " << i << "-" << complete[static_cast<std::size_t>(i)][k];
    }
}

TEST(SparseAlphaNearness, HandCheckedPathAndASeparateComponent) {
    // Nodes 0..3 on a line at x = 0, 1, 3, 6 (tree 0-1-2-3, edges 1, 2, 3) and node 4 at x = 100 joined to
    // nothing: alpha(0, 3) = 6 - 3, alpha(0, 2) = 3 - 2, alpha(1, 3) = 5 - 3, tree edges 0; node 4's only
    // listed edge (to 3) is in no tree path, so its alpha is its cost.
    const std::vector<int> x{0, 1, 3, 6, 100};
    const auto cost = [&](int i, int j) { return static_cast<Cost>(std::abs(x[i] - x[j])); };
    const std::vector<std::vector<int>> graph{{1, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 2}, {}};
    const auto alpha = sparse_alpha_values(5, graph, cost);
    EXPECT_EQ(alpha[0], (std::vector<Cost>{0, 1, 3}));
    EXPECT_EQ(alpha[1], (std::vector<Cost>{0, 0, 2}));
    EXPECT_EQ(alpha[3], (std::vector<Cost>{3, 2, 0}));
    const std::vector<std::vector<int>> with_far{{1, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 2}, {3}};
    // Listed by node 4 only, edge 3-4 still joins the graph and so the tree: node 3 ranks 2 (alpha 0, cost
    // 3), 4 (alpha 0, cost 94), 1 (alpha 2), 0 (alpha 3); the two alpha-nearest come out by cost.
    const auto candidates = sparse_alpha_candidates(5, with_far, cost, 2);
    EXPECT_EQ(candidates[3], (std::vector<int>{2, 4}));
    EXPECT_EQ(candidates[4], (std::vector<int>{3}));
    // Node 0: 1 (alpha 0), 2 (1), 3 (3): the two alpha-nearest are 1 and 2.
    EXPECT_EQ(candidates[0], (std::vector<int>{1, 2}));
}

TEST(SparseAlphaNearness, CandidatesAreTheAlphaNearestSortedByCost) {
    const int n = 40;
    const Instance instance = random_symmetric(n, 11);
    std::vector<std::vector<int>> complete(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (j != i) complete[static_cast<std::size_t>(i)].push_back(j);
    const auto cost = [&](int i, int j) { return instance.distance(i, j); };
    const auto candidates = sparse_alpha_candidates(n, complete, cost, 5);
    const auto dense = alpha_nearness_candidates(instance, 5);  // ties by cost then index, as the sparse one
    for (int i = 0; i < n; ++i) {
        std::vector<int> expected = dense[static_cast<std::size_t>(i)];
        std::sort(expected.begin(), expected.end(),
                  [&](int a, int b) { return std::pair(cost(i, a), a) < std::pair(cost(i, b), b); });
        EXPECT_EQ(candidates[static_cast<std::size_t>(i)], expected) << "node " << i;
    }
}

// The Held-Karp bound of a spanning tree: the tree's weight under cost + pi[i] + pi[j], less 2 sum pi (Prim).
Cost tree_bound(int n, const std::function<Cost(int, int)>& cost, const std::vector<Cost>& pi) {
    const auto penalised = [&](int i, int j) { return cost(i, j) + pi[i] + pi[j]; };
    std::vector<Cost> best(n, kUnlimited);
    std::vector<char> in_tree(n, 0);
    best[0] = 0;
    Cost total = 0;
    for (int step = 0; step < n; ++step) {
        int u = -1;
        for (int v = 0; v < n; ++v)
            if (!in_tree[v] && (u < 0 || best[v] < best[u])) u = v;
        in_tree[u] = 1;
        total += best[u];
        for (int v = 0; v < n; ++v)
            if (!in_tree[v]) best[v] = std::min(best[v], penalised(u, v));
    }
    for (int v = 0; v < n; ++v) total -= 2 * pi[v];
    return total;
}

TEST(SparseAlphaNearness, AscentRaisesTheTreeBoundAndStaysBelowTheOptimalTour) {
    // berlin52, optimal tour 7542: any penalties give a tree bound at most the tour's length (a tour less
    // one edge is a spanning tree, and its nodes all have degree 2), and the ascent must raise it.
    const Instance instance = read_instance(ROUTEKIT_SOURCE_DIR "/instances/berlin52.tsp");
    const int n = instance.num_nodes();
    std::vector<std::vector<int>> complete(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (j != i) complete[static_cast<std::size_t>(i)].push_back(j);
    const auto cost = [&](int i, int j) { return instance.distance(i, j); };
    const auto scaled = [&](int i, int j) { return instance.distance(i, j) * kAlphaPrecision; };
    const std::vector<Cost> pi = ascent_penalties(n, complete, cost, 100);
    const Cost plain = tree_bound(n, scaled, std::vector<Cost>(static_cast<std::size_t>(n), 0));
    const Cost raised = tree_bound(n, scaled, pi);
    EXPECT_GT(raised, plain);
    EXPECT_LE(raised, 7542 * kAlphaPrecision);
}

std::vector<std::vector<int>> complete_graph(int n) {
    std::vector<std::vector<int>> complete(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (j != i) complete[static_cast<std::size_t>(i)].push_back(j);
    return complete;
}

TEST(OneTree, IsTheSpecialNodesTwoCheapestEdgesAndASpanningTreeOfTheRest) {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const Instance instance = random_symmetric(30, seed);
        const int n = instance.num_nodes();
        const auto cost = [&](int i, int j) { return instance.distance(i, j); };
        const OneTree tree = minimum_one_tree(n, complete_graph(n), cost);
        ASSERT_GE(tree.special, 0);
        ASSERT_EQ(tree.edges.size(), static_cast<std::size_t>(n));
        EXPECT_EQ(tree.degree[static_cast<std::size_t>(tree.special)], 2);
        Cost sum = 0;
        for (const auto& [i, j] : tree.edges) sum += cost(i, j);
        EXPECT_EQ(sum, tree.cost);
        // Independently: Prim over the other nodes plus the special node's two cheapest edges.
        const int s = tree.special;
        std::vector<Cost> at_s;
        for (int v = 0; v < n; ++v)
            if (v != s) at_s.push_back(cost(s, v));
        std::sort(at_s.begin(), at_s.end());
        const auto without_s = [&](int i, int j) { return cost(i < s ? i : i + 1, j < s ? j : j + 1); };
        const Cost rest = tree_bound(n - 1, without_s, std::vector<Cost>(static_cast<std::size_t>(n - 1), 0));
        EXPECT_EQ(tree.cost, rest + at_s[0] + at_s[1]) << "seed " << seed;
    }
}

TEST(OneTreeAscent, BoundStaysBelowKnownOptimaAndConvergesNearThem) {
    // TSPLIB optima; Held and Karp's bound is within 1.7 % of them on these (kroA100's gap is the largest).
    const std::vector<std::pair<std::string, Cost>> known{{"eil51", 426}, {"st70", 675}, {"kroA100", 21282}};
    for (const auto& [name, optimum] : known) {
        const Instance instance = read_instance(ROUTEKIT_SHARED_DIR "/instances/tsplib/" + name + ".tsp");
        const int n = instance.num_nodes();
        const auto cost = [&](int i, int j) { return instance.distance(i, j); };
        const auto graph = complete_graph(n);
        const OneTreeAscent ascent = one_tree_ascent(n, graph, cost, 100000);
        EXPECT_LE(ascent.bound, optimum * kAlphaPrecision) << name;
        EXPECT_GE(ascent.bound, optimum * kAlphaPrecision * 98 / 100) << name;
        // The bound reported is the 1-tree's at the returned penalties.
        const OneTree tree = minimum_one_tree(n, graph, [&](int i, int j) {
            return cost(i, j) * kAlphaPrecision + ascent.pi[static_cast<std::size_t>(i)] +
                   ascent.pi[static_cast<std::size_t>(j)];
        });
        Cost bound = tree.cost;
        for (Cost p : ascent.pi) bound -= 2 * p;
        EXPECT_EQ(bound, ascent.bound) << name;
        EXPECT_EQ(tree.special, ascent.special) << name;
        // Far above the spanning-tree ascent's 50 steps.
        const OneTree plain = minimum_one_tree(n, graph, cost);
        EXPECT_GT(ascent.bound, plain.cost * kAlphaPrecision) << name;
    }
}

TEST(OneTreeAscent, AlphaIsZeroOnTheOneTreesEdgesAndTheAscentIsDeterministic) {
    const Instance instance = read_instance(ROUTEKIT_SOURCE_DIR "/instances/berlin52.tsp");
    const int n = instance.num_nodes();
    const auto cost = [&](int i, int j) { return instance.distance(i, j); };
    const auto graph = complete_graph(n);
    const OneTreeAscent ascent = one_tree_ascent(n, graph, cost, 300);
    const OneTreeAscent again = one_tree_ascent(n, graph, cost, 300);
    EXPECT_EQ(ascent.pi, again.pi);
    EXPECT_EQ(ascent.bound, again.bound);
    EXPECT_LE(ascent.steps, 300);
    const auto penalised = [&](int i, int j) {
        return cost(i, j) * kAlphaPrecision + ascent.pi[static_cast<std::size_t>(i)] +
               ascent.pi[static_cast<std::size_t>(j)];
    };
    const OneTree tree = minimum_one_tree(n, graph, penalised);
    ASSERT_EQ(tree.special, ascent.special);
    const auto alpha = sparse_alpha_values(n, graph, penalised, tree.special);
    std::vector<std::vector<char>> in_tree(static_cast<std::size_t>(n),
                                           std::vector<char>(static_cast<std::size_t>(n), 0));
    for (const auto& [i, j] : tree.edges)
        in_tree[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] =
            in_tree[static_cast<std::size_t>(j)][static_cast<std::size_t>(i)] = 1;
    for (int i = 0; i < n; ++i)
        for (std::size_t k = 0; k < graph[static_cast<std::size_t>(i)].size(); ++k) {
            const int j = graph[static_cast<std::size_t>(i)][k];
            const Cost a = alpha[static_cast<std::size_t>(i)][k];
            EXPECT_GE(a, 0);
            if (in_tree[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]) {
                EXPECT_EQ(a, 0) << i << "-" << j;
            }
        }
}

}  // namespace
}  // namespace routekit
