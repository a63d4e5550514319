#include "heuristics/operators/swap_star.hpp"

#include <algorithm>

namespace routekit {

namespace {

/// `route` without its client at `removed`, with position `inserted` of `other` placed after `after`.
RouteProposal exchange(int target, const RouteData& route, int removed, const RouteData& other, int inserted,
                       int after) {
    RouteProposal result(target);
    if (after == removed - 1 || after == removed) {
        result.add(route, 0, removed - 1)
            .add(other, inserted, inserted)
            .add(route, removed + 1, route.last());
    } else if (after < removed) {
        result.add(route, 0, after)
            .add(other, inserted, inserted)
            .add(route, after + 1, removed - 1)
            .add(route, removed + 1, route.last());
    } else {
        result.add(route, 0, removed - 1)
            .add(route, removed + 1, after)
            .add(other, inserted, inserted)
            .add(route, after + 1, route.last());
    }
    return result;
}

}  // namespace

bool SwapStar::valid(const SwapStarMove& move) const {
    const RouteData& a = state_.route(move.route_a);
    const RouteData& b = state_.route(move.route_b);
    return move.route_a != move.route_b && move.pos_u >= 1 && move.pos_u <= a.num_clients() &&
           move.pos_v >= 1 && move.pos_v <= b.num_clients() && move.u_after >= 0 && move.u_after < b.last() &&
           move.v_after >= 0 && move.v_after < a.last();
}

MoveProposals SwapStar::proposals(const SwapStarMove& move) const {
    const RouteData& a = state_.route(move.route_a);
    const RouteData& b = state_.route(move.route_b);
    return {exchange(move.route_a, a, move.pos_u, b, move.pos_v, move.v_after),
            exchange(move.route_b, b, move.pos_v, a, move.pos_u, move.u_after)};
}

void SwapStar::Insertions::offer(Cost c, int position) {
    if (c >= cost[2]) return;
    int k = 2;
    while (k > 0 && c < cost[static_cast<std::size_t>(k - 1)]) {
        cost[static_cast<std::size_t>(k)] = cost[static_cast<std::size_t>(k - 1)];
        after[static_cast<std::size_t>(k)] = after[static_cast<std::size_t>(k - 1)];
        --k;
    }
    cost[static_cast<std::size_t>(k)] = c;
    after[static_cast<std::size_t>(k)] = position;
}

Cost SwapStar::removal_cost(int r, int pos) const {
    const Instance& instance = state_.instance();
    const RouteData& route = state_.route(r);
    const int before = route.nodes[static_cast<std::size_t>(pos - 1)];
    const int node = route.nodes[static_cast<std::size_t>(pos)];
    const int after = route.nodes[static_cast<std::size_t>(pos + 1)];
    return instance.distance(before, after) - instance.distance(before, node) -
           instance.distance(node, after) + removal_time(r, pos);
}

Cost SwapStar::removal_time(int r, int pos) const {
    if (!timed()) return 0;
    const RouteData& route = state_.route(r);
    RouteProposal without(r);
    without.add(route, 0, pos - 1).add(route, pos + 1, route.last());
    return state_.time_penalty_change(without);
}

Cost SwapStar::insertion_time(int r, int first, int last, const RouteData& from, int pos) const {
    if (!timed()) return 0;
    const RouteData& route = state_.route(r);
    RouteProposal with(r);
    with.add(route, 0, first - 1).add(from, pos, pos).add(route, last + 1, route.last());
    return state_.time_penalty_change(with);
}

const SwapStar::Insertions& SwapStar::insertions(int client, int to_route) {
    const RouteData& to = state_.route(to_route);
    CachedInsertions& cached =
        cache_[(static_cast<std::size_t>(to_route) * static_cast<std::size_t>(state_.instance().num_nodes()) +
                static_cast<std::size_t>(client)) %
               cache_.size()];
    if (cached.client == client && cached.route == to_route && cached.loads == state_.loads() &&
        cached.modified == to.modified)
        return cached.best;
    const Instance& instance = state_.instance();
    const RouteData& from = state_.route(state_.route_of(client));
    const int pos = state_.position_of(client);
    cached.best = {};
    for (int p = 0; p < to.last(); ++p) {
        const int before = to.nodes[static_cast<std::size_t>(p)];
        const int after = to.nodes[static_cast<std::size_t>(p + 1)];
        cached.best.offer(instance.distance(before, client) + instance.distance(client, after) -
                              instance.distance(before, after) +
                              insertion_time(to_route, p + 1, p, from, pos),
                          p);
    }
    cached.loads = state_.loads();
    cached.modified = to.modified;
    cached.client = client;
    cached.route = to_route;
    return cached.best;
}

std::pair<Cost, int> SwapStar::insertion_without(const RouteData& from, int pos, const Insertions& best,
                                                 int to_route, int removed) const {
    const Instance& instance = state_.instance();
    const RouteData& to = state_.route(to_route);
    const int u = from.nodes[static_cast<std::size_t>(pos)];
    const int before = to.nodes[static_cast<std::size_t>(removed - 1)];
    const int after = to.nodes[static_cast<std::size_t>(removed + 1)];
    // In the removed client's place (its removal is priced separately, so relative to the closed gap: the
    // exchange's time change less the removal's).
    const Cost relative_time =
        timed() ? insertion_time(to_route, removed, removed, from, pos) - removal_time(to_route, removed) : 0;
    std::pair<Cost, int> result{instance.distance(before, u) + instance.distance(u, after) -
                                    instance.distance(before, after) + relative_time,
                                removed - 1};
    for (std::size_t k = 0; k < 3; ++k) {
        const int p = best.after[k];
        if (p < 0) break;
        if (p == removed - 1 || p == removed) continue;  // an edge that no longer exists
        if (best.cost[k] < result.first) result = {best.cost[k], p};
        break;  // the first surviving place is the cheapest one
    }
    return result;
}

std::optional<SwapStarMove> SwapStar::best_candidate(int route_a, int route_b) {
    const Instance& instance = state_.instance();
    const RouteData& a = state_.route(route_a);
    const RouteData& b = state_.route(route_b);
    if (a.empty() || b.empty()) return std::nullopt;
    if (cache_.empty()) {
        // Room for 64 routes per client, 64 MB at most; beyond, (client, route) keys share slots.
        constexpr std::size_t kMaxEntries = std::size_t{1} << 20;
        cache_.resize(std::min(kMaxEntries, static_cast<std::size_t>(instance.num_nodes()) * 64));
    }
    const CostEvaluator& cost = state_.cost_evaluator();
    const Cost load_a = a.load();
    const Cost load_b = b.load();
    // With several load dimensions the routes' loads in all of them (positions carry dimension 0 alone).
    const bool several_dimensions = instance.load_dimensions() > 1;
    const Load all_a = several_dimensions ? a.load_all.back() : Load();
    const Load all_b = several_dimensions ? b.load_all.back() : Load();
    const Cost penalty_before = several_dimensions ? cost.load_penalty_on(a.type, all_a, b.type, all_b)
                                                   : cost.load_penalty_on(a.type, load_a, b.type, load_b);
    // The load penalty's change when u (of a) and v (of b) trade routes.
    auto swap_penalty = [&](int u, int v) {
        if (several_dimensions) {
            const Load change = instance.delivery_load(v) - instance.delivery_load(u);
            return cost.load_penalty_on(a.type, all_a + change, b.type, all_b - change) - penalty_before;
        }
        const Cost change = instance.demand(v) - instance.demand(u);
        return cost.load_penalty_on(a.type, load_a + change, b.type, load_b - change) - penalty_before;
    };
    // Each client's removal priced once per pair, not once per (u, v).
    removals_.resize(static_cast<std::size_t>(b.last()));
    for (int j = 1; j <= b.num_clients(); ++j)
        removals_[static_cast<std::size_t>(j)] = removal_cost(route_b, j);
    std::optional<SwapStarMove> best;
    Cost best_estimate = 0;
    for (int i = 1; i <= a.num_clients(); ++i) {
        const int u = a.nodes[static_cast<std::size_t>(i)];
        const Cost removal_u = removal_cost(route_a, i);
        for (int j = 1; j <= b.num_clients(); ++j) {
            const int v = b.nodes[static_cast<std::size_t>(j)];
            const Cost penalty = swap_penalty(u, v);
            const Cost removals = removal_u + removals_[static_cast<std::size_t>(j)];
            // HGS's filter: under the triangle inequality an insertion costs at least 0.
            if (penalty + removals >= best_estimate) continue;
            const auto [cost_u, after_u] = insertion_without(a, i, insertions(u, route_b), route_b, j);
            const auto [cost_v, after_v] = insertion_without(b, j, insertions(v, route_a), route_a, i);
            const Cost estimate = penalty + removals + cost_u + cost_v;
            if (estimate < best_estimate) {
                best_estimate = estimate;
                best = SwapStarMove{route_a, i, route_b, j, after_u, after_v};
            }
        }
    }
    return best;
}

}  // namespace routekit
