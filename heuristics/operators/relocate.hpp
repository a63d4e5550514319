#pragma once
// Relocate: moves 1, 2 or 3 consecutive clients, reversed or not, into another route (possibly empty).
#include "heuristics/operators/operator.hpp"

namespace routekit {

class Relocate : public MoveOperator<Relocate, SegmentMove> {
  public:
    explicit Relocate(SearchState& state) : MoveOperator(state, "relocate") {}
    /// Valid when the segment lies within its route's clients and to_route differs from from_route.
    bool valid(const SegmentMove& move) const {
        const RouteData& from = state_.route(move.from_route);
        const RouteData& to = state_.route(move.to_route);
        return move.from_route != move.to_route && move.length >= 1 && move.first >= 1 &&
               move.first + move.length - 1 <= from.num_clients() && move.after >= 0 &&
               move.after < to.last();
    }
    /// O(1) lower bound of evaluate(move) for a valid move (see move_bound).
    Cost lower_bound(const SegmentMove& move) const { return segment_move_bound(state_, move); }

    MoveProposals proposals(const SegmentMove& move) const;
};

}  // namespace routekit
