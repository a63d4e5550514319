#include "heuristics/operators/swap.hpp"

#include <utility>

namespace routekit {

MoveProposals Swap::proposals(const SwapMove& move) const {
    const RouteData& a = state_.route(move.route_a);
    const RouteData& b = state_.route(move.route_b);
    const int last_a = move.first_a + move.length_a - 1;
    const int last_b = move.first_b + move.length_b - 1;
    if (move.route_a != move.route_b) {
        MoveProposals result{RouteProposal(move.route_a), RouteProposal(move.route_b)};
        result.first.add(a, 0, move.first_a - 1).add(b, move.first_b, last_b).add(a, last_a + 1, a.last());
        result.second.add(b, 0, move.first_b - 1).add(a, move.first_a, last_a).add(b, last_b + 1, b.last());
        return result;
    }
    // Within one route: order the runs by position, then exchange them around the part between.
    int first_early = move.first_a, last_early = last_a, first_late = move.first_b, last_late = last_b;
    if (first_late < first_early) {
        std::swap(first_early, first_late);
        std::swap(last_early, last_late);
    }
    MoveProposals result{RouteProposal(move.route_a)};
    result.first.add(a, 0, first_early - 1)
        .add(a, first_late, last_late)
        .add(a, last_early + 1, first_late - 1)
        .add(a, first_early, last_early)
        .add(a, last_late + 1, a.last());
    return result;
}

}  // namespace routekit
