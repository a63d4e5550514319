#pragma once
// Random SWAP* moves for the operator tests, valid or not (the tests skip the invalid ones).
#include "heuristics/operators/swap_star.hpp"
#include "routekit/model/random.hpp"

namespace routekit::testing {

/// Uniform in [low, high]; low when high < low.
inline int uniform_between(Rng& rng, int low, int high) {
    return high < low
               ? low
               : low + static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(high - low + 1)));
}

/// Client u of a random route and v of another (or the same) one, each put at a random place of the other.
inline SwapStarMove random_swap_star(const SearchState& state, Rng& rng) {
    SwapStarMove m;
    m.route_a = uniform_between(rng, 0, state.num_routes() - 1);
    m.route_b = uniform_between(rng, 0, state.num_routes() - 1);
    m.pos_u = uniform_between(rng, 1, state.route(m.route_a).num_clients());
    m.pos_v = uniform_between(rng, 1, state.route(m.route_b).num_clients());
    m.u_after = uniform_between(rng, 0, state.route(m.route_b).last() - 1);
    m.v_after = uniform_between(rng, 0, state.route(m.route_a).last() - 1);
    return m;
}

}  // namespace routekit::testing
