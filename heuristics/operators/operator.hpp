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
    void count_improvement() { ++stats_.improvements; }
    void apply_proposals(const MoveProposals& proposals) {
        count_improvement();
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

/// What a move does to one of the routes it changes, as its O(1) bound reads it.
struct RouteChange {
    const RouteData& route;
    Cost distance_change;  ///< the route's new distance minus its old one
    Cost new_load;
    bool used_after;  ///< whether the route still has clients (an emptied vehicle costs nothing)
};

/// Lower bound of what `change` adds to the cost, load penalty aside: the exact change of the vehicle's price
/// (unit distance cost x distance change, fixed cost gained or saved) minus all of the route's old penalties
/// (the new time penalties are non-negative and left out).
inline Cost route_change_bound(const SearchState& state, const RouteChange& change) {
    const VehicleType& type = state.cost_evaluator().vehicle_type(change.route.type);
    const Cost fixed = type.fixed_cost * ((change.used_after ? 1 : 0) - (change.route.empty() ? 0 : 1));
    return type.unit_distance_cost * change.distance_change + fixed - state.penalty(change.route);
}

/// An O(1) lower bound of the penalized-cost change of a move between two routes: the routes'
/// route_change_bound plus their exact new load penalties. The driver skips a move whose bound is >= 0
/// without building its proposals; since the bound never exceeds the exact delta, no improving move is
/// skipped.
inline Cost move_bound(const SearchState& state, const RouteChange& a, const RouteChange& b) {
    return route_change_bound(state, a) + route_change_bound(state, b) +
           state.load_penalty(a.route, a.new_load, b.route, b.new_load);
}
/// Within one route: the load, hence its penalty, is unchanged, and the route stays in use.
inline Cost move_bound(const SearchState& state, Cost distance_change, const RouteData& route) {
    return route_change_bound(state, {route, distance_change, route.load(), true}) +
           state.load_penalty(route, route.load());
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
    // The segment's own edges leave `from` and enter `to` (backwards when reversed).
    const Cost inside = last_position.distance_forward - first_position.distance_forward;
    const Cost inside_reversed = last_position.distance_backward - first_position.distance_backward;
    const Cost removal = instance.distance(before, after_segment) -
                         instance.distance(before, first_position.node) -
                         instance.distance(last_position.node, after_segment) - inside;
    const Cost insertion = instance.distance(x, front) + instance.distance(back, y) -
                           instance.distance(x, y) + (move.reversed ? inside_reversed : inside);
    if (move.from_route == move.to_route) return move_bound(state, removal + insertion, from);
    const Cost load = last_position.load_through - first_position.load_before;
    return move_bound(state, {from, removal, from.load() - load, from.num_clients() > move.length},
                      {to, insertion, to.load() + load, true});
}

}  // namespace routekit
