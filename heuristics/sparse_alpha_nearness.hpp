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
std::vector<std::vector<Cost>> sparse_alpha_values(int n, const std::vector<std::vector<int>>& graph,
                                                   const std::function<Cost(int, int)>& cost);

/// For each node its `count` alpha-nearest nodes among graph[i] (ties by cost, then index), returned
/// sorted by cost then index so that searches may stop at the first candidate too far away.
std::vector<std::vector<int>> sparse_alpha_candidates(int n, const std::vector<std::vector<int>>& graph,
                                                      const std::function<Cost(int, int)>& cost, int count);

/// Held-Karp penalties (Helsgaun's subgradient ascent, simplified): pi such that the minimum spanning tree
/// under cost(i, j) * kAlphaPrecision + pi[i] + pi[j] has node degrees closer to 2, which makes alpha
/// values on clustered instances far better guides. `iterations` spanning trees; graph as above.
inline constexpr Cost kAlphaPrecision = 100;
std::vector<Cost> ascent_penalties(int n, const std::vector<std::vector<int>>& graph,
                                   const std::function<Cost(int, int)>& cost, int iterations);

}  // namespace routekit
