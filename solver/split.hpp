#pragma once
// Split: the optimal division of a giant tour (every client once, in order) into routes that keep that
// order, under the penalized cost (distance + weighted excess load, time warp and excess duration).
#include <optional>
#include <span>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

struct SplitOptions {
    /// Routes whose load exceeds this multiple of the capacity are not considered (they would not survive
    /// the local search); 0: every route is, which makes Split exact at O(n²) without time windows' help.
    /// Ignored by the linear-time algorithm (no time windows, no duration limit), which is exact anyway.
    double max_load_factor = 1.5;
};

/// Splits `tour` into the fewest-cost routes with as many vehicles as needed: Vidal's linear-time algorithm
/// when the instance has neither time windows nor a duration limit, a Bellman pass otherwise.
Solution split_unlimited(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                         const SplitOptions& options = {});

/// The same with at most `max_routes` routes (O(max_routes · n) without time windows or duration limit).
/// Always finds a solution when max_routes >= 1.
Solution split_limited(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                       int max_routes, const SplitOptions& options = {});

/// At most `max_routes` routes with time windows or a duration limit, by Lagrangian relaxation of the
/// fleet bound: a price per route, raised geometrically until the unlimited split fits the fleet, then
/// bisected downwards, keeping the cheapest fitting cut. Each step is one unlimited pass, O(n · route
/// length), where split_limited costs max_routes of them: for fleets of hundreds (VRPTW's VEHICLES caps)
/// this is what keeps splitting random tours cheap. Not exact over all cuts, but a cut found at some price
/// with r routes is optimal among all cuts of exactly r routes. Empty when no price fits the fleet.
std::optional<Solution> lagrangian_split(const Instance& instance, std::span<const int> tour,
                                         const PenaltyWeights& weights, int max_routes,
                                         const SplitOptions& options = {});

/// What the genetic search uses: one route for TSP and ATSP, the unlimited split otherwise, and, when that
/// uses more vehicles than the fleet has, the fleet-limited split (lagrangian_split for large fleets with
/// time windows or a duration limit).
/// With several vehicle types the routes are cut for the largest vehicle, then given types by load
/// (assign_vehicle_types): the result is positional (model/vehicle_assignment.hpp).
Solution split_tour(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                    const SplitOptions& options = {});

}  // namespace routekit
