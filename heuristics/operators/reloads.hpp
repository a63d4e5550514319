#pragma once
// Reloads of a multi-trip route (SearchState::trips()): a reload depot inserted between two clients of a
// route, or one of its reloads removed. The other operators move reloads with the pieces they cut; this one
// decides where a route's trips split.
#include "heuristics/operators/operator.hpp"

namespace routekit {

/// Route `route` with a reload at `depot` after position `position`, or (depot -1) without its reload at
/// `position`.
struct ReloadMove {
    int route = 0;
    int position = 1;
    int depot = -1;
};

class Reloads : public MoveOperator<Reloads, ReloadMove> {
  public:
    explicit Reloads(SearchState& state) : MoveOperator(state, "reload") {}

    /// A removal names a reload; an insertion goes between two clients, at a depot the vehicle may use.
    bool valid(const ReloadMove& move) const {
        const Instance& instance = state_.instance();
        const RouteData& route = state_.route(move.route);
        if (move.position < 1 || move.position >= route.last()) return false;
        if (move.depot < 0) return instance.is_depot(route.node(move.position));
        const std::vector<int>& depots = state_.cost_evaluator().vehicle_type(route.type).reload_depots;
        return move.position + 1 < route.last() && !instance.is_depot(route.node(move.position)) &&
               !instance.is_depot(route.node(move.position + 1)) &&
               std::find(depots.begin(), depots.end(), move.depot) != depots.end();
    }

    /// Applies the best improving insertion or removal of a reload in route `r`; false when none improves.
    bool improve(int r) {
        const RouteData& route = state_.route(r);
        const std::vector<int>& depots = state_.cost_evaluator().vehicle_type(route.type).reload_depots;
        Cost best = 0;
        ReloadMove best_move{r, -1, -1};
        auto consider = [&](const ReloadMove& move) {
            if (!valid(move)) return;
            const Cost delta = evaluate(move);
            if (delta < best) best = delta, best_move = move;
        };
        for (int k = 1; k < route.last(); ++k) {
            consider({r, k, -1});
            for (const int depot : depots) consider({r, k, depot});
        }
        if (best_move.position < 0) return false;
        apply(best_move);
        return true;
    }

    MoveProposals proposals(const ReloadMove& move) const {
        const RouteData& route = state_.route(move.route);
        MoveProposals result{RouteProposal(move.route)};
        if (move.depot < 0) {
            result.first.add(route, 0, move.position - 1).add(route, move.position + 1, route.last());
        } else {
            result.first.add(route, 0, move.position)
                .add(state_.reload_route(move.depot), 1, 1)
                .add(route, move.position + 1, route.last());
        }
        return result;
    }
};

}  // namespace routekit
