#pragma once
// Clarke-Wright savings, split into the part every construction on an instance shares (the candidate savings,
// O(n^2) to find) and the merging itself (O(n k log(n k)) with k candidates per client), so that a population
// of randomized savings solutions pays the quadratic part once.
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// A directed saving s_ij = d_i0 + d_0j - d_ij: route A ending at `from` followed by route B starting at
/// `to`.
struct Saving {
    Cost sort_key;  ///< what the merge order sorts by: the value, or a randomized form of it
    Cost value;
    int from;
    int to;
};

/// The savings with each client's nearest successors (80 per client), in no particular order.
std::vector<Saving> savings_candidates(const Instance& instance);

/// Each client's successors among `candidates` (index 0, the depot, stays empty), nearest first by distance,
/// ties by index.
std::vector<std::vector<int>> successors_nearest_first(const Instance& instance,
                                                       const std::vector<Saving>& candidates);

/// successors_nearest_first of savings_candidates(instance), found on the spatial grid where the instance is
/// Euclidean (the same lists: the nearest by distance, ties by index), so that what needs only the lists (the
/// edge prior's features) skips the O(n^2) scan.
std::vector<std::vector<int>> savings_successors(const Instance& instance);

/// Savings merged from `candidates` (from savings_candidates of the same instance) in the order of their
/// sort keys (the values, or what a learned prior made of them: heuristics/edge_prior.hpp); `rng` randomizes
/// the merge order (each key scaled by a factor in [0.9, 1.1]), null keeps it greedy.
Solution savings(const Instance& instance, const std::vector<Saving>& candidates, Rng* rng);

}  // namespace routekit
