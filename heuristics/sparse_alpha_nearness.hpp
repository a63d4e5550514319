#pragma once
// Alpha-nearness (heuristics/alpha_nearness.hpp) on a sparse graph, for instances too large for the dense
// version: the minimum spanning tree is taken over the given candidate edges only (k nearest plus quadrant
// neighbours contain it on Euclidean instances in practice), and alpha is computed only for those edges,
// from the heaviest edge on the tree path found by binary lifting: O(m log n) for m edges instead of O(n^2).
#include <functional>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

/// For each node i, the alpha value of each node j in graph[i] (same order) under the symmetric cost
/// `cost`: cost(i, j) minus the heaviest edge on the path i..j of a minimum spanning forest of the graph
/// (made symmetric). Where i and j lie in different trees, there is no such path and alpha is cost(i, j).
/// With `special` >= 0 (the special node of a 1-tree, one_tree_ascent), the alpha of an edge at that node is
/// its cost less the node's second-cheapest edge's, at least 0, as in Helsgaun's 1-tree alpha.
std::vector<std::vector<Cost>> sparse_alpha_values(int n, const std::vector<std::vector<int>>& graph,
                                                   const std::function<Cost(int, int)>& cost,
                                                   int special = -1);

/// For each node its `count` alpha-nearest nodes among graph[i] (ties by cost, then index), returned
/// sorted by cost then index so that searches may stop at the first candidate too far away.
std::vector<std::vector<int>> sparse_alpha_candidates(int n, const std::vector<std::vector<int>>& graph,
                                                      const std::function<Cost(int, int)>& cost, int count,
                                                      int special = -1);

/// Held-Karp penalties (Helsgaun's subgradient ascent, simplified): pi such that the minimum spanning tree
/// under cost(i, j) * kAlphaPrecision + pi[i] + pi[j] has node degrees closer to 2, which makes alpha
/// values on clustered instances far better guides. `iterations` spanning trees; graph as above.
inline constexpr Cost kAlphaPrecision = 100;
std::vector<Cost> ascent_penalties(int n, const std::vector<std::vector<int>>& graph,
                                   const std::function<Cost(int, int)>& cost, int iterations);

/// A minimum 1-tree of the graph (made symmetric) in LKH's form: a minimum spanning tree, plus at the leaf
/// whose cheapest edge outside the tree is dearest (the special node) that edge. The special node's two
/// edges are then its two cheapest, and the rest is a minimum spanning tree of the other nodes.
struct OneTree {
    Cost cost = 0;                           ///< the sum of its edges' costs
    int special = -1;                        ///< -1: no leaf has an edge outside the tree (a forest then)
    std::vector<std::pair<int, int>> edges;  ///< (i, j), i < j
    std::vector<int> degree;
};
OneTree minimum_one_tree(int n, const std::vector<std::vector<int>>& graph,
                         const std::function<Cost(int, int)>& cost);

/// The outcome of one_tree_ascent: the penalties of the best 1-tree found, its special node and its bound
/// (1-tree cost under cost * kAlphaPrecision + pi[i] + pi[j], less twice the penalties, in those units).
struct OneTreeAscent {
    std::vector<Cost> pi;
    int special = -1;
    Cost bound = 0;
    int steps = 0;  ///< 1-trees computed after the first
};

/// Helsgaun's ascent (LKH, 2000, section 4.1) on minimum 1-trees of the sparse graph: pi moves by
/// t (0.7 v + 0.3 v_prev) with v the degree deviations; t doubles in the first period while the bound
/// improves, a period that ends with an improvement doubles, and each period halves t and the next
/// period. Stops when t, the period or the deviations reach 0, or after `max_steps` 1-trees, whichever
/// comes first; the first period is min(max(n / 2, 100), max(max_steps / 4, 10)) so that a capped ascent
/// still reaches its small steps.
OneTreeAscent one_tree_ascent(int n, const std::vector<std::vector<int>>& graph,
                              const std::function<Cost(int, int)>& cost, int max_steps);

}  // namespace routekit
