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
