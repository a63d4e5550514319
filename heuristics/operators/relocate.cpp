#include "heuristics/operators/relocate.hpp"

namespace routekit {

MoveProposals Relocate::proposals(const SegmentMove& move) const {
    const RouteData& from = state_.route(move.from_route);
    const RouteData& to = state_.route(move.to_route);
    const int last = move.first + move.length - 1;
    MoveProposals result{RouteProposal(move.from_route), RouteProposal(move.to_route)};
    result.first.add(from, 0, move.first - 1).add(from, last + 1, from.last());
    result.second.add(to, 0, move.after);
    if (move.reversed)
        result.second.add_reversed(from, move.first, last);
    else
        result.second.add(from, move.first, last);
    result.second.add(to, move.after + 1, to.last());
    return result;
}

}  // namespace routekit
