#pragma once
// Alpha-nearness candidate lists (Helsgaun, LKH): an edge (i, j) is "alpha-near" when adding it to a minimum
// spanning tree costs little: alpha(i, j) = c(i, j) - beta(i, j), where beta is the heaviest edge on the tree
// path from i to j. Optimal tours use alpha-near edges far more often than merely short ones, so a few
// alpha-nearest candidates per node replace many nearest neighbours.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

/// The alpha value of every pair under the symmetric cost min(d_ij, d_ji) (asymmetric matrices are
/// symmetrized so that the tree is well defined); row-major n*n, 0 on tree edges and the diagonal.
std::vector<Cost> alpha_values(const Instance& instance);

/// For every node (the depot included) its `count` alpha-nearest other nodes, ties broken by cost then index.
std::vector<std::vector<int>> alpha_nearness_candidates(const Instance& instance, int count);

}  // namespace routekit
