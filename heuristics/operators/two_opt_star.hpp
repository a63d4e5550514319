#pragma once
// 2-opt* between two routes, cutting route a after position pos_a and route b after pos_b.
//   plain:    a = a[..pos_a] + b[pos_b+1..],           b = b[..pos_b] + a[pos_a+1..]
//   reversed: a = a[..pos_a] + reverse(b[..pos_b]),    b = reverse(a[pos_a+1..]) + b[pos_b+1..]
#include "heuristics/operators/operator.hpp"

namespace routekit {

struct TwoOptStarMove {
    int route_a = 0;
    int pos_a = 0;
    int route_b = 1;
    int pos_b = 0;
    bool reversed = false;
};

class TwoOptStar : public MoveOperator<TwoOptStar, TwoOptStarMove> {
  public:
    explicit TwoOptStar(SearchState& state) : MoveOperator(state, "2-opt*") {}
    bool valid(const TwoOptStarMove& move) const {
        return move.route_a != move.route_b && move.pos_a >= 0 &&
               move.pos_a < state_.route(move.route_a).last() && move.pos_b >= 0 &&
               move.pos_b < state_.route(move.route_b).last();
    }

    MoveProposals proposals(const TwoOptStarMove& move) const {
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        MoveProposals result{RouteProposal(move.route_a), RouteProposal(move.route_b)};
        result.first.add(a, 0, move.pos_a);
        if (move.reversed) {
            result.first.add_reversed(b, 0, move.pos_b);
            result.second.add_reversed(a, move.pos_a + 1, a.last()).add(b, move.pos_b + 1, b.last());
        } else {
            result.first.add(b, move.pos_b + 1, b.last());
            result.second.add(b, 0, move.pos_b).add(a, move.pos_a + 1, a.last());
        }
        return result;
    }
};

}  // namespace routekit
