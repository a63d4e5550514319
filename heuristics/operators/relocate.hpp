#pragma once
// Relocate: moves 1, 2 or 3 consecutive clients, reversed or not, into another route (possibly empty).
#include "heuristics/operators/operator.hpp"

namespace routekit {

class Relocate : public MoveOperator<Relocate, SegmentMove> {
  public:
    explicit Relocate(SearchState& state) : MoveOperator(state, "relocate") {}
    /// Valid when the segment lies within its route's clients and to_route differs from from_route.
    bool valid(const SegmentMove& move) const;

    MoveProposals proposals(const SegmentMove& move) const;
};

}  // namespace routekit
