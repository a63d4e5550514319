#pragma once
// Or-opt: moves 1, 2 or 3 consecutive clients, reversed or not, elsewhere in their own route (with length
// 1 it is the intra-route relocate).
#include "heuristics/operators/operator.hpp"

namespace routekit {

class OrOpt : public MoveOperator<OrOpt, SegmentMove> {
  public:
    explicit OrOpt(SearchState& state) : MoveOperator(state, "or-opt") {}
    /// Valid when to_route == from_route and `after` lies outside the segment and is not its predecessor.
    bool valid(const SegmentMove& move) const;

    MoveProposals proposals(const SegmentMove& move) const;
};

}  // namespace routekit
