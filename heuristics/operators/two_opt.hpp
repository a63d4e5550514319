#pragma once
// Intra-route 2-opt: reverses the clients at positions first..last of a route. The reversed part is priced
// from backward prefix distances, so the move is exact on asymmetric matrices.
#include "heuristics/operators/operator.hpp"

namespace routekit {

struct TwoOptMove {
    int route = 0;
    int first = 1;
    int last = 2;
};

class TwoOpt : public MoveOperator<TwoOpt, TwoOptMove> {
  public:
    explicit TwoOpt(SearchState& state) : MoveOperator(state, "2-opt") {}
    bool valid(const TwoOptMove& move) const {
        return move.first >= 1 && move.first < move.last &&
               move.last <= state_.route(move.route).num_clients();
    }

    /// O(1) lower bound of evaluate(move) for a valid move (see move_bound): the two end edges change and
    /// the reversed part is priced backwards.
    Cost lower_bound(const TwoOptMove& move) const {
        if (!state_.bounds_usable()) return kNoBound;
        const Instance& instance = state_.instance();
        const RouteData& route = state_.route(move.route);
        const RoutePosition& first = route.positions[static_cast<std::size_t>(move.first)];
        const RoutePosition& last = route.positions[static_cast<std::size_t>(move.last)];
        const int before = route.node(move.first - 1);
        const int after = route.node(move.last + 1);
        const Cost change = instance.distance(before, last.node) + instance.distance(first.node, after) -
                            route.distance_between(move.first - 1, move.last + 1) +
                            (last.distance_backward - first.distance_backward);
        return move_bound(state_, change, route);
    }

    MoveProposals proposals(const TwoOptMove& move) const {
        const RouteData& route = state_.route(move.route);
        MoveProposals result{RouteProposal(move.route)};
        result.first.add(route, 0, move.first - 1)
            .add_reversed(route, move.first, move.last)
            .add(route, move.last + 1, route.last());
        return result;
    }
};

}  // namespace routekit
