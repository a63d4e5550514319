#pragma once
// Swap: exchanges a run of 1 or 2 clients with a run of 1 or 2 clients (1-1, 2-1, 1-2, 2-2), between two
// routes or within one.
#include "heuristics/operators/operator.hpp"

namespace routekit {

struct SwapMove {
    int route_a = 0;
    int first_a = 1;
    int length_a = 1;
    int route_b = 0;
    int first_b = 1;
    int length_b = 1;
};

class Swap : public MoveOperator<Swap, SwapMove> {
  public:
    explicit Swap(SearchState& state) : MoveOperator(state, "swap") {}
    /// Valid when both runs lie within their routes' clients and, in one route, do not overlap.
    bool valid(const SwapMove& move) const;

    MoveProposals proposals(const SwapMove& move) const;
};

}  // namespace routekit
