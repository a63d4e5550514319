#include "solver/tsp_search.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include "routekit/model/random.hpp"
#include "solver/tsp_greedy_tour.hpp"
#include "solver/tsp_local_search.hpp"
#include "solver/tsp_tour.hpp"

namespace routekit {

namespace {

using Clock = std::chrono::steady_clock;

/// Below this many nodes the neighbourhoods degenerate; every tour is tried instead (at most 6! of them).
constexpr int kExhaustiveBelow = 8;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<int> nearest_neighbour_tour(const Instance& instance) {
    const int n = instance.num_nodes();
    std::vector<int> order{0};
    std::vector<char> visited(n, 0);
    visited[0] = 1;
    for (int step = 1; step < n; ++step) {
        const int from = order.back();
        int best = -1;
        for (int j = 0; j < n; ++j)
            if (!visited[j] && (best < 0 || instance.distance(from, j) < instance.distance(from, best)))
                best = j;
        visited[best] = 1;
        order.push_back(best);
    }
    return order;
}

std::vector<int> tour_from_route(const Instance& instance, const Route& route) {
    std::vector<int> order{0};
    order.insert(order.end(), route.begin(), route.end());
    std::vector<char> seen(instance.num_nodes(), 0);
    for (int node : order) {
        if (node < 0 || node >= instance.num_nodes() || seen[node])
            throw std::invalid_argument("tsp_search: the initial tour is not a permutation of the clients");
        seen[node] = 1;
    }
    if (static_cast<int>(order.size()) != instance.num_nodes())
        throw std::invalid_argument("tsp_search: the initial tour misses clients");
    return order;
}

Route route_from_tour(const std::vector<int>& order) {
    const auto zero = std::find(order.begin(), order.end(), 0);
    Route route(zero + 1, order.end());
    route.insert(route.end(), order.begin(), zero);
    return route;
}

Cost cycle_cost(const Instance& instance, const std::vector<int>& order) {
    Cost total = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
        total += instance.distance(order[i], order[i + 1 == order.size() ? 0 : i + 1]);
    return total;
}

/// Tries every order of the clients (node 0 first): exact for the tiny instances the moves cannot handle.
std::vector<int> exhaustive_tour(const Instance& instance) {
    std::vector<int> order(instance.num_nodes());
    std::iota(order.begin(), order.end(), 0);
    std::vector<int> best = order;
    Cost best_cost = cycle_cost(instance, order);
    while (order.size() > 1 && std::next_permutation(order.begin() + 1, order.end())) {
        const Cost cost = cycle_cost(instance, order);
        if (cost < best_cost) {
            best_cost = cost;
            best = order;
        }
    }
    return best;
}

}  // namespace

TspSearchResult tsp_search(const Instance& instance, const TspSearchParams& params) {
    const Clock::time_point start = Clock::now();
    const int n = instance.num_nodes();
    TspSearchResult result;
    const auto finish = [&](const std::vector<int>& order, Cost cost) {
        result.solution.routes = {route_from_tour(order)};
        result.cost = cost;
        result.elapsed = seconds_since(start);
        return result;
    };
    if (n < kExhaustiveBelow) {
        const std::vector<int> initial = exhaustive_tour(instance);
        const Cost cost = cycle_cost(instance, initial);
        if (params.on_improvement) params.on_improvement(cost, seconds_since(start), 0);
        result.time_to_best = seconds_since(start);
        return finish(initial, cost);
    }

    TspCandidateParams candidates;
    const bool alpha = params.alpha_from > 0 && instance.distance_symmetric();
    candidates.neighbours = alpha ? params.alpha_neighbours : params.neighbours;
    candidates.per_quadrant = params.quadrant_neighbours;
    candidates.alpha_from = alpha ? params.alpha_from : 0;
    candidates.ascent_iterations = params.alpha_ascent;
    candidates.one_tree_work = params.alpha_one_tree_work;
    TspLocalSearch local_search(instance, candidates, params.lin_kernighan);
    std::vector<int> initial;
    if (params.initial_tour)
        initial = tour_from_route(instance, *params.initial_tour);
    else if (instance.distance_symmetric())
        initial = greedy_tour(n, local_search.list_length(), local_search.candidate_lists(),
                              [&local_search](int i, int j) { return local_search.distance(i, j); });
    else
        initial = nearest_neighbour_tour(instance);
    TspTour tour(std::move(initial));
    Rng rng(params.seed);
    const auto check = [&](Cost cost) {
        if (params.verify && cost != tour.cost(instance))
            throw std::logic_error("tsp_search: incremental cost " + std::to_string(cost) +
                                   " differs from the tour's cost " + std::to_string(tour.cost(instance)));
    };

    local_search.activate_all(tour);
    Cost cost = tour.cost(instance) - local_search.descend(tour);
    check(cost);
    // The tour is the accepted one between kicks: a rejected kick is undone from the tour's log. Any tour
    // costing best_cost is a best tour, so `best` is copied only when the search leaves the accepted tour
    // for good (a restart) or ends.
    tour.forget_changes();
    std::vector<int> best = tour.order();
    Cost best_cost = cost;
    Cost accepted_cost = cost;
    result.time_to_best = seconds_since(start);
    if (params.on_improvement) params.on_improvement(cost, result.time_to_best, 0);

    // Kick: the blocks after three cut points within `span` positions trade places (a double bridge),
    // a->b..c->d..e->f becoming a->d..e->b..c->f; only the six end nodes are re-examined.
    const auto kick = [&](int span) {
        const int p0 = static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(n)));
        int o1 = 1 + static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(span)));
        int o2 = 1 + static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(span - 1)));
        if (o2 >= o1)
            ++o2;
        else
            std::swap(o1, o2);
        const int a = tour.at(p0);
        const int b = tour.at((p0 + 1) % n);
        const int c = tour.at((p0 + o1) % n);
        const int d = tour.at((p0 + o1 + 1) % n);
        const int e = tour.at((p0 + o2) % n);
        const int f = tour.at((p0 + o2 + 1) % n);
        cost += instance.distance(a, d) + instance.distance(e, b) + instance.distance(c, f) -
                instance.distance(a, b) - instance.distance(c, d) - instance.distance(e, f);
        tour.swap_adjacent_blocks(b, c, e);
        for (int node : {a, b, c, d, e, f}) local_search.activate(node);
    };

    const int span = std::min(params.kick_span, n - 2);
    std::int64_t iteration = 0;
    std::int64_t since_improvement = 0;
    std::int64_t best_iteration = 0;  // the kick that found the best tour
    Clock::time_point next_progress = start + std::chrono::seconds(1);
    const auto should_stop = [&]() {
        if (params.max_iterations >= 0 && iteration >= params.max_iterations) return true;
        if (params.no_improvement >= 0 && iteration - best_iteration >= params.no_improvement) return true;
        if (params.target && best_cost <= *params.target) return true;
        const Clock::time_point now = Clock::now();
        if (now >= params.deadline) return true;
        if (params.on_progress && now >= next_progress) {
            params.on_progress(best_cost, seconds_since(start), iteration);
            next_progress = now + std::chrono::seconds(1);
        }
        return (iteration & 63) == 0 && params.cancelled && params.cancelled();
    };
    while (!should_stop()) {
        ++iteration;
        const bool restart = params.restart_after > 0 && since_improvement >= params.restart_after;
        if (restart) {
            // Stuck on a plateau: leave it from the best tour by kicks anywhere, and go on from there
            // whatever the result costs.
            if (accepted_cost == best_cost)
                best = tour.order();
            else
                tour.assign(best);
            cost = best_cost;
            for (int k = 0; k < params.restart_kicks; ++k) kick(n - 2);
        } else {
            kick(span);
        }
        cost -= local_search.descend(tour);
        check(cost);
        if (restart || cost <= accepted_cost) {
            since_improvement = cost < accepted_cost ? 0 : since_improvement + 1;
            tour.forget_changes();
            accepted_cost = cost;
            if (cost < best_cost) {
                best_cost = cost;
                best_iteration = iteration;
                result.time_to_best = seconds_since(start);
                if (params.on_improvement) params.on_improvement(cost, result.time_to_best, iteration);
            }
        } else {
            ++since_improvement;
            tour.undo_changes();
            cost = accepted_cost;
        }
    }
    if (accepted_cost == best_cost) best = tour.order();
    result.iterations = iteration;
    return finish(best, best_cost);
}

}  // namespace routekit
