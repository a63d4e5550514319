#pragma once
// Vehicle swap: two routes driven by vehicles of different types trade vehicles, their clients staying in
// order. With one route empty this moves a whole route onto an unused vehicle of another type: how a route's
// type changes in the search (the other operators keep every route on its vehicle).
#include "heuristics/operators/operator.hpp"

namespace routekit {

struct VehicleSwapMove {
    int route_a = 0;
    int route_b = 1;
};

class VehicleSwap : public MoveOperator<VehicleSwap, VehicleSwapMove> {
  public:
    explicit VehicleSwap(SearchState& state) : MoveOperator(state, "vehicle swap") {}
    /// Valid for two routes of different types, not both empty.
    bool valid(const VehicleSwapMove& move) const {
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        return a.type != b.type && !(a.empty() && b.empty());
    }

    /// O(1) lower bound of evaluate(move) for a valid move: each content's new vehicle price (between the new
    /// vehicle's depots) and load penalty, the routes' old costs gone (the new time and site penalties,
    /// non-negative, left out).
    Cost lower_bound(const VehicleSwapMove& move) const {
        const CostEvaluator& cost = state_.cost_evaluator();
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        const Cost b_on_a = b.empty() ? 0 : cost.route_price(distance_between(b, a), a.type);
        const Cost a_on_b = a.empty() ? 0 : cost.route_price(distance_between(a, b), b.type);
        // SearchState::load_penalty, not the evaluator's: with reloads a route's load is spread over trips.
        return b_on_a + a_on_b + state_.load_penalty(a, b.load(), b, a.load()) - a.cost - b.cost;
    }

    /// The distance of `route`'s clients driven between `depots`' start and end depots.
    Cost distance_between(const RouteData& route, const RouteData& depots) const {
        const Instance& instance = state_.instance();
        const int start = depots.nodes.front(), end = depots.nodes.back();
        if (route.nodes.front() == start && route.nodes.back() == end) return route.distance();
        const int first = route.node(1), last = route.node(route.last() - 1);
        return route.distance() - instance.distance(route.nodes.front(), first) -
               instance.distance(last, route.nodes.back()) + instance.distance(start, first) +
               instance.distance(last, end);
    }

    MoveProposals proposals(const VehicleSwapMove& move) const {
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        MoveProposals result{RouteProposal(move.route_a), RouteProposal(move.route_b)};
        result.first.add(b, 0, b.last());
        result.second.add(a, 0, a.last());
        return result;
    }
};

}  // namespace routekit
