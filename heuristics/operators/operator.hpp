#pragma once
// What every local-search operator shares: it describes a move as the proposals of the routes it changes,
// so that `evaluate` (the penalized-cost delta) and `apply` can never disagree, and it counts its work.
#include <string>

#include "heuristics/search_state.hpp"
#include "routekit/heuristics/local_search.hpp"

namespace routekit {

/// The new content of the one or two routes a move changes.
struct MoveProposals {
    RouteProposal first;
    RouteProposal second{-1};
    bool two_routes() const { return second.target() >= 0; }
};

class Operator {
  public:
    Operator(SearchState& state, std::string name) : state_(state) { stats_.name = std::move(name); }
    const OperatorStats& stats() const { return stats_; }

  protected:
    Cost evaluate_proposals(const MoveProposals& proposals, Cost bound) {
        ++stats_.evaluations;
        return proposals.two_routes() ? state_.delta(proposals.first, proposals.second, bound)
                                      : state_.delta(proposals.first, bound);
    }
    void apply_proposals(const MoveProposals& proposals) {
        ++stats_.improvements;
        if (proposals.two_routes())
            state_.commit(proposals.first, proposals.second);
        else
            state_.commit(proposals.first);
    }
    SearchState& state_;

  private:
    OperatorStats stats_;
};

/// The evaluate/apply pair every operator offers, built on its `proposals(move)` (CRTP).
template <class Derived, class Move>
class MoveOperator : public Operator {
  public:
    using Operator::Operator;
    /// Exact penalized-cost change of `move`; see SearchState::delta for `bound`.
    Cost evaluate(const Move& move, Cost bound = kUnlimited) {
        return evaluate_proposals(static_cast<const Derived&>(*this).proposals(move), bound);
    }
    void apply(const Move& move) { apply_proposals(static_cast<const Derived&>(*this).proposals(move)); }
};

/// A run of `length` consecutive clients starting at position `first` of `from_route`, moved (reversed or
/// not) to follow position `after` of `to_route`.
struct SegmentMove {
    int from_route = 0;
    int first = 1;
    int length = 1;
    bool reversed = false;
    int to_route = 0;
    int after = 0;
};

}  // namespace routekit
