#pragma once
// Granular neighbour lists chosen by the learned edge prior (issue 11; the idea of NeuroLKH, Xin et al. 2021:
// learned candidate sets steer a local search better than distance ranks). The lists are what the local
// search tries, what ruin and recreate ruins around and recreates next to, so a better set steers the whole
// search, not only its start. Only the ORDER and CHOICE of the members changes here: the pool comes from
// granular_neighbours (distance, Vidal's proximity, client groups), so whatever that function stores beside
// the lists stays as it is.
#include <vector>

#include <string>

#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/instance.hpp"

namespace routekit {

namespace prior {
class EdgePriorModel;  // heuristics/edge_prior.hpp: not included, so that the solver needs no Eigen
}

/// Each list of `pool` (nearest first) re-ranked by  ln(1 + rank) - weight * scores[i][rank]  (rank: the
/// position in the pool list, 0-based; ties by that position) and cut to `granularity`. `scores` has the
/// shape of `pool`. Weight 0 keeps the pool's order: the first `granularity` of each list.
NeighbourLists rerank_neighbours(const NeighbourLists& pool, const std::vector<std::vector<double>>& scores,
                                 int granularity, double weight);

/// Whether the prior knows the instance's kind: one depot, no time windows (it was trained on CVRP).
bool prior_neighbours_apply(const Instance& instance);

/// The prior's log-odds that clients i and j are adjacent in a good solution, for each i and each j in
/// pool[i] (same shape as pool): on symmetric instances the mean of the two arcs' logits, otherwise the
/// log-odds that either arc is used (taken as independent). Features from the savings candidates' context
/// (savings_successors).
std::vector<std::vector<double>> adjacency_logits(const Instance& instance, const NeighbourLists& pool,
                                                  const prior::EdgePriorModel& model);

/// The granular lists of `instance` chosen with the prior: its `pool` nearest (granular_neighbours, taken
/// from the features' savings successor lists where those are the same) re-ranked with adjacency_logits and
/// `weight`, cut to `granularity`. Where the prior does not apply (prior_neighbours_apply) or weight is 0:
/// granular_neighbours(instance, granularity) itself.
NeighbourLists prior_neighbours(const Instance& instance, int granularity, int pool, double weight,
                                const prior::EdgePriorModel& model);

/// The same with the weights in `prior_file` (empty: the shipped edge prior), loaded only where used.
NeighbourLists prior_neighbours(const Instance& instance, int granularity, int pool, double weight,
                                const std::string& prior_file);

}  // namespace routekit
