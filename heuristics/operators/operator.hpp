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

/// No bound: the move must be evaluated.
inline constexpr Cost kNoBound = -kUnlimited;

/// An O(1) lower bound of the penalized-cost change of a move: its exact distance change, plus the exact
/// new load penalties of the `loads` it leaves, minus all of the old routes' penalties (the new time
/// penalties are non-negative and left out). The driver skips a move whose bound is >= 0 without
/// building its proposals; since the bound never exceeds the exact delta, no improving move is skipped.
inline Cost move_bound(const SearchState& state, Cost distance_change, const RouteData& a, Cost new_load_a,
                       const RouteData& b, Cost new_load_b) {
    return distance_change + state.load_penalty(new_load_a, new_load_b) - state.penalty(a) - state.penalty(b);
}
/// Within one route: the load, hence its penalty, is unchanged.
inline Cost move_bound(const SearchState& state, Cost distance_change, const RouteData& route) {
    return distance_change + state.load_penalty(route.load()) - state.penalty(route);
}

/// Lower bound of a SegmentMove (Relocate between routes, OrOpt within one; see move_bound). Both remove
/// the edges around the segment and the edge it is inserted into, and add the three closing edges; the
/// formula holds within one route too as long as `after` lies outside the segment and its predecessor.
inline Cost segment_move_bound(const SearchState& state, const SegmentMove& move) {
    if (!state.bounds_usable()) return kNoBound;
    const Instance& instance = state.instance();
    const RouteData& from = state.route(move.from_route);
    const RouteData& to = state.route(move.to_route);
    const int last = move.first + move.length - 1;
    const RoutePosition& first_position = from.positions[static_cast<std::size_t>(move.first)];
    const RoutePosition& last_position = from.positions[static_cast<std::size_t>(last)];
    const int before = from.node(move.first - 1);
    const int after_segment = from.node(last + 1);
    const int x = to.node(move.after);
    const int y = to.node(move.after + 1);
    const int front = move.reversed ? last_position.node : first_position.node;
    const int back = move.reversed ? first_position.node : last_position.node;
    Cost change = instance.distance(before, after_segment) - instance.distance(before, first_position.node) -
                  instance.distance(last_position.node, after_segment) + instance.distance(x, front) +
                  instance.distance(back, y) - instance.distance(x, y);
    if (move.reversed)
        change += (last_position.distance_backward - first_position.distance_backward) -
                  (last_position.distance_forward - first_position.distance_forward);
    if (move.from_route == move.to_route) return move_bound(state, change, from);
    const Cost load = last_position.load_through - first_position.load_before;
    return move_bound(state, change, from, from.load() - load, to, to.load() + load);
}

}  // namespace routekit
