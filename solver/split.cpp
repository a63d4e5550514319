#include "solver/split.hpp"

#include <algorithm>
#include <limits>
#include <optional>

#include "heuristics/duration_segment.hpp"
#include "model/vehicle_assignment.hpp"
#include "routekit/model/cost_evaluator.hpp"
#include "solver/trip_packing.hpp"

namespace routekit {

namespace {

constexpr Cost kInfinite = std::numeric_limits<Cost>::max() / 4;
static_assert(kCostCap < kInfinite, "a saturated potential must stay reachable");

// A label reached from `potential` by a route priced `route`: unreachable stays unreachable, and reachable
// potentials saturate at kCostCap (a chain of capped routes never overflows or reads as unreachable).
Cost extend_potential(Cost potential, Cost route) {
    return potential >= kInfinite ? kInfinite : saturating_add(potential, route);
}

// Potentials per number of routes used (one layer when the fleet is unlimited): potential[k][i] is the best
// cost of serving the first i clients of the tour with k (or, unlimited, any number of) routes.
struct Labels {
    std::vector<std::vector<Cost>> potential;
    std::vector<std::vector<int>> predecessor;
    Labels(int layers, int n)
        : potential(static_cast<std::size_t>(layers),
                    std::vector<Cost>(static_cast<std::size_t>(n) + 1, kInfinite)),
          predecessor(static_cast<std::size_t>(layers),
                      std::vector<int>(static_cast<std::size_t>(n) + 1, 0)) {}
};

// The depot each client's route is priced from while cutting: the nearest start depot of a vehicle type (0
// with one depot). The vehicles are given afterwards (assign_vehicle_types), by then the cheapest type
// left, usually one based at that depot: pricing every route from depot 0 would cut routes far from it
// short on time.
std::vector<int> nearest_depots(const Instance& instance, std::span<const int> tour) {
    std::vector<int> depots(tour.size(), 0);
    if (instance.num_depots() == 1) return depots;
    for (std::size_t k = 0; k < tour.size(); ++k) {
        Cost nearest = kUnlimited;
        for (const VehicleType& type : instance.vehicle_types()) {
            const Cost trip =
                instance.distance(type.start_depot, tour[k]) + instance.distance(tour[k], type.start_depot);
            if (trip < nearest) nearest = trip, depots[k] = type.start_depot;
        }
    }
    return depots;
}

// Walks the predecessors back from (layer, n) and cuts the tour accordingly.
Solution cut(std::span<const int> tour, const Labels& labels, int layer, bool layered) {
    std::vector<std::pair<int, int>> bounds;
    int end = static_cast<int>(tour.size());
    while (end > 0) {
        const int begin = labels.predecessor[static_cast<std::size_t>(layer)][static_cast<std::size_t>(end)];
        bounds.emplace_back(begin, end);
        end = begin;
        if (layered) --layer;
    }
    Solution solution;
    for (auto it = bounds.rbegin(); it != bounds.rend(); ++it)
        solution.routes.emplace_back(tour.begin() + it->first, tour.begin() + it->second);
    return solution;
}

// Prefix sums of the tour (1-based positions as in Vidal 2016) for the linear-time algorithm: without time
// windows or duration limit a route's cost is its distance plus the load penalty, both read off prefix sums.
class LinearSplit {
  public:
    LinearSplit(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights)
        : n_(static_cast<int>(tour.size())),
          cost_(instance, weights),
          distance_(idx(n_ + 2), 0),
          load_(idx(n_ + 1), 0),
          from_depot_(idx(n_ + 2), 0),
          to_depot_(idx(n_ + 1), 0) {
        const std::vector<int> depots = nearest_depots(instance, tour);
        for (int i = 1; i <= n_; ++i) {
            const int client = tour[idx(i - 1)];
            const int depot = depots[idx(i - 1)];
            load_[idx(i)] = load_[idx(i - 1)] + instance.demand(client);
            from_depot_[idx(i)] = instance.distance(depot, client);
            to_depot_[idx(i)] = instance.distance(client, depot);
            distance_[idx(i + 1)] =
                distance_[idx(i)] + (i < n_ ? instance.distance(client, tour[idx(i)]) : 0);
        }
    }

    // Fills layer `to` from layer `from` (the same layer when the fleet is unlimited).
    void propagate_layer(Labels& labels, int from, int to, int first) const {
        std::vector<int> queue;
        queue.reserve(idx(n_ + 1));
        std::size_t front = 0;
        queue.push_back(first);
        const auto& potential = labels.potential[idx(from)];
        for (int i = first + 1; i <= n_ && front < queue.size(); ++i) {
            labels.potential[idx(to)][idx(i)] = extend(potential, queue[front], i);
            labels.predecessor[idx(to)][idx(i)] = queue[front];
            if (i == n_) break;
            // A label i that the last of the queue dominates is useless; one that dominates the last
            // replaces it.
            if (!dominates(potential, queue.back(), i)) {
                while (queue.size() > front && dominates_right(potential, queue.back(), i)) queue.pop_back();
                queue.push_back(i);
            }
            while (queue.size() - front > 1 &&
                   extend(potential, queue[front], i + 1) >= extend(potential, queue[front + 1], i + 1))
                ++front;
        }
    }

  private:
    static std::size_t idx(int i) { return static_cast<std::size_t>(i); }
    // Cost of reaching position j with a route that starts after position i.
    Cost extend(const std::vector<Cost>& potential, int i, int j) const {
        return extend_potential(potential[idx(i)],
                                saturating_add(distance_[idx(j)] - distance_[idx(i + 1)] +
                                                   from_depot_[idx(i + 1)] + to_depot_[idx(j)],
                                               cost_.load_penalty(load_[idx(j)] - load_[idx(i)])));
    }
    // i < j: i is always at least as good a predecessor as j from here on. (Potentials are at most
    // kInfinite and the load term at most kCostCap: the sums stay in range.)
    bool dominates(const std::vector<Cost>& potential, int i, int j) const {
        return potential[idx(j)] + from_depot_[idx(j + 1)] >
               potential[idx(i)] + from_depot_[idx(i + 1)] + distance_[idx(j + 1)] - distance_[idx(i + 1)] +
                   cost_.excess_load_penalty(load_[idx(j)] - load_[idx(i)]);
    }
    // i < j: j is always at least as good a predecessor as i from here on.
    bool dominates_right(const std::vector<Cost>& potential, int i, int j) const {
        return potential[idx(j)] + from_depot_[idx(j + 1)] <=
               potential[idx(i)] + from_depot_[idx(i + 1)] + distance_[idx(j + 1)] - distance_[idx(i + 1)];
    }

    int n_;
    CostEvaluator cost_;
    std::vector<Cost> distance_;    // distance_[j] - distance_[i+1]: the path from position i+1 to j
    std::vector<Cost> load_;        // load_[j] - load_[i]: demand of positions i+1..j
    std::vector<Cost> from_depot_;  // depot to position i
    std::vector<Cost> to_depot_;    // position i to the depot
};

// Bellman pass for time windows and duration limits: every route is extended one client at a time with
// O(1) time-window concatenation. Each route also pays `route_price` (the fleet-limited split's Lagrange
// multiplier; 0 otherwise).
void bellman_layer(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                   const SplitOptions& options, Labels& labels, int from, int to, bool prune,
                   Cost route_price = 0) {
    const int n = static_cast<int>(tour.size());
    const bool capacitated = instance.has_capacity();
    const Cost load_bound =
        prune && capacitated && options.max_load_factor > 0
            ? static_cast<Cost>(options.max_load_factor * static_cast<double>(instance.capacity()))
            : kInfinite;
    const std::vector<int> depots = nearest_depots(instance, tour);
    const CostEvaluator evaluator(instance, weights);
    const bool several_dimensions = instance.load_dimensions() > 1;
    const auto& potential = labels.potential[static_cast<std::size_t>(from)];
    auto& next = labels.potential[static_cast<std::size_t>(to)];
    auto& predecessor = labels.predecessor[static_cast<std::size_t>(to)];
    for (int i = 0; i < n; ++i) {
        const Cost base = potential[static_cast<std::size_t>(i)];
        if (base >= kInfinite) continue;
        Cost load = 0;
        Load loads;  // with several load dimensions: all of them (`load` is dimension 0's, for the pruning)
        Cost distance = 0;
        const int start = depots[static_cast<std::size_t>(i)];
        const DurationSegment depot = DurationSegment::visit(instance, start);
        DurationSegment segment = depot;
        int previous = start;
        for (int j = i; j < n; ++j) {
            const int client = tour[static_cast<std::size_t>(j)];
            load += instance.demand(client);
            if (j > i && load > load_bound) break;
            distance += instance.distance(previous, client);
            segment = DurationSegment::merge(segment, instance.duration(previous, client),
                                             DurationSegment::visit(instance, client));
            previous = client;
            const DurationSegment route =
                DurationSegment::merge(segment, instance.duration(client, start), depot);
            RouteCost cost;
            cost.distance = distance + instance.distance(client, start);
            if (several_dimensions) loads += instance.delivery_load(client);
            cost.excess_load =
                several_dimensions ? evaluator.excess_load(loads) : evaluator.excess_load(load);
            cost.time_warp = route.time_warp;
            cost.excess_duration = evaluator.excess_duration(route.duration);
            cost.excess_distance = evaluator.excess_distance(cost.distance);
            const Cost total = saturating_add(
                base, saturating_add(evaluator.penalized(cost), route_price));  // base < kInfinite
            if (total < next[static_cast<std::size_t>(j + 1)]) {
                next[static_cast<std::size_t>(j + 1)] = total;
                predecessor[static_cast<std::size_t>(j + 1)] = i;
            }
        }
    }
}

// The linear split's dominance rules hold for a load penalty alone: a distance limit (its penalty not
// monotone along the tour) takes the Bellman pass, as a duration limit does, and so do several load
// dimensions (the linear split's prefix sums are of one).
bool linear_applies(const Instance& instance) {
    return !instance.has_time_windows() && !instance.has_duration_limit() && !instance.has_distance_limit() &&
           instance.load_dimensions() == 1;
}

// The Bellman split with every route priced `route_price` more; empty when some client cannot be reached.
std::optional<Solution> priced_split(const Instance& instance, std::span<const int> tour,
                                     const PenaltyWeights& weights, const SplitOptions& options,
                                     Cost route_price) {
    const int n = static_cast<int>(tour.size());
    Labels labels(1, n);
    labels.potential[0][0] = 0;
    bellman_layer(instance, tour, weights, options, labels, 0, 0, true, route_price);
    if (labels.potential[0][static_cast<std::size_t>(n)] >= kInfinite) return std::nullopt;
    return cut(tour, labels, 0, false);
}

}  // namespace

std::optional<Solution> lagrangian_split(const Instance& instance, std::span<const int> tour,
                                         const PenaltyWeights& weights, int max_routes,
                                         const SplitOptions& options) {
    const int n = static_cast<int>(tour.size());
    // Prices beyond this could saturate a chain of n routes.
    const Cost highest = kCostCap / (4 * static_cast<Cost>(n) + 4);
    std::optional<Solution> best;
    Cost best_cost = kUnlimited;
    auto fits = [&](Cost price) {
        std::optional<Solution> solution = priced_split(instance, tour, weights, options, price);
        if (!solution || static_cast<int>(solution->routes.size()) > max_routes) return false;
        const Cost cost = penalized_cost(instance, *solution, weights);
        if (cost < best_cost) {
            best_cost = cost;
            best = std::move(solution);
        }
        return true;
    };
    Cost low = 0;  // the unlimited split (price 0) uses too many routes
    Cost high = 1;
    while (!fits(high)) {
        if (high >= highest) return std::nullopt;
        low = high;
        high = std::min(highest, high * 4);
    }
    // Fewer routes than needed cost distance: a lower fitting price usually gives a cheaper cut.
    constexpr int kBisections = 10;
    for (int step = 0; step < kBisections && high - low > 1; ++step) {
        const Cost middle = low + (high - low) / 2;
        if (fits(middle))
            high = middle;
        else
            low = middle;
    }
    return best;
}

Solution split_unlimited(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                         const SplitOptions& options) {
    const int n = static_cast<int>(tour.size());
    if (n == 0) return {};
    Labels labels(1, n);
    labels.potential[0][0] = 0;
    if (linear_applies(instance))
        LinearSplit(instance, tour, weights).propagate_layer(labels, 0, 0, 0);
    else
        bellman_layer(instance, tour, weights, options, labels, 0, 0, true);
    return cut(tour, labels, 0, false);
}

Solution split_limited(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                       int max_routes, const SplitOptions& options) {
    const int n = static_cast<int>(tour.size());
    if (n == 0) return {};
    const int layers = std::clamp(max_routes, 1, n);
    const bool linear = linear_applies(instance);
    // Pruning heavy routes may leave no way to serve everyone with few vehicles; then try again without.
    for (const bool prune : {true, false}) {
        if (linear && !prune) break;
        Labels labels(layers + 1, n);
        labels.potential[0][0] = 0;
        std::optional<LinearSplit> linear_split;
        if (linear) linear_split.emplace(instance, tour, weights);
        for (int k = 0; k < layers; ++k) {
            if (linear)
                linear_split->propagate_layer(labels, k, k + 1, k);
            else
                bellman_layer(instance, tour, weights, options, labels, k, k + 1, prune);
        }
        int best = -1;
        for (int k = 1; k <= layers; ++k)
            if (labels.potential[static_cast<std::size_t>(k)][static_cast<std::size_t>(n)] < kInfinite &&
                (best < 0 ||
                 labels.potential[static_cast<std::size_t>(k)][static_cast<std::size_t>(n)] <
                     labels.potential[static_cast<std::size_t>(best)][static_cast<std::size_t>(n)]))
                best = k;
        if (best > 0) return cut(tour, labels, best, true);
    }
    return {{Route(tour.begin(), tour.end())}};
}

namespace {

Solution split_within_fleet(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                            const SplitOptions& options) {
    if (instance.single_vehicle()) {
        Solution solution;
        if (!tour.empty()) solution.routes.emplace_back(tour.begin(), tour.end());
        return solution;
    }
    Solution solution = split_unlimited(instance, tour, weights, options);
    if (!instance.fleet_limited() || static_cast<int>(solution.routes.size()) <= instance.fleet())
        return solution;
    // Vehicles that reload drive the unlimited split's routes as trips.
    if (vehicles_reload(instance)) return pack_trips(instance, std::move(solution.routes));
    // The layered split costs one pass per vehicle; past a few dozen vehicles the priced one is cheaper.
    constexpr int kLayeredUpTo = 24;
    if (!linear_applies(instance) && instance.fleet() > kLayeredUpTo)
        if (std::optional<Solution> priced =
                lagrangian_split(instance, tour, weights, instance.fleet(), options))
            return std::move(*priced);
    return split_limited(instance, tour, weights, instance.fleet(), options);
}

}  // namespace

Solution split_tour(const Instance& instance, std::span<const int> tour, const PenaltyWeights& weights,
                    const SplitOptions& options) {
    Solution solution = split_within_fleet(instance, tour, weights, options);
    // Several vehicle types: the routes are cut as for the largest vehicle, then given types by load.
    if (has_vehicle_types(instance))
        return assign_vehicle_types(instance, solution.routes, CostEvaluator(instance, weights));
    return solution;
}

}  // namespace routekit
