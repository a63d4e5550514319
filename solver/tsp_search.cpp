#include "solver/tsp_search.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "routekit/model/random.hpp"
#include "solver/rng_streams.hpp"
#include "solver/tsp_partition_crossover.hpp"
#include "solver/tsp_greedy_tour.hpp"
#include "solver/tsp_local_search.hpp"
#include "solver/tsp_tour.hpp"

namespace routekit {

namespace {

using Clock = std::chrono::steady_clock;

/// Below this many nodes the neighbourhoods degenerate; every tour is tried instead (at most 6! of them).
constexpr int kExhaustiveBelow = 8;
/// The random stream of the walks after the first (rng_streams.hpp).
constexpr std::uint64_t kWalkStream = 0x7a1c;

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

/// One iterated local search: the accepted tour, its kicks, descents and restarts. tsp_search runs
/// TspSearchParams::walks of them from the same tour (on up to `threads` threads), their best tours merged
/// between epochs.
class Walk {
  public:
    Walk(const Instance& instance, const TspSearchParams& params, TspLocalSearch local_search,
         std::vector<int> initial, Rng rng)
        : instance_(&instance),
          params_(&params),
          local_search_(std::move(local_search)),
          tour_(std::move(initial)),
          rng_(rng),
          n_(instance.num_nodes()),
          span_(std::min(params.kick_span, n_ - 2)) {
        local_search_.activate_all(tour_);
        cost_ = tour_.cost(instance) - local_search_.descend(tour_);
        check();
        // The tour is the accepted one between kicks: a rejected kick is undone from the tour's log. Any
        // tour costing best_cost is a best tour, so `best_` is copied only when the search leaves the
        // accepted tour for good (a restart) or ends.
        tour_.forget_changes();
        best_ = tour_.order();
        best_cost_ = accepted_cost_ = cost_;
    }

    Cost best_cost() const { return best_cost_; }
    const std::vector<int>& best_order() const { return accepted_cost_ == best_cost_ ? tour_.order() : best_; }
    void reseed(Rng rng) { rng_ = rng; }

    /// One kick (or a restart), its descent, and the verdict; true when the best tour improved.
    bool step() {
        const bool restart = params_->restart_after > 0 && since_improvement_ >= params_->restart_after;
        if (restart) {
            // Stuck on a plateau: leave it from the best tour by kicks anywhere, and go on from there
            // whatever the result costs.
            if (accepted_cost_ == best_cost_)
                best_ = tour_.order();
            else
                tour_.assign(best_);
            cost_ = best_cost_;
            for (int k = 0; k < params_->restart_kicks; ++k) kick(n_ - 2);
        } else {
            kick(span_);
        }
        cost_ -= local_search_.descend(tour_);
        check();
        if (restart || cost_ <= accepted_cost_) {
            since_improvement_ = cost_ < accepted_cost_ ? 0 : since_improvement_ + 1;
            tour_.forget_changes();
            accepted_cost_ = cost_;
            if (cost_ < best_cost_) {
                best_cost_ = cost_;
                return true;
            }
        } else {
            ++since_improvement_;
            tour_.undo_changes();
            cost_ = accepted_cost_;
        }
        return false;
    }

    /// Goes on from `order` (costing `cost`, less than best_cost()) as its accepted and best tour; only the
    /// nodes whose neighbours differ from the accepted tour's are re-examined.
    void adopt(const std::vector<int>& order, Cost cost) {
        std::vector<int> changed;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int node = order[i];
            const int next = order[i + 1 == order.size() ? 0 : i + 1];
            if (tour_.next(node) != next && tour_.prev(node) != next) changed.insert(changed.end(), {node, next});
        }
        if (changed.empty() && cost == accepted_cost_) return;
        since_improvement_ = 0;
        tour_.assign(order);
        best_ = order;
        cost_ = accepted_cost_ = best_cost_ = cost;
        for (int node : changed) local_search_.activate(node);
        cost_ -= local_search_.descend(tour_);
        check();
        tour_.forget_changes();
        accepted_cost_ = best_cost_ = cost_;
    }

  private:
    // Kick: the blocks after three cut points within `span` positions trade places (a double bridge),
    // a->b..c->d..e->f becoming a->d..e->b..c->f; only the six end nodes are re-examined.
    void kick(int span) {
        const int p0 = static_cast<int>(uniform_below(rng_, static_cast<std::uint64_t>(n_)));
        int o1 = 1 + static_cast<int>(uniform_below(rng_, static_cast<std::uint64_t>(span)));
        int o2 = 1 + static_cast<int>(uniform_below(rng_, static_cast<std::uint64_t>(span - 1)));
        if (o2 >= o1)
            ++o2;
        else
            std::swap(o1, o2);
        const int a = tour_.at(p0);
        const int b = tour_.at((p0 + 1) % n_);
        const int c = tour_.at((p0 + o1) % n_);
        const int d = tour_.at((p0 + o1 + 1) % n_);
        const int e = tour_.at((p0 + o2) % n_);
        const int f = tour_.at((p0 + o2 + 1) % n_);
        const Instance& instance = *instance_;
        cost_ += instance.distance(a, d) + instance.distance(e, b) + instance.distance(c, f) -
                 instance.distance(a, b) - instance.distance(c, d) - instance.distance(e, f);
        tour_.swap_adjacent_blocks(b, c, e);
        for (int node : {a, b, c, d, e, f}) local_search_.activate(node);
    }
    void check() const {
        if (params_->verify && cost_ != tour_.cost(*instance_))
            throw std::logic_error("tsp_search: incremental cost " + std::to_string(cost_) +
                                   " differs from the tour's cost " + std::to_string(tour_.cost(*instance_)));
    }

    const Instance* instance_;
    const TspSearchParams* params_;
    TspLocalSearch local_search_;
    TspTour tour_;
    Rng rng_;
    int n_;
    int span_;
    Cost cost_ = 0;
    Cost accepted_cost_ = 0;
    Cost best_cost_ = 0;
    std::vector<int> best_;
    std::int64_t since_improvement_ = 0;
};

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
    // Several walks need a symmetric instance: partition crossover merges undirected tours.
    const int walks_wanted = instance.distance_symmetric() ? std::max(params.walks, 1) : 1;
    std::vector<Walk> walks;
    walks.reserve(static_cast<std::size_t>(walks_wanted));
    walks.emplace_back(instance, params, std::move(local_search), std::move(initial), Rng(params.seed));
    for (int k = 1; k < walks_wanted; ++k) {
        walks.push_back(walks.front());
        walks.back().reseed(derived_rng(params.seed, kWalkStream, static_cast<std::uint64_t>(k)));
    }
    Cost best_cost = walks.front().best_cost();
    std::vector<int> best;  // filled when several walks merge; one walk keeps its own
    result.time_to_best = seconds_since(start);
    if (params.on_improvement) params.on_improvement(best_cost, result.time_to_best, 0);

    std::int64_t iteration = 0;
    std::int64_t best_iteration = 0;  // the kick that found the best tour
    Clock::time_point next_progress = start + std::chrono::seconds(1);
    const auto improved = [&](Cost cost) {
        best_cost = cost;
        best_iteration = iteration;
        result.time_to_best = seconds_since(start);
        if (params.on_improvement) params.on_improvement(cost, result.time_to_best, iteration);
    };
    // Stop tests of the calling thread; `cancel_now` polls the cancellation (every few kicks).
    const auto should_stop = [&](bool cancel_now) {
        if (params.max_iterations >= 0 && iteration >= params.max_iterations) return true;
        if (params.no_improvement >= 0 && iteration - best_iteration >= params.no_improvement) return true;
        if (params.target && best_cost <= *params.target) return true;
        const Clock::time_point now = Clock::now();
        if (now >= params.deadline) return true;
        if (params.on_progress && now >= next_progress) {
            params.on_progress(best_cost, seconds_since(start), iteration);
            next_progress = now + std::chrono::seconds(1);
        }
        return cancel_now && params.cancelled && params.cancelled();
    };
    if (walks.size() == 1) {
        Walk& walk = walks.front();
        while (!should_stop((iteration & 63) == 0)) {
            ++iteration;
            if (walk.step()) improved(walk.best_cost());
        }
        result.iterations = iteration;
        return finish(walk.best_order(), best_cost);
    }

    // Several walks: epochs of `epoch` kicks each, in parallel; then the best of the walks' best tours is
    // merged with each other by partition crossover, and every walk goes on from the child. The kicks land
    // all over the tour, so the walks' improvements mostly lie in different components and add up.
    const std::int64_t epoch = std::max<std::int64_t>(params.merge_every, 1);
    const auto walk_count = static_cast<std::int64_t>(walks.size());
    const std::function<Cost(int, int)> distance = [&instance](int i, int j) { return instance.distance(i, j); };
    std::vector<std::int64_t> kicks(walks.size(), 0);
    tbb::task_arena arena(std::clamp(params.threads, 1, static_cast<int>(walks.size())));
    while (!should_stop(true)) {
        // Each walk's kicks this epoch; an iteration limit is shared out exactly.
        const auto share_of = [&](std::size_t k) {
            if (params.max_iterations < 0) return epoch;
            const std::int64_t left = params.max_iterations - iteration;
            return std::min(epoch, left / walk_count + (static_cast<std::int64_t>(k) < left % walk_count ? 1 : 0));
        };
        arena.execute([&] {
            tbb::parallel_for(std::size_t{0}, walks.size(), std::size_t{1}, [&](std::size_t k) {
                const std::int64_t share = share_of(k);
                std::int64_t done = 0;
                while (done < share) {
                    if ((done & 63) == 0 && ((params.cancelled && params.cancelled()) ||
                                             Clock::now() >= params.deadline))
                        break;
                    ++done;
                    walks[k].step();
                    if (params.target && walks[k].best_cost() <= *params.target) break;
                }
                kicks[k] = done;
            });
        });
        for (std::int64_t done : kicks) iteration += done;
        std::size_t leader = 0;
        for (std::size_t k = 1; k < walks.size(); ++k)
            if (walks[k].best_cost() < walks[leader].best_cost()) leader = k;
        std::vector<int> child = walks[leader].best_order();
        Cost child_cost = walks[leader].best_cost();
        for (std::size_t k = 0; k < walks.size(); ++k) {
            if (k == leader) continue;
            PartitionCrossover merged = partition_crossover(child, walks[k].best_order(), distance);
            child = std::move(merged.order);
            child_cost += merged.change;
        }
        // A walk goes on from the child only when it beats the walk's best: one that is exploring away
        // from its best after a restart goes on exploring.
        for (Walk& walk : walks)
            if (child_cost < walk.best_cost()) walk.adopt(child, child_cost);
        for (const Walk& walk : walks)
            if (walk.best_cost() < child_cost) child_cost = walk.best_cost(), child = walk.best_order();
        if (child_cost < best_cost) {
            improved(child_cost);
            best = child;
        }
    }
    result.iterations = iteration;
    if (best.empty()) best = walks.front().best_order();
    return finish(best, best_cost);
}

}  // namespace routekit
