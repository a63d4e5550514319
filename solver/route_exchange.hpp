#pragma once
// Selective route exchange crossover (SREX; Nagata and Kobayashi 2010, as PyVRP uses it): whole routes of
// one parent replace a matching set of routes of the other, and the clients this leaves out are inserted
// greedily. Unlike ordered crossover + Split it keeps routes intact, which is what time-window instances
// need: a route's feasibility rarely survives being cut and re-split.
#include "routekit/heuristics/local_search.hpp"
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
/// is returned; every client is in it exactly once. Routes are consecutive in their solutions' order, or
/// with `tour_order` in their giant tours' (Individual::route_order: by angle around the depot, so that a
/// window is a region; with several vehicle types the solutions' order is by vehicle, a window of routes
/// scattered over the map).
Solution selective_route_exchange(const Instance& instance, const Individual& first, const Individual& second,
                                  const PenaltyWeights& weights, int first_start, int second_start, int count,
                                  bool tour_order = false);

/// The same with the window drawn from `rng` (PyVRP's choice: a random start in `first`, the same index in
/// `second` when it has that many routes, a random count between 1 and the smaller route count).
Solution selective_route_exchange(const Instance& instance, const Individual& first, const Individual& second,
                                  const PenaltyWeights& weights, Rng& rng, bool tour_order = false);

/// Routes with the vehicle type of each.
struct TypedRoutes {
    std::vector<Route> routes;
    std::vector<int> types;
};

/// A solution's non-empty routes with their vehicle types (read off their positions with several types).
TypedRoutes typed_routes(const Instance& instance, const Solution& solution);
/// Route k of `solution` appended to `routes` with its vehicle type.
void add_typed_route(const Instance& instance, const Solution& solution, int k, TypedRoutes& routes);
/// An individual's non-empty routes with their vehicle types, in its route_order.
TypedRoutes routes_in_tour_order(const Instance& instance, const Individual& individual);

struct GreedyInsertion {
    Solution solution;
    Cost penalized = 0;  ///< its penalized cost under the weights it was built with
};

/// Share of insertion positions skipped at random when insert_greedily is given a generator (SISR's blinks:
/// a little noise that keeps recreated children apart).
inline constexpr double kBlinkRate = 0.01;

/// Inserts each client of `missing`, in that order, where it raises the penalized cost least (an empty route
/// too while the fleet has one: one per vehicle type with a vehicle left). With `near`, only the routes that
/// hold one of the client's neighbours (and new routes) are tried, unless none is; with `blink`, each
/// position is skipped with probability kBlinkRate. Routes keep their types; with several types the result
/// is positional, routes on surplus vehicles of a type moved to others (assign_vehicle_types). An optional
/// client whose cheapest place costs more than its prize stays out; `penalized` includes the prizes of all
/// the clients the result leaves out.
GreedyInsertion insert_greedily(const Instance& instance, const TypedRoutes& routes,
                                const std::vector<int>& missing, const PenaltyWeights& weights,
                                const NeighbourLists* near = nullptr, Rng* blink = nullptr);

/// For each route of `child`, whether it is a route of `parent` unchanged (same clients, same order).
std::vector<char> routes_kept_from(const Solution& child, const Solution& parent, int num_nodes);

}  // namespace routekit
