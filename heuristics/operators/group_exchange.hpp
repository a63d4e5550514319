#pragma once
// Client groups (GVRP; PyVRP's mutually exclusive groups): the served member of a group is replaced by
// another member, left out until now, in its place or after some position of any route. The group stays
// served exactly once. Both routes' new contents are ordinary RouteProposals (the incoming member a piece of
// its own loose route), so the predicted delta is exact like every other move's; prizes are added to it.
#include "heuristics/operators/operator.hpp"

namespace routekit {

/// `member`, served now, leaves; `other`, of the same group and left out, enters after position `after` of
/// `route` (positions as the route is now, `member` still in it).
struct GroupExchangeMove {
    int member = 0;
    int other = 0;
    int route = 0;
    int after = 0;
};

class GroupExchange : public Operator {
  public:
    explicit GroupExchange(SearchState& state) : Operator(state, "group exchange") {}

    /// O(1) lower bound of delta (see move_bound): the distance changes and the new loads' penalties, less
    /// the routes' old penalties and the prize change.
    Cost lower_bound(const GroupExchangeMove& move) const {
        if (!state_.bounds_usable()) return kNoBound;
        const Instance& instance = state_.instance();
        const int from_index = state_.route_of(move.member);
        const int position = state_.position_of(move.member);
        const RouteData& from = state_.route(from_index);
        const RouteData& to = state_.route(move.route);
        const int before = from.node(position - 1);
        const int next = from.node(position + 1);
        const Cost removal = instance.distance(before, next) - instance.distance(before, move.member) -
                             instance.distance(move.member, next);
        const int x = to.node(move.after);
        const int y = to.node(move.after + 1);
        const Cost insertion =
            instance.distance(x, move.other) + instance.distance(move.other, y) - instance.distance(x, y);
        const Cost demand_change = instance.demand(move.other) - instance.demand(move.member);
        const Cost prizes = prize_change(move);
        if (move.route != from_index) {
            return move_bound(
                       state_,
                       {from, removal, from.load() - instance.demand(move.member), from.num_clients() > 1},
                       {to, insertion, to.load() + instance.demand(move.other), true}) -
                   prizes;
        }
        // In place (after the member or its predecessor): one edge pair replaced; elsewhere in the route the
        // removal and the insertion touch different edges.
        const bool in_place = move.after == position - 1 || move.after == position;
        const Cost change =
            in_place ? instance.distance(before, move.other) + instance.distance(move.other, next) -
                           instance.distance(before, move.member) - instance.distance(move.member, next)
                     : removal + insertion;
        const Cost load = from.load() + demand_change;
        return route_change_bound(state_, {from, change, load, true}) + state_.load_penalty(from, load) -
               prizes;
    }
    /// Exact penalized-cost change of `move`; see SearchState::delta for `bound`.
    Cost delta(const GroupExchangeMove& move, Cost bound = kUnlimited) {
        const Cost prizes = prize_change(move);
        return evaluate_proposals(proposals(move), saturating_add(bound, prizes)) - prizes;
    }
    void apply(const GroupExchangeMove& move) {
        count_improvement();
        const MoveProposals changed = proposals(move);
        state_.commit_exchange(changed.first, changed.second, move.member, move.other);
    }

  private:
    /// The prize earned by serving `other` minus the one forfeited by leaving `member` out.
    Cost prize_change(const GroupExchangeMove& move) const {
        return state_.instance().prize(move.other) - state_.instance().prize(move.member);
    }
    MoveProposals proposals(const GroupExchangeMove& move) {
        const int from_index = state_.route_of(move.member);
        const int position = state_.position_of(move.member);
        const RouteData& from = state_.route(from_index);
        const RouteData& loose = state_.loose_route(move.other);
        if (move.route != from_index) {
            const RouteData& to = state_.route(move.route);
            RouteProposal removal(from_index);
            removal.add(from, 0, position - 1).add(from, position + 1, from.last());
            RouteProposal insertion(move.route);
            insertion.add(to, 0, move.after).add(loose, 1, 1).add(to, move.after + 1, to.last());
            return {removal, insertion};
        }
        RouteProposal proposal(from_index);
        if (move.after < position)
            proposal.add(from, 0, move.after)
                .add(loose, 1, 1)
                .add(from, move.after + 1, position - 1)
                .add(from, position + 1, from.last());
        else
            proposal.add(from, 0, position - 1)
                .add(from, position + 1, move.after)
                .add(loose, 1, 1)
                .add(from, move.after + 1, from.last());
        return {proposal};
    }
};

}  // namespace routekit
