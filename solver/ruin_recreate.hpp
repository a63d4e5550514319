#pragma once
// Ruin and recreate as a cheap offspring (string removal after Christiaens and Vanden Berghe's SISR, 2020):
// strings of consecutive clients leave a few routes that lie close to a random client, and come back one
// by one where they raise the penalized cost least. Most routes of the child are its parent's, so its
// descent only looks where something changed: at n = 1,000 such a child costs a small fraction of a route
// exchange child, which is what a budget of a second needs.
#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

struct RuinParams {
    double average_removed = 10;  ///< c̄: clients removed on average
    int max_string = 10;          ///< L^max: the longest string taken from one route
    /// With optional clients: the clients the parent leaves out that are neighbours of a removed one
    /// compete for the freed places too (each goes in when its cheapest place costs less than its prize).
    bool unserved = true;
    /// When positive, c̄ and L^max are at least this share of the parent's average route length: on routes
    /// of 40-60 clients strings of 10 hardly reorder a route (0: the fixed sizes above).
    double route_share = 0;
};

/// The clients removed from `parent` (every one of its clients is either kept in place or listed), for the
/// neighbour lists `near` (closest first); deterministic for a given generator state. Nodes below
/// `num_depots` inside a route are reloads: they are never removed.
std::vector<int> ruin_strings(const Solution& parent, const NeighbourLists& near, const RuinParams& params,
                              Rng& rng, int num_depots = 1);

/// `parent` with the strings of ruin_strings removed and reinserted greedily (insert_greedily, restricted
/// to the routes of each client's neighbours, with blinks), in random, largest-demand-first or
/// farthest-from-the-depot order (weights 4 : 4 : 2, SISR's); with `params.unserved`, together with the
/// optional clients (in no group) that `parent` leaves out and that neighbour a removed one.
Solution ruin_and_recreate(const Instance& instance, const Solution& parent, const NeighbourLists& near,
                           const PenaltyWeights& weights, const RuinParams& params, Rng& rng);

}  // namespace routekit
