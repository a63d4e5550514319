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

/// The part of a SegmentMove's bound that does not depend on where the segment goes: what taking it out of
/// its route changes. The local search computes it once for all the places it tries a segment at.
struct SegmentRemoval {
    int from_route = 0;
    int first_node = 0;
    int last_node = 0;
    Cost inside = 0;           ///< the segment's own distance, forwards
    Cost inside_reversed = 0;  ///< and backwards
    Cost removal = 0;          ///< `from`'s distance change: the edges around the segment become one
    Cost load = 0;             ///< the segment's load
    Cost from_bound = 0;       ///< route_change_bound of `from` without the segment (for another route)
    Cost from_excess = 0;      ///< `from`'s excess load without the segment (0 with trips: see load_penalty)
};

/// A segment of `length` clients from position `first` of `from_route` (which must lie within its clients).
inline SegmentRemoval segment_removal(const SearchState& state, int from_route, int first, int length) {
    const RouteData& from = state.route(from_route);
    const int last = first + length - 1;
    const RoutePosition& first_position = from.positions[static_cast<std::size_t>(first)];
    const RoutePosition& last_position = from.positions[static_cast<std::size_t>(last)];
    SegmentRemoval result;
    result.from_route = from_route;
    result.first_node = first_position.node;
    result.last_node = last_position.node;
    result.inside = last_position.distance_forward - first_position.distance_forward;
    result.inside_reversed = last_position.distance_backward - first_position.distance_backward;
    result.removal = state.instance().distance(from.node(first - 1), from.node(last + 1)) -
                     from.distance_between(first - 1, last + 1);
    result.load = last_position.load_through - first_position.load_before;
    const Cost new_load = from.load() - result.load;
    result.from_bound = route_change_bound(state, {from, result.removal, new_load, from.num_clients() > length});
    result.from_excess = state.trips() ? 0 : state.cost_evaluator().excess_load_on(from.type, new_load);
    return result;
}

/// Lower bound of moving the segment of `removal` (reversed or not) to follow position `after` of `to_route`
/// (Relocate between routes, OrOpt within one; see move_bound). Both remove the edges around the segment
/// and the edge it is inserted into, and add the three closing edges; the formula holds within one route
/// too as long as `after` lies outside the segment and its predecessor.
inline Cost segment_insertion_bound(const SearchState& state, const SegmentRemoval& removal, bool reversed,
                                    int to_route, int after) {
    const Instance& instance = state.instance();
    const RouteData& to = state.route(to_route);
    const int front = reversed ? removal.last_node : removal.first_node;
    const int back = reversed ? removal.first_node : removal.last_node;
    // The segment's own edges leave `from` and enter `to` (backwards when reversed).
    const Cost insertion = instance.distance(to.node(after), front) + instance.distance(back, to.node(after + 1)) -
                           to.distance_between(after, after + 1) +
                           (reversed ? removal.inside_reversed : removal.inside);
    if (to_route == removal.from_route) return move_bound(state, removal.removal + insertion, to);
    const Cost new_load = to.load() + removal.load;
    const Cost to_excess = state.trips() ? 0 : state.cost_evaluator().excess_load_on(to.type, new_load);
    return removal.from_bound + route_change_bound(state, {to, insertion, new_load, true}) +
           state.cost_evaluator().excess_load_penalty(removal.from_excess + to_excess);
}

inline Cost segment_move_bound(const SearchState& state, const SegmentMove& move) {
    if (!state.bounds_usable()) return kNoBound;
    return segment_insertion_bound(state, segment_removal(state, move.from_route, move.first, move.length),
                                   move.reversed, move.to_route, move.after);
}

}  // namespace routekit
