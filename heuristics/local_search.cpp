// The local-search driver: first improvement over granular neighbourhoods in a random order, skipping the
// pairs of routes that have not changed since they were last tried (HGS-CVRP's scheme).
#include "routekit/heuristics/local_search.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <unordered_map>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics/operators/group_exchange.hpp"
#include "heuristics/operators/optional_clients.hpp"
#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/reloads.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/operators/vehicle_swap.hpp"
#include "heuristics/search_state.hpp"
#include "model/vehicle_assignment.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

struct LocalSearch::Impl {
    Impl(const Instance& instance, LocalSearchParams params)
        : instance(instance),
          params(params),
          canonical_neighbours(params.neighbours ? params.neighbours
                                                 : shared_neighbour_lists(instance, params.granularity)),
          state(instance),
          relocate(state),
          or_opt(state),
          swap(state),
          two_opt(state),
          two_opt_star(state),
          swap_star(state),
          vehicle_swap(state),
          optional_clients(state),
          reloads(state),
          group_exchange(state),
          has_optional(instance.has_optional_clients()),
          has_groups(!instance.groups().empty()) {
        swap_star.price_time(params.swap_star_windows);
    }

    void run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
             const std::function<bool()>& should_stop, const std::vector<char>* settled);
    bool improve_client(int u);
    void descend_focused(Rng& rng, const std::function<bool()>& stop_now);
    void enlist_route(int r, std::vector<int>& work);
    const std::vector<int>& shuffled_neighbours(int u, Rng& rng);
    bool improve_swap_star_focused(long long since);
    bool improve_pair(int u, int v);
    bool improve_into_empty_route(int u, long long last_test);
    /// Fills u_segments for u (in route ru at position pu) unless they are current.
    void take_u_segments(int ru, int pu) {
        if (u_segment_count >= 0) return;
        u_segment_count = std::min(3, state.route(ru).num_clients() - pu + 1);
        for (int length = 1; length <= u_segment_count; ++length)
            u_segments[static_cast<std::size_t>(length - 1)] = segment_removal(state, ru, pu, length);
    }
    bool improve_swap_star();
    bool improve_vehicle_types();
    bool improve_optional(int u, long long last_test);
    bool improve_reloads();
    bool improve_group(int u, long long last_test);
    void repair_groups();
    /// Whether the local search may leave `client` out on its own: optional and in no group.
    bool removable(int client) const { return !instance.required(client) && instance.group_of(client) < 0; }

    /// Calls consider(route, after) for the places next to `client`'s served neighbours (before and after
    /// each) and in the empty routes: where a client left out is tried.
    template <class Consider>
    void for_each_place_near(int client, Consider consider) {
        for (int v : neighbours[static_cast<std::size_t>(client)]) {
            const int rv = state.route_of(v);
            if (rv < 0) continue;
            consider(rv, state.position_of(v) - 1);
            consider(rv, state.position_of(v));
        }
        for (const int empty : state.empty_routes()) consider(empty, 0);
    }

    /// try_move for a Relocate or OrOpt whose segment's removal part of the bound is already known.
    template <class Op>
    bool try_segment_move(Op& op, const SegmentMove& move, const SegmentRemoval& removal) {
        if (!op.valid(move) || (state.bounds_usable() && segment_insertion_bound(state, removal, move.reversed,
                                                                                  move.to_route, move.after) >= 0) ||
            op.evaluate(move, 0) >= 0)
            return false;
        op.apply(move);
        return true;
    }

    template <class Op, class Move>
    bool try_move(Op& op, const Move& move) {
        // The O(1) bound rules most moves out before any proposal is built; it never exceeds the delta.
        if (!op.valid(move) || op.lower_bound(move) >= 0 || op.evaluate(move, 0) >= 0) return false;
        op.apply(move);
        return true;
    }

    const Instance& instance;
    LocalSearchParams params;
    std::shared_ptr<const NeighbourLists> canonical_neighbours;
    std::vector<std::vector<int>> neighbours;  ///< this run's order of the canonical lists
    SearchState state;
    Relocate relocate;
    OrOpt or_opt;
    Swap swap;
    TwoOpt two_opt;
    TwoOptStar two_opt_star;
    SwapStar swap_star;
    VehicleSwap vehicle_swap;
    OptionalClients optional_clients;
    Reloads reloads;
    std::vector<long long> reloads_tested_at;  ///< per route: the move counter when its reloads were tried
    GroupExchange group_exchange;
    bool has_optional;                      ///< some client may be left out
    bool has_groups;                        ///< clients form groups, each served exactly once
    std::vector<long long> tested_at;       ///< per client: the move counter when last tried
    /// improve_client's u: the removal part of its segments' bounds (lengths 1-3; fewer near its route's
    /// end), the same for every neighbour v until a move changes the routes.
    std::array<SegmentRemoval, 3> u_segments;
    int u_segment_count = -1;  ///< -1: to be computed
    std::vector<long long> left_out_at;     ///< per optional client: the move counter when last left out
    std::vector<long long> pair_tested_at;  ///< per route pair: when SWAP* last tried it
    std::vector<char> pair_close;  ///< per route pair: some client of one is a neighbour in the other
    int pair_routes = 0;           ///< the route count the two pair tables are sized for
    // Focused runs (params.focused_from): stamps instead of per-run O(n) resets.
    std::vector<std::vector<int>> reverse_neighbours;  ///< per client: the clients listing it, built once
    std::vector<long long> listed_at;                  ///< per client: the work list that holds it
    std::vector<long long> shuffled_at;                ///< per client: the run its list was shuffled in
    long long list_stamp = 0;
    long long run_stamp = 0;
    std::unordered_map<std::uint64_t, long long> focused_pair_tested_at;  ///< SWAP*'s pair stamps
};

void LocalSearch::Impl::run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
                            const std::function<bool()>& should_stop, const std::vector<char>* settled) {
    std::vector<int> visits(static_cast<std::size_t>(instance.num_nodes()), 0);
    for (const Route& route : solution.routes)
        for (int client : route) {
            if (instance.is_depot(client) && state.trips()) continue;  // a reload
            if (instance.is_depot(client) || client >= instance.num_nodes() ||
                visits[static_cast<std::size_t>(client)]++ > 0)
                throw ParameterError("local search: client " + std::to_string(client) +
                                     " is unknown or visited twice");
        }
    for (int client = instance.num_depots(); client < instance.num_nodes(); ++client)
        if (visits[static_cast<std::size_t>(client)] == 0 && instance.required(client))
            throw ParameterError("local search: the solution must visit every required client");
    const bool single = instance.single_vehicle();
    const int slots = single                     ? 1
                      : instance.fleet_limited() ? instance.fleet()
                                                 : solution.num_nonempty_routes() + 1;
    state.load(solution, weights, slots, !single && !instance.fleet_limited());
    if (settled) {
        // load() keeps the non-empty routes in order.
        int loaded = 0;
        for (std::size_t k = 0; k < solution.routes.size(); ++k) {
            if (solution.routes[k].empty()) continue;
            if (k < settled->size() && (*settled)[k]) state.mark_settled(loaded);
            ++loaded;
        }
    }
    const int n = instance.num_nodes();
    tested_at.assign(static_cast<std::size_t>(n), -1);
    left_out_at.assign(static_cast<std::size_t>(n), -1);
    reloads_tested_at.clear();
    pair_routes = 0;

    // A descent on a thousand clients can take a good part of a second: a cancel or the clock must not wait
    // for its end. Polling every few dozen clients costs nothing measurable.
    constexpr std::size_t kPollEvery = 32;
    std::size_t visited = 0;
    auto stop_now = [&] { return should_stop && ++visited % kPollEvery == 0 && should_stop(); };
    if (settled && !has_optional && params.focused_from > 0 &&
        instance.num_clients() >= params.focused_from) {
        descend_focused(rng, stop_now);
        solution = state.solution();
        return;
    }
    std::vector<int> order(static_cast<std::size_t>(instance.num_clients()));
    std::iota(order.begin(), order.end(), instance.num_depots());
    portable_shuffle(order.begin(), order.end(), rng);
    // Shuffled copies of the canonical lists: a run depends on its inputs only, not on earlier runs.
    neighbours = *canonical_neighbours;
    for (auto& list : neighbours) portable_shuffle(list.begin(), list.end(), rng);
    // After the lists: the repair inserts next to a member's neighbours. (Groups make clients optional, so
    // the focused descent above, which draws lists lazily, never runs with them.)
    if (has_groups) repair_groups();
    bool stopped = false;
    for (bool improved = true; improved && !stopped;) {
        improved = false;
        for (int u : order) {
            if ((stopped = stop_now())) break;
            if (improve_client(u)) improved = true;
        }
        if (!stopped && state.trips() && improve_reloads()) improved = true;
        if (!stopped && params.swap_star && !single && improve_swap_star()) improved = true;
        if (!stopped && has_vehicle_types(instance) && improve_vehicle_types()) improved = true;
    }
    solution = state.solution();
}

// Every move of u: with each neighbour v whose route or u's changed since u was last tried, then into an
// empty route.
bool LocalSearch::Impl::improve_client(int u) {
    const long long last_test = tested_at[static_cast<std::size_t>(u)];
    tested_at[static_cast<std::size_t>(u)] = state.moves();
    bool improved = false;
    if (has_groups && instance.group_of(u) >= 0) {
        // A member left out enters when its group's served member is tried.
        if (state.route_of(u) < 0) return improved;
        if (improve_group(u, last_test)) improved = true;
        if (state.route_of(u) < 0) return improved;
    } else if (has_optional) {
        if (improve_optional(u, last_test)) improved = true;
        if (state.route_of(u) < 0) return improved;
    }
    u_segment_count = -1;
    for (int v : neighbours[static_cast<std::size_t>(u)]) {
        if (has_optional && state.route_of(v) < 0) continue;
        const long long changed =
            std::max(state.route(state.route_of(u)).modified, state.route(state.route_of(v)).modified);
        if (changed > last_test && improve_pair(u, v)) {
            improved = true;
            u_segment_count = -1;
        }
    }
    if (!instance.single_vehicle() && improve_into_empty_route(u, last_test)) improved = true;
    return improved;
}

// u's neighbour list in this run's order, drawn when u is first visited: a focused run touches a few
// hundred lists, not all n.
const std::vector<int>& LocalSearch::Impl::shuffled_neighbours(int u, Rng& rng) {
    const auto i = static_cast<std::size_t>(u);
    if (shuffled_at[i] != run_stamp) {
        shuffled_at[i] = run_stamp;
        neighbours[i] = (*canonical_neighbours)[i];
        portable_shuffle(neighbours[i].begin(), neighbours[i].end(), rng);
    }
    return neighbours[i];
}

// The clients of route r and those listing one of them as a neighbour: the clients that have a move
// touching r.
void LocalSearch::Impl::enlist_route(int r, std::vector<int>& work) {
    auto enlist = [&](int client) {
        if (listed_at[static_cast<std::size_t>(client)] == list_stamp) return;
        listed_at[static_cast<std::size_t>(client)] = list_stamp;
        work.push_back(client);
    };
    const RouteData& route = state.route(r);
    for (int k = 1; k < route.last(); ++k) {
        const int client = route.node(k);
        enlist(client);
        for (int other : reverse_neighbours[static_cast<std::size_t>(client)]) enlist(other);
    }
}

// The full descent's passes, each over the clients a move may have reached since the last: first the
// routes not settled, then the routes changed during the pass before. A client left out has every pair
// (u, v) with both routes unchanged since it was last tried, which the full pass skips too.
void LocalSearch::Impl::descend_focused(Rng& rng, const std::function<bool()>& stop_now) {
    const auto n = static_cast<std::size_t>(instance.num_nodes());
    if (reverse_neighbours.size() != n) {
        reverse_neighbours.assign(n, {});
        for (std::size_t u = 0; u < n; ++u)
            for (int v : (*canonical_neighbours)[u])
                reverse_neighbours[static_cast<std::size_t>(v)].push_back(static_cast<int>(u));
        listed_at.assign(n, -1);
        shuffled_at.assign(n, -1);
        neighbours = *canonical_neighbours;
    }
    ++run_stamp;
    focused_pair_tested_at.clear();
    std::vector<int> work;
    ++list_stamp;
    for (int r = 0; r < state.num_routes(); ++r)
        if (state.route(r).modified != SearchState::kSettled) enlist_route(r, work);
    long long swap_star_since = SearchState::kSettled;
    const bool single = instance.single_vehicle();
    while (!work.empty()) {
        portable_shuffle(work.begin(), work.end(), rng);
        const long long pass_start = state.moves();
        bool improved = false;
        for (int u : work) {
            if (stop_now()) return;
            shuffled_neighbours(u, rng);
            if (improve_client(u)) improved = true;
        }
        if (params.swap_star && !single) {
            const long long since = swap_star_since;
            swap_star_since = state.moves();
            if (improve_swap_star_focused(since)) improved = true;
        }
        if (has_vehicle_types(instance) && improve_vehicle_types()) improved = true;
        work.clear();
        ++list_stamp;
        if (!improved) return;
        for (int r = 0; r < state.num_routes(); ++r)
            if (state.route(r).modified > pass_start) enlist_route(r, work);
    }
}

// improve_swap_star over the pairs of close routes of which one changed after `since` (the others were
// tried by an earlier call, or were settled together), in the same order: by first route, then second.
bool LocalSearch::Impl::improve_swap_star_focused(long long since) {
    std::vector<std::pair<int, int>> pairs;
    for (int a = 0; a < state.num_routes(); ++a) {
        const RouteData& route = state.route(a);
        if (route.modified <= since) continue;
        for (int k = 1; k < route.last(); ++k) {
            const auto client = static_cast<std::size_t>(route.node(k));
            const std::vector<int>* lists[] = {&(*canonical_neighbours)[client], &reverse_neighbours[client]};
            for (const std::vector<int>* list : lists)
                for (int v : *list) {
                    const int b = state.route_of(v);
                    if (b != a) pairs.emplace_back(std::min(a, b), std::max(a, b));
                }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    bool improved = false;
    for (const auto& [a, b] : pairs) {
        const auto key = (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint64_t>(b);
        const auto found = focused_pair_tested_at.find(key);
        const long long tested = found == focused_pair_tested_at.end() ? -1 : found->second;
        const long long changed = std::max(state.route(a).modified, state.route(b).modified);
        if (changed <= tested) continue;
        focused_pair_tested_at[key] = state.moves();
        const auto candidate = swap_star.best_candidate(a, b);
        if (candidate && swap_star.evaluate(*candidate, 0) < 0) {
            swap_star.apply(*candidate);
            improved = true;
        }
    }
    return improved;
}

bool LocalSearch::Impl::improve_pair(int u, int v) {
    const int ru = state.route_of(u);
    const int rv = state.route_of(v);
    const int pu = state.position_of(u);
    const int pv = state.position_of(v);
    // Segments starting at u placed after v or before it (after its predecessor).
    take_u_segments(ru, pu);
    for (int length = 1; length <= u_segment_count; ++length)
        for (int reversed = 0; reversed <= (length > 1 ? 1 : 0); ++reversed)
            for (int after : {pv, pv - 1}) {
                const SegmentMove move{ru, pu, length, reversed == 1, rv, after};
                const SegmentRemoval& removal = u_segments[static_cast<std::size_t>(length - 1)];
                if (ru == rv ? try_segment_move(or_opt, move, removal) : try_segment_move(relocate, move, removal))
                    return true;
            }
    for (int length_u = 1; length_u <= 2; ++length_u)
        for (int length_v = 1; length_v <= 2; ++length_v)
            if (try_move(swap, SwapMove{ru, pu, length_u, rv, pv, length_v})) return true;
    if (ru != rv) {
        // Tails exchanged so that u -> v or v -> u becomes an edge, then the reversing variant.
        if (try_move(two_opt_star, TwoOptStarMove{ru, pu, rv, pv - 1, false}) ||
            try_move(two_opt_star, TwoOptStarMove{ru, pu - 1, rv, pv, false}) ||
            try_move(two_opt_star, TwoOptStarMove{ru, pu, rv, pv, true}) ||
            try_move(two_opt_star, TwoOptStarMove{ru, pu - 1, rv, pv - 1, true}))
            return true;
    } else {
        const int low = std::min(pu, pv);
        const int high = std::max(pu, pv);
        if (try_move(two_opt, TwoOptMove{ru, low + 1, high}) ||
            try_move(two_opt, TwoOptMove{ru, low, high - 1}))
            return true;
    }
    return false;
}

// A served optional client, alone or with the optional clients after it, is dropped when that saves more
// than their prizes; a left-out one is inserted at
// its best place next to a neighbour (or into an empty route) when that costs less than its prize. Positions
// in routes unchanged since u was last tried are skipped: their deltas are as they were, none improving.
// Except for a client not tried yet, or left out since: it is new to every route, settled ones included (a
// ruin took it from its route and the recreation left it out, or this descent dropped it), and settled
// routes would otherwise never see it again.
bool LocalSearch::Impl::improve_optional(int u, long long last_test) {
    const int ru = state.route_of(u);
    if (ru >= 0) {
        // u alone, or u and the optional clients after it, up to the route's end.
        if (state.route(ru).modified <= last_test) return false;
        const RouteData& route = state.route(ru);
        const int first = state.position_of(u);
        Cost best = 0, prizes = 0;
        int best_last = -1;
        for (int last = first; last < route.last() && removable(route.node(last)); ++last) {
            prizes = saturating_add(prizes, instance.prize(route.node(last)));
            const Cost delta = optional_clients.segment_removal_delta(ru, first, last, prizes);
            if (delta < best) best = delta, best_last = last;
        }
        if (best_last < 0) return false;
        const std::vector<int>& nodes = route.nodes;
        const std::vector<int> dropped(nodes.begin() + first, nodes.begin() + best_last + 1);
        optional_clients.remove_segment(ru, first, best_last);
        for (int client : dropped) left_out_at[static_cast<std::size_t>(client)] = state.moves();
        return true;
    }
    const bool fresh = last_test < 0 || left_out_at[static_cast<std::size_t>(u)] > last_test;
    Cost best = 0;
    InsertionMove best_move{u, -1, 0};
    auto consider = [&](int route, int after) {
        if (!fresh && state.route(route).modified <= last_test) return;
        const InsertionMove move{u, route, after};
        if (optional_clients.insertion_bound(move) >= best) return;
        const Cost delta = optional_clients.insertion_delta(move, best);
        if (delta < best) {
            best = delta;
            best_move = move;
        }
    };
    for_each_place_near(u, consider);
    if (best_move.route < 0) return false;
    optional_clients.insert(best_move);
    return true;
}

// Each route changed since its reloads were last tried: reloads inserted and removed while that improves.
bool LocalSearch::Impl::improve_reloads() {
    bool improved = false;
    reloads_tested_at.resize(static_cast<std::size_t>(state.num_routes()), -1);
    for (int r = 0; r < state.num_routes(); ++r) {
        if (state.route(r).modified <= reloads_tested_at[static_cast<std::size_t>(r)]) continue;
        while (reloads.improve(r)) improved = true;
        reloads_tested_at[static_cast<std::size_t>(r)] = state.moves();
    }
    return improved;
}

// The served member u of a group makes way for another member, in u's place or next to one of that
// member's neighbours (or in an empty route), when that costs less. Positions are skipped when neither
// u's route nor theirs changed since u was last tried: their deltas are as they were, none improving.
bool LocalSearch::Impl::improve_group(int u, long long last_test) {
    const int ru = state.route_of(u);
    const bool u_route_changed = state.route(ru).modified > last_test;
    Cost best = 0;
    GroupExchangeMove best_move{u, -1, -1, 0};
    for (const int other : instance.groups()[static_cast<std::size_t>(instance.group_of(u))]) {
        if (other == u) continue;
        auto consider = [&](int route, int after) {
            if (!u_route_changed && state.route(route).modified <= last_test) return;
            const GroupExchangeMove move{u, other, route, after};
            if (group_exchange.lower_bound(move) >= best) return;
            const Cost delta = group_exchange.delta(move, best);
            if (delta < best) {
                best = delta;
                best_move = move;
            }
        };
        consider(ru, state.position_of(u));
        for_each_place_near(other, consider);
    }
    if (best_move.route < 0) return false;
    group_exchange.apply(best_move);
    return true;
}

// Before the descent every group gets exactly one served member: of several, the ones whose removal saves
// most leave one by one; a group with none gets the member whose cheapest insertion (next to its neighbours
// or in an empty route; anywhere when none of its neighbours is served) costs least. Crossover and recreate
// children may serve a group twice or not at all: this is their repair.
void LocalSearch::Impl::repair_groups() {
    for (const std::vector<int>& group : instance.groups()) {
        std::vector<int> served;
        for (int client : group)
            if (state.route_of(client) >= 0) served.push_back(client);
        while (served.size() > 1) {
            std::size_t most_saving = 0;
            Cost best = kUnlimited;
            for (std::size_t k = 0; k < served.size(); ++k) {
                const Cost delta = optional_clients.removal_delta(served[k]);
                if (delta < best) best = delta, most_saving = k;
            }
            optional_clients.remove(served[most_saving]);
            served.erase(served.begin() + static_cast<std::ptrdiff_t>(most_saving));
        }
        if (!served.empty()) continue;
        Cost best = kUnlimited;
        InsertionMove best_move{-1, -1, 0};
        auto consider = [&](int client, int route, int after) {
            const InsertionMove move{client, route, after};
            const Cost delta = optional_clients.insertion_delta(move, best);
            if (delta < best) best = delta, best_move = move;
        };
        for (int client : group)
            for_each_place_near(client, [&](int route, int after) { consider(client, route, after); });
        if (best_move.route < 0)
            for (int client : group)
                for (int r = 0; r < state.num_routes(); ++r)
                    for (int after = 0; after < state.route(r).last(); ++after) consider(client, r, after);
        if (best_move.route < 0) throw ParameterError("local search: no route to serve a client group");
        optional_clients.insert(best_move);
    }
}

// u's segments into each listed empty route. Skipped when u was tried in this run and neither its route nor
// any listed empty route changed since: the same moves, under the same penalties, and none improved then (an
// empty route listed now in place of another is a vehicle of the same type, so the same move).
bool LocalSearch::Impl::improve_into_empty_route(int u, long long last_test) {
    const int ru = state.route_of(u);
    if (state.route(ru).num_clients() <= 1) return false;
    const std::vector<int>& empties = state.empty_routes();
    const auto unchanged = [&](int r) { return state.route(r).modified <= last_test; };
    if (last_test >= 0 && unchanged(ru) && std::all_of(empties.begin(), empties.end(), unchanged)) return false;
    const int pu = state.position_of(u);
    take_u_segments(ru, pu);
    // The list is read in place: a move that fills one of its routes ends the loop.
    for (const int empty : empties)
        for (int length = 1; length <= u_segment_count; ++length)
            if (try_segment_move(relocate, SegmentMove{ru, pu, length, false, empty, 0},
                                 u_segments[static_cast<std::size_t>(length - 1)]))
                return true;
    return false;
}

bool LocalSearch::Impl::improve_vehicle_types() {
    bool improved = false;
    for (int a = 0; a < state.num_routes(); ++a) {
        if (state.route(a).empty()) continue;
        for (int b = 0; b < state.num_routes(); ++b) {
            // Non-empty routes trade vehicles with each other (each pair once) or with one listed empty
            // route per type: other empty routes are spare vehicles of types already represented.
            const bool listed_empty =
                state.route(b).empty() && std::find(state.empty_routes().begin(), state.empty_routes().end(),
                                                    b) != state.empty_routes().end();
            if ((state.route(b).empty() && !listed_empty) || (!state.route(b).empty() && b < a)) continue;
            if (try_move(vehicle_swap, VehicleSwapMove{a, b})) improved = true;
            if (state.route(a).empty()) break;
        }
    }
    return improved;
}

bool LocalSearch::Impl::improve_swap_star() {
    const int routes = state.num_routes();
    if (routes != pair_routes) {
        pair_routes = routes;
        pair_tested_at.assign(static_cast<std::size_t>(routes * routes), -1);
    }
    pair_close.assign(static_cast<std::size_t>(routes * routes), 0);
    for (int u = instance.num_depots(); u < instance.num_nodes(); ++u)
        for (int v : neighbours[static_cast<std::size_t>(u)]) {
            if (state.route_of(u) < 0 || state.route_of(v) < 0) continue;
            const int a = std::min(state.route_of(u), state.route_of(v));
            const int b = std::max(state.route_of(u), state.route_of(v));
            if (a != b) pair_close[static_cast<std::size_t>(a * routes + b)] = 1;
        }
    bool improved = false;
    for (int a = 0; a < routes; ++a)
        for (int b = a + 1; b < routes; ++b) {
            const auto index = static_cast<std::size_t>(a * routes + b);
            if (!pair_close[index]) continue;
            const long long changed = std::max(state.route(a).modified, state.route(b).modified);
            if (changed <= pair_tested_at[index]) continue;
            pair_tested_at[index] = state.moves();
            const auto candidate = swap_star.best_candidate(a, b);
            if (candidate && swap_star.evaluate(*candidate, 0) < 0) {
                swap_star.apply(*candidate);
                improved = true;
            }
        }
    return improved;
}

std::shared_ptr<const NeighbourLists> shared_neighbour_lists(const Instance& instance, int granularity) {
    return std::make_shared<const NeighbourLists>(granular_neighbours(instance, granularity));
}

LocalSearch::LocalSearch(const Instance& instance, LocalSearchParams params)
    : impl_(std::make_unique<Impl>(instance, params)) {}
LocalSearch::~LocalSearch() = default;

void LocalSearch::run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
                      const std::function<bool()>& should_stop) {
    impl_->run(solution, weights, rng, should_stop, nullptr);
}

void LocalSearch::run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
                      const std::function<bool()>& should_stop, const std::vector<char>& settled) {
    impl_->run(solution, weights, rng, should_stop, &settled);
}

std::vector<OperatorStats> LocalSearch::stats() const {
    std::vector<OperatorStats> stats{impl_->relocate.stats(),     impl_->or_opt.stats(),
                                     impl_->swap.stats(),         impl_->two_opt.stats(),
                                     impl_->two_opt_star.stats(), impl_->swap_star.stats()};
    if (has_vehicle_types(impl_->instance)) stats.push_back(impl_->vehicle_swap.stats());
    if (impl_->has_optional) stats.push_back(impl_->optional_clients.stats());
    if (impl_->state.trips()) stats.push_back(impl_->reloads.stats());
    if (impl_->has_groups) stats.push_back(impl_->group_exchange.stats());
    return stats;
}

}  // namespace routekit
