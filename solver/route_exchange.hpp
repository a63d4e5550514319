#pragma once
// Selective route exchange crossover (SREX; Nagata and Kobayashi 2010, as PyVRP uses it): whole routes of
// one parent replace a matching set of routes of the other, and the clients this leaves out are inserted
// greedily. Unlike ordered crossover + Split it keeps routes intact, which is what time-window instances
// need: a route's feasibility rarely survives being cut and re-split.
#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"
#include "solver/individual.hpp"

namespace routekit {

/// A window of `count` consecutive routes (cyclically) of `first` starting at `first_start` replaces one of
/// `second`'s starting at `second_start`, after both starts are shifted route by route while that shrinks the
/// symmetric difference of the two windows' client sets. Of the two children (clients in both windows kept
/// in the incoming routes, or kept where they were), the one with the lower penalized cost under `weights`
/// is returned; every client is in it exactly once.
Solution selective_route_exchange(const Instance& instance, const Individual& first, const Individual& second,
                                  const PenaltyWeights& weights, int first_start, int second_start,
                                  int count);

/// The same with the window drawn from `rng` (PyVRP's choice: a random start in `first`, the same index in
/// `second` when it has that many routes, a random count between 1 and the smaller route count).
Solution selective_route_exchange(const Instance& instance, const Individual& first, const Individual& second,
                                  const PenaltyWeights& weights, Rng& rng);

/// For each route of `child`, whether it is a route of `parent` unchanged (same clients, same order).
std::vector<char> routes_kept_from(const Solution& child, const Solution& parent, int num_nodes);

}  // namespace routekit
