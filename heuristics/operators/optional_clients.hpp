#pragma once
// Optional clients (prize collecting; PyVRP's remove-optional and insert-optional moves): a served optional
// client is dropped, forfeiting its prize, or a client left out is inserted after some position of a route,
// earning it. The route's new content is an ordinary RouteProposal (the left-out client a piece of its own
// loose route), so the predicted delta is exact like every other move's; the prize is added to it.
#include "heuristics/operators/operator.hpp"

namespace routekit {

/// Left-out `client` inserted after position `after` of `route`.
struct InsertionMove {
    int client = 0;
    int route = 0;
    int after = 0;
};

class OptionalClients : public Operator {
  public:
    explicit OptionalClients(SearchState& state) : Operator(state, "optional clients") {}

    /// Exact penalized-cost change of leaving out `client`, served now.
    Cost removal_delta(int client) {
        const int position = state_.position_of(client);
        return segment_removal_delta(state_.route_of(client), position, position, prize(client));
    }
    void remove(int client) {
        const int position = state_.position_of(client);
        remove_segment(state_.route_of(client), position, position);
    }
    /// Exact change of leaving out the clients at positions first..last of `route` (all optional), whose
    /// prizes add up to `prizes`. A run of clients, up to a whole route, often saves its prizes' worth where
    /// no single client does: the detour to one client of a cluster is short, the trip to the cluster is not.
    Cost segment_removal_delta(int route, int first, int last, Cost prizes) {
        return saturating_add(evaluate_proposals({removal(route, first, last)}, kUnlimited), prizes);
    }
    void remove_segment(int route, int first, int last) {
        count_improvement();
        const std::vector<int>& nodes = state_.route(route).nodes;
        const std::vector<int> removed(nodes.begin() + first, nodes.begin() + last + 1);
        state_.commit_removal(removal(route, first, last), removed);
    }

    /// O(1) lower bound of insertion_delta (see move_bound): the distance change and the new load's penalty,
    /// less the route's old penalties and the prize.
    Cost insertion_bound(const InsertionMove& move) const {
        if (!state_.bounds_usable()) return kNoBound;
        const Instance& instance = state_.instance();
        const RouteData& to = state_.route(move.route);
        const int x = to.node(move.after);
        const int y = to.node(move.after + 1);
        const Cost added =
            instance.distance(x, move.client) + instance.distance(move.client, y) - instance.distance(x, y);
        const Cost load = to.load() + instance.demand(move.client);
        return route_change_bound(state_, {to, added, load, true}) + state_.load_penalty(to, load) -
               prize(move.client);
    }
    /// Exact penalized-cost change of `move` for a left-out client; see SearchState::delta for `bound`.
    Cost insertion_delta(const InsertionMove& move, Cost bound = kUnlimited) {
        const Cost earned = prize(move.client);
        return evaluate_proposals({insertion(move)}, saturating_add(bound, earned)) - earned;
    }
    void insert(const InsertionMove& move) {
        count_improvement();
        state_.commit_insertion(insertion(move), move.client);
    }

  private:
    Cost prize(int client) const { return state_.instance().prize(client); }
    RouteProposal removal(int r, int first, int last) const {
        const RouteData& route = state_.route(r);
        RouteProposal proposal(r);
        proposal.add(route, 0, first - 1).add(route, last + 1, route.last());
        return proposal;
    }
    RouteProposal insertion(const InsertionMove& move) {
        const RouteData& to = state_.route(move.route);
        RouteProposal proposal(move.route);
        proposal.add(to, 0, move.after)
            .add(state_.loose_route(move.client), 1, 1)
            .add(to, move.after + 1, to.last());
        return proposal;
    }
};

}  // namespace routekit
