#pragma once
// 2-opt* between two routes, cutting route a after position pos_a and route b after pos_b.
//   plain:    a = a[..pos_a] + b[pos_b+1..],           b = b[..pos_b] + a[pos_a+1..]
//   reversed: a = a[..pos_a] + reverse(b[..pos_b]),    b = reverse(a[pos_a+1..]) + b[pos_b+1..]
#include "heuristics/operators/operator.hpp"

namespace routekit {

struct TwoOptStarMove {
    int route_a = 0;
    int pos_a = 0;
    int route_b = 1;
    int pos_b = 0;
    bool reversed = false;
};

class TwoOptStar : public MoveOperator<TwoOptStar, TwoOptStarMove> {
  public:
    explicit TwoOptStar(SearchState& state) : MoveOperator(state, "2-opt*") {}
    bool valid(const TwoOptStarMove& move) const {
        return move.route_a != move.route_b && move.pos_a >= 0 &&
               move.pos_a < state_.route(move.route_a).last() && move.pos_b >= 0 &&
               move.pos_b < state_.route(move.route_b).last();
    }

    /// O(1) lower bound of evaluate(move) for a valid move (see move_bound), from the prefix distances
    /// and loads of the four parts.
    Cost lower_bound(const TwoOptStarMove& move) const {
        if (!state_.bounds_usable()) return kNoBound;
        const Instance& instance = state_.instance();
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        // The tails keep their own routes' depots in these sums: sound only where the depot a tail brings is
        // the one its new route ends at.
        if (a.nodes.back() != (move.reversed ? b.nodes.front() : b.nodes.back())) return kNoBound;
        const RoutePosition& a_cut = a.positions[static_cast<std::size_t>(move.pos_a)];
        const RoutePosition& a_next = a.positions[static_cast<std::size_t>(move.pos_a + 1)];
        const RoutePosition& b_cut = b.positions[static_cast<std::size_t>(move.pos_b)];
        const RoutePosition& b_next = b.positions[static_cast<std::size_t>(move.pos_b + 1)];
        const Cost a_tail = a.distance() - a_next.distance_forward;
        const Cost b_tail = b.distance() - b_next.distance_forward;
        // New a = a's head + (b's head reversed | b's tail); new b = (a's tail reversed | b's head) + ...
        Cost new_distance_a = 0;
        Cost new_distance_b = 0;
        Cost new_load_a = 0;
        int clients_a = move.pos_a;  // a's head: positions 1..pos_a
        if (move.reversed) {
            const Cost a_tail_backward = a.positions.back().distance_backward - a_next.distance_backward;
            new_distance_a =
                a_cut.distance_forward + instance.distance(a_cut.node, b_cut.node) + b_cut.distance_backward;
            new_distance_b = a_tail_backward + instance.distance(a_next.node, b_next.node) + b_tail;
            new_load_a = a_cut.load_through + b_cut.load_through;
            clients_a += move.pos_b;
        } else {
            new_distance_a = a_cut.distance_forward + instance.distance(a_cut.node, b_next.node) + b_tail;
            new_distance_b = b_cut.distance_forward + instance.distance(b_cut.node, a_next.node) + a_tail;
            new_load_a = a_cut.load_through + (b.load() - b_cut.load_through);
            clients_a += b.last() - move.pos_b - 1;
        }
        const int clients_b = a.num_clients() + b.num_clients() - clients_a;
        return move_bound(
            state_, {a, new_distance_a - a.distance(), new_load_a, clients_a > 0},
            {b, new_distance_b - b.distance(), a.load() + b.load() - new_load_a, clients_b > 0});
    }

    MoveProposals proposals(const TwoOptStarMove& move) const {
        const RouteData& a = state_.route(move.route_a);
        const RouteData& b = state_.route(move.route_b);
        MoveProposals result{RouteProposal(move.route_a), RouteProposal(move.route_b)};
        result.first.add(a, 0, move.pos_a);
        if (move.reversed) {
            result.first.add_reversed(b, 0, move.pos_b);
            result.second.add_reversed(a, move.pos_a + 1, a.last()).add(b, move.pos_b + 1, b.last());
        } else {
            result.first.add(b, move.pos_b + 1, b.last());
            result.second.add(b, 0, move.pos_b).add(a, move.pos_a + 1, a.last());
        }
        return result;
    }
};

}  // namespace routekit
