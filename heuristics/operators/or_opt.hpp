#pragma once
// Or-opt: moves 1, 2 or 3 consecutive clients, reversed or not, elsewhere in their own route (with length
// 1 it is the intra-route relocate).
#include "heuristics/operators/operator.hpp"

namespace routekit {

class OrOpt : public MoveOperator<OrOpt, SegmentMove> {
  public:
    explicit OrOpt(SearchState& state) : MoveOperator(state, "or-opt") {}
    /// Valid when to_route == from_route and `after` lies outside the segment and is not its predecessor.
    bool valid(const SegmentMove& move) const {
        const RouteData& route = state_.route(move.from_route);
        const int last = move.first + move.length - 1;
        return move.from_route == move.to_route && move.length >= 1 && move.first >= 1 &&
               last <= route.num_clients() && move.after >= 0 && move.after < route.last() &&
               (move.after < move.first - 1 || move.after > last);
    }
    /// O(1) lower bound of evaluate(move) for a valid move (see move_bound).
    Cost lower_bound(const SegmentMove& move) const { return segment_move_bound(state_, move); }

    MoveProposals proposals(const SegmentMove& move) const;
};

}  // namespace routekit
