#include "heuristics/operators/or_opt.hpp"

namespace routekit {

MoveProposals OrOpt::proposals(const SegmentMove& move) const {
    const RouteData& route = state_.route(move.from_route);
    const int last = move.first + move.length - 1;
    MoveProposals result{RouteProposal(move.from_route)};
    RouteProposal& proposal = result.first;
    auto add_segment = [&] {
        if (move.reversed)
            proposal.add_reversed(route, move.first, last);
        else
            proposal.add(route, move.first, last);
    };
    if (move.after < move.first) {
        proposal.add(route, 0, move.after);
        add_segment();
        proposal.add(route, move.after + 1, move.first - 1).add(route, last + 1, route.last());
    } else {
        proposal.add(route, 0, move.first - 1).add(route, last + 1, move.after);
        add_segment();
        proposal.add(route, move.after + 1, route.last());
    }
    return result;
}

}  // namespace routekit
