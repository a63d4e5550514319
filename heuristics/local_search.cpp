// The local-search driver: first improvement over granular neighbourhoods in a random order, skipping the
// pairs of routes that have not changed since they were last tried (HGS-CVRP's scheme). It knows the
// operators only as the NodeOperators and RouteOperators registered in the constructor, tried in
// registration order.
#include "routekit/heuristics/local_search.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <string>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

struct LocalSearch::Impl {
    Impl(const Instance& instance, LocalSearchParams params)
        : instance(instance),
          params(params),
          canonical_neighbours(granular_neighbours(instance, params.granularity)),
          state(instance) {
        // The order of registration is the order the moves of a pair are tried in (results depend on it).
        // Relocate and OrOpt, 2-opt and 2-opt* apply to disjoint pairs (between routes or within one).
        relocate = &add(node_operators, std::make_unique<Relocate>(state));
        add(node_operators, std::make_unique<OrOpt>(state));
        add(node_operators, std::make_unique<Swap>(state));
        add(node_operators, std::make_unique<TwoOpt>(state));
        add(node_operators, std::make_unique<TwoOptStar>(state));
        add(route_operators, std::make_unique<SwapStar>(state));
    }

    template <class Interface, class Op>
    static Op& add(std::vector<std::unique_ptr<Interface>>& operators, std::unique_ptr<Op> op) {
        Op& result = *op;
        operators.push_back(std::move(op));
        return result;
    }

    void run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
             const std::function<bool()>& should_stop);
    bool improve_pair(int u, int v);
    bool improve_into_empty_route(int u);
    bool improve_route_pairs();

    const Instance& instance;
    LocalSearchParams params;
    std::vector<std::vector<int>> canonical_neighbours;
    std::vector<std::vector<int>> neighbours;  ///< this run's order of the canonical lists
    SearchState state;
    std::vector<std::unique_ptr<NodeOperator>> node_operators;
    std::vector<std::unique_ptr<RouteOperator>> route_operators;
    Relocate* relocate = nullptr;           ///< also moves clients into an empty route
    std::vector<long long> tested_at;       ///< per client: the move counter when last tried
    std::vector<long long> pair_tested_at;  ///< per route pair: when the route operators last tried it
    std::vector<char> pair_close;  ///< per route pair: some client of one is a neighbour in the other
    int pair_routes = 0;           ///< the route count the two pair tables are sized for
};

void LocalSearch::Impl::run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
                            const std::function<bool()>& should_stop) {
    std::vector<int> visits(static_cast<std::size_t>(instance.num_nodes()), 0);
    for (const Route& route : solution.routes)
        for (int client : route) {
            if (client <= 0 || client >= instance.num_nodes() ||
                visits[static_cast<std::size_t>(client)]++ > 0)
                throw ParameterError("local search: client " + std::to_string(client) +
                                     " is unknown or visited twice");
        }
    if (std::count(visits.begin() + 1, visits.end(), 0) > 0)
        throw ParameterError("local search: the solution must visit every client");
    const bool single = instance.single_vehicle();
    const int slots = single                     ? 1
                      : instance.fleet_limited() ? instance.fleet()
                                                 : solution.num_nonempty_routes() + 1;
    state.load(solution, weights, slots, !single && !instance.fleet_limited());
    const int n = instance.num_nodes();
    std::vector<int> order(static_cast<std::size_t>(n - 1));
    std::iota(order.begin(), order.end(), 1);
    portable_shuffle(order.begin(), order.end(), rng);
    // Shuffled copies of the canonical lists: a run depends on its inputs only, not on earlier runs.
    neighbours = canonical_neighbours;
    for (auto& list : neighbours) portable_shuffle(list.begin(), list.end(), rng);
    tested_at.assign(static_cast<std::size_t>(n), -1);
    pair_routes = 0;

    // A descent on a thousand clients can take a good part of a second: a cancel or the clock must not wait
    // for its end. Polling every few dozen clients costs nothing measurable.
    constexpr std::size_t kPollEvery = 32;
    std::size_t visited = 0;
    auto stop_now = [&] { return should_stop && ++visited % kPollEvery == 0 && should_stop(); };
    bool stopped = false;
    for (bool improved = true; improved && !stopped;) {
        improved = false;
        for (int u : order) {
            if ((stopped = stop_now())) break;
            const long long last_test = tested_at[static_cast<std::size_t>(u)];
            tested_at[static_cast<std::size_t>(u)] = state.moves();
            for (int v : neighbours[static_cast<std::size_t>(u)]) {
                const long long changed = std::max(state.route(state.route_of(u)).modified,
                                                   state.route(state.route_of(v)).modified);
                if (changed > last_test && improve_pair(u, v)) improved = true;
            }
            if (!single && improve_into_empty_route(u)) improved = true;
        }
        if (!stopped && params.swap_star && !single && improve_route_pairs()) improved = true;
    }
    solution = state.solution();
}

bool LocalSearch::Impl::improve_pair(int u, int v) {
    const NodePair pair{
        u, v, state.route_of(u), state.route_of(v), state.position_of(u), state.position_of(v)};
    for (const auto& op : node_operators)
        if (op->improve(pair)) return true;
    return false;
}

bool LocalSearch::Impl::improve_into_empty_route(int u) {
    const int empty = state.empty_route();
    const int ru = state.route_of(u);
    if (empty < 0 || state.route(ru).num_clients() <= 1) return false;
    for (int length = 1; length <= 3; ++length)
        if (relocate->try_improve(SegmentMove{ru, state.position_of(u), length, false, empty, 0}))
            return true;
    return false;
}

bool LocalSearch::Impl::improve_route_pairs() {
    const int routes = state.num_routes();
    if (routes != pair_routes) {
        pair_routes = routes;
        pair_tested_at.assign(static_cast<std::size_t>(routes * routes), -1);
    }
    pair_close.assign(static_cast<std::size_t>(routes * routes), 0);
    for (int u = 1; u < instance.num_nodes(); ++u)
        for (int v : neighbours[static_cast<std::size_t>(u)]) {
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
            for (const auto& op : route_operators)
                if (op->improve(a, b)) {
                    improved = true;
                    break;
                }
        }
    return improved;
}

LocalSearch::LocalSearch(const Instance& instance, LocalSearchParams params)
    : impl_(std::make_unique<Impl>(instance, params)) {}
LocalSearch::~LocalSearch() = default;

void LocalSearch::run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
                      const std::function<bool()>& should_stop) {
    impl_->run(solution, weights, rng, should_stop);
}

std::vector<OperatorStats> LocalSearch::stats() const {
    std::vector<OperatorStats> result;
    for (const auto& op : impl_->node_operators) result.push_back(op->stats());
    for (const auto& op : impl_->route_operators) result.push_back(op->stats());
    return result;
}

}  // namespace routekit
