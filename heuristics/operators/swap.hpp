#pragma once
// Swap: exchanges a run of 1 or 2 clients with a run of 1 or 2 clients (1-1, 2-1, 1-2, 2-2), between two
// routes or within one.
#include "heuristics/operators/operator.hpp"

namespace routekit {

struct SwapMove {
    int route_a = 0;
    int first_a = 1;
    int length_a = 1;
    int route_b = 0;
    int first_b = 1;
    int length_b = 1;
};

class Swap : public MoveOperator<Swap, SwapMove> {
  public:
    explicit Swap(SearchState& state) : MoveOperator(state, "swap") {}
    /// Valid when both runs lie within their routes' clients and, in one route, do not overlap.
    bool valid(const SwapMove& move) const {
        auto inside = [&](int route, int first, int length) {
            return length >= 1 && first >= 1 && first + length - 1 <= state_.route(route).num_clients();
        };
        if (!inside(move.route_a, move.first_a, move.length_a) ||
            !inside(move.route_b, move.first_b, move.length_b))
            return false;
        if (move.route_a != move.route_b) return true;
        return move.first_a + move.length_a <= move.first_b || move.first_b + move.length_b <= move.first_a;
    }
    /// O(1) lower bound of evaluate(move) for a valid move (see move_bound). Each run keeps its direction,
    /// so only the edges around the runs change. Always inlined: the compiler stopped inlining it into
    /// the local search's loop when Instance::distance gained its on-demand branch (+13 % instructions).
    [[gnu::always_inline]] Cost lower_bound(const SwapMove& move) const {
        if (!state_.bounds_usable()) return kNoBound;
        const Instance& instance = state_.instance();
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        const int last_a = move.first_a + move.length_a - 1;
        const int last_b = move.first_b + move.length_b - 1;
        const int a_front = a.node(move.first_a), a_back = a.node(last_a);
        const int b_front = b.node(move.first_b), b_back = b.node(last_b);
        const int a_before = a.node(move.first_a - 1), a_after = a.node(last_a + 1);
        const int b_before = b.node(move.first_b - 1), b_after = b.node(last_b + 1);
        // The runs' own edges, and (below) the edges a move removes, are read from the routes' cumulative
        // distances (RouteData::distance_between); only the new edges load from the matrix.
        const Cost inside_a = a.distance_between(move.first_a, last_a);
        const Cost inside_b = b.distance_between(move.first_b, last_b);
        if (move.route_a == move.route_b && (last_a + 1 == move.first_b || last_b + 1 == move.first_a)) {
            // Adjacent runs: early, late -> late, early, three edges change.
            const bool a_early = last_a + 1 == move.first_b;
            const int before = a_early ? a_before : b_before, after = a_early ? b_after : a_after;
            const int early_front = a_early ? a_front : b_front, early_back = a_early ? a_back : b_back;
            const int late_front = a_early ? b_front : a_front, late_back = a_early ? b_back : a_back;
            const Cost span = a_early ? a.distance_between(move.first_a - 1, last_b + 1)
                                      : a.distance_between(move.first_b - 1, last_a + 1);
            const Cost change = instance.distance(before, late_front) +
                                instance.distance(late_back, early_front) + instance.distance(early_back, after) -
                                (span - inside_a - inside_b);
            return move_bound(state_, change, a);
        }
        // Route a: the edges around its run change and b's run (its own edges) replaces a's; route b alike.
        const Cost change_a = instance.distance(a_before, b_front) + instance.distance(b_back, a_after) -
                              a.distance_between(move.first_a - 1, last_a + 1) + inside_b;
        const Cost change_b = instance.distance(b_before, a_front) + instance.distance(a_back, b_after) -
                              b.distance_between(move.first_b - 1, last_b + 1) + inside_a;
        if (move.route_a == move.route_b) return move_bound(state_, change_a + change_b, a);
        const Cost load_a = a.load_between(move.first_a, last_a);
        const Cost load_b = b.load_between(move.first_b, last_b);
        return move_bound(state_, {a, change_a, a.load() - load_a + load_b, true},
                          {b, change_b, b.load() - load_b + load_a, true});
    }

    MoveProposals proposals(const SwapMove& move) const;
};

}  // namespace routekit
