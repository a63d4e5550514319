#pragma once
// The greedy (shortest-edge-first) start tour of the symmetric TSP engine, in near O(n k log(n k)) from
// candidate lists instead of the O(n^2) nearest-neighbour tour: a better start for 2-opt and Lin-Kernighan
// (Johnson and McGeoch) that also costs nothing at 20,000 nodes.
#include <functional>
#include <vector>

#include "routekit/model/units.hpp"

namespace routekit {

/// Adds candidate edges {i, lists[i*k + r]} shortest first (ties by the node pair) whenever both ends have
/// degree below two and lie on different paths, then joins the paths: from the end of the current one to
/// the nearest free end of another, looked up in the end's list first and among all free ends otherwise.
/// `distance` must be symmetric. Returns the n nodes in tour order; deterministic.
std::vector<int> greedy_tour(int n, int k, const std::vector<int>& lists,
                             const std::function<Cost(int, int)>& distance);

}  // namespace routekit
