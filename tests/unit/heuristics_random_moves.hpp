#pragma once
// Random moves for the operator tests, valid or not (the tests skip the invalid ones).
#include "heuristics/operators/operator.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "routekit/model/random.hpp"

namespace routekit::testing {

/// Uniform in [0, bound); 0 when bound <= 0.
inline int uniform_index(Rng& rng, int bound) {
    return bound <= 0 ? 0 : static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(bound)));
}

/// Uniform in [low, high]; low when high < low.
inline int uniform_between(Rng& rng, int low, int high) {
    return low + uniform_index(rng, high - low + 1);
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

inline int random_route(const SearchState& state, Rng& rng) {
    return uniform_between(rng, 0, state.num_routes() - 1);
}

inline int random_client_position(const SearchState& state, int route, Rng& rng) {
    return uniform_between(rng, 1, std::max(1, state.route(route).num_clients()));
}

/// Up to three clients from a random route (reversed or not) after a random position of a random route, or
/// of the same route with `same_route` (Relocate, OrOpt).
inline SegmentMove random_segment_move(const SearchState& s, Rng& rng, bool same_route) {
    SegmentMove m;
    m.from_route = random_route(s, rng);
    m.first = random_client_position(s, m.from_route, rng);
    m.length = uniform_between(rng, 1, 3);
    m.reversed = uniform_between(rng, 0, 1) == 1;
    m.to_route = same_route ? m.from_route : random_route(s, rng);
    m.after = uniform_between(rng, 0, s.route(m.to_route).last() - 1);
    return m;
}

/// One or two clients of a route for one or two of another (a quarter of the time the same) route.
inline SwapMove random_swap(const SearchState& s, Rng& rng) {
    SwapMove m;
    m.route_a = random_route(s, rng);
    m.route_b = uniform_between(rng, 0, 3) == 0 ? m.route_a : random_route(s, rng);
    m.first_a = random_client_position(s, m.route_a, rng);
    m.first_b = random_client_position(s, m.route_b, rng);
    m.length_a = uniform_between(rng, 1, 2);
    m.length_b = uniform_between(rng, 1, 2);
    return m;
}

inline TwoOptMove random_two_opt(const SearchState& s, Rng& rng) {
    TwoOptMove m;
    m.route = random_route(s, rng);
    m.first = random_client_position(s, m.route, rng);
    m.last = random_client_position(s, m.route, rng);
    return m;
}

inline TwoOptStarMove random_two_opt_star(const SearchState& s, Rng& rng) {
    TwoOptStarMove m;
    m.route_a = random_route(s, rng);
    m.route_b = random_route(s, rng);
    m.pos_a = uniform_between(rng, 0, s.route(m.route_a).last() - 1);
    m.pos_b = uniform_between(rng, 0, s.route(m.route_b).last() - 1);
    m.reversed = uniform_between(rng, 0, 1) == 1;
    return m;
}

}  // namespace routekit::testing
