// Regret-k cheapest insertion with cached best insertions. Each unrouted client keeps its cheapest
// feasible insertion per route; after an insertion only the changed route's entries are refreshed, in
// O(1) per client when only capacity constrains (the broken edge aside), else by a scan of that route.
#include <algorithm>
#include <array>

#include "heuristics/insertion_route.hpp"
#include "routekit/heuristics/construction.hpp"

namespace routekit {

namespace {

struct Choice {
    Cost cost = kUnlimited;  ///< kUnlimited: no feasible place in this route
    int after_node = -1;     ///< insert after this node (0: the route's start)
};

class RegretBuilder {
  public:
    RegretBuilder(const Instance& instance, Rng* rng, int k)
        : instance_(instance),
          rng_(rng),
          k_(std::max(k, 1)),
          incremental_(!instance.has_time_windows() && !instance.has_duration_limit()),
          routed_(static_cast<std::size_t>(instance.num_nodes()), 0) {
        Cost longest = 0;
        for (int i = 0; i < instance.num_nodes(); ++i)
            for (int j = 0; j < instance.num_nodes(); ++j)
                longest = std::max(longest, instance.distance(i, j));
        missing_ = 4 * longest + 1;
    }

    Solution build() {
        const int n = instance_.num_nodes();
        for (int seed : seeds()) open_route(seed);
        if (routes_.empty()) open_route(-1);
        for (int left = n - 1 - seeded_; left > 0; --left) {
            int best_client = -1;
            Cost best_regret = -1;
            Cost best_cost = kUnlimited;
            for (int c = 1; c < n; ++c) {
                if (routed_[static_cast<std::size_t>(c)]) continue;
                const auto [regret, cost] = regret_of(c);
                if (regret > best_regret || (regret == best_regret && cost < best_cost)) {
                    best_regret = regret;
                    best_cost = cost;
                    best_client = c;
                }
            }
            if (best_cost >= kUnlimited && !instance_.single_vehicle()) {
                // A new vehicle for the client that fits nowhere else, beyond the fleet if need be:
                // reduce_to_fleet below takes surplus routes back where the clients fit elsewhere.
                open_route(best_client);
                continue;
            }
            if (best_cost >= kUnlimited)
                insert_least_violating(best_client);
            else
                insert(best_client, best_route(best_client));
        }
        Solution solution;
        for (const InsertionRoute& route : routes_)
            if (route.num_clients() > 0) solution.routes.push_back(route.clients());
        if (!instance_.single_vehicle()) reduce_to_fleet(instance_, solution);
        return solution;
    }

  private:
    /// Far-apart clients to start routes from: as many as the capacity says are needed (within the fleet),
    /// each the farthest from the depot and the seeds so far (min of both directions).
    std::vector<int> seeds() {
        if (instance_.single_vehicle()) return {};
        const int n = instance_.num_nodes();
        int count = 1;
        if (instance_.has_capacity()) count = std::max(count, vehicles_needed());
        if (instance_.fleet_limited()) count = std::min(count, instance_.fleet());
        count = std::clamp(count, 1, n - 1);
        std::vector<Cost> gap(static_cast<std::size_t>(n));
        auto closeness = [&](int a, int b) {
            return std::min(instance_.distance(a, b), instance_.distance(b, a));
        };
        for (int c = 1; c < n; ++c) gap[static_cast<std::size_t>(c)] = closeness(0, c);
        std::vector<int> result;
        for (int s = 0; s < count; ++s) {
            int best = -1;
            Cost best_gap = -1;
            for (int c = 1; c < n; ++c) {
                if (gap[static_cast<std::size_t>(c)] < 0) continue;
                Cost g = gap[static_cast<std::size_t>(c)];
                if (rng_) g = g * (80 + static_cast<Cost>(uniform_below(*rng_, 41))) / 100;
                if (g > best_gap) best_gap = g, best = c;
            }
            result.push_back(best);
            gap[static_cast<std::size_t>(best)] = -1;
            for (int c = 1; c < n; ++c)
                if (gap[static_cast<std::size_t>(c)] >= 0)
                    gap[static_cast<std::size_t>(c)] =
                        std::min(gap[static_cast<std::size_t>(c)], closeness(best, c));
        }
        return result;
    }

    /// The vehicles of the largest capacity the demand needs at least: the most any load dimension needs.
    int vehicles_needed() const {
        Load total;
        for (int c = 1; c < instance_.num_nodes(); ++c) total += instance_.delivery_load(c);
        const Load& capacity = instance_.largest_capacity_load();
        Cost needed = 0;
        for (int d = 0; d < instance_.load_dimensions(); ++d)
            if (capacity[d] > 0 && capacity[d] < kUnlimited)
                needed = std::max(needed, (total[d] + capacity[d] - 1) / capacity[d]);
        return static_cast<int>(std::min<Cost>(needed, instance_.num_nodes()));
    }

    /// Opens a route holding `seed` (or empty when seed < 0) and prices every unrouted client in it.
    void open_route(int seed) {
        routes_.emplace_back(instance_);
        choices_.emplace_back(static_cast<std::size_t>(instance_.num_nodes()));
        const int r = static_cast<int>(routes_.size()) - 1;
        if (seed > 0) {
            routed_[static_cast<std::size_t>(seed)] = 1;
            routes_.back().insert(seed, 0);
            ++seeded_;
        }
        refresh_all(r);
    }

    Cost noisy(Cost cost) {
        if (!rng_) return cost;
        return cost + (cost > 0 ? cost : -cost) * (static_cast<Cost>(uniform_below(*rng_, 21)) - 10) / 100;
    }

    Choice scan(int r, int client) {
        const InsertionRoute& route = routes_[static_cast<std::size_t>(r)];
        Choice best;
        for (int after = 0; after <= route.num_clients(); ++after) {
            const InsertionRoute::Insertion insertion = route.evaluate(client, after);
            if (insertion.violation > 0) continue;
            const Cost cost = noisy(insertion.distance);
            if (cost < best.cost) best = {cost, route.nodes()[static_cast<std::size_t>(after)]};
        }
        return best;
    }

    void refresh_all(int r) {
        for (int c = 1; c < instance_.num_nodes(); ++c)
            if (!routed_[static_cast<std::size_t>(c)])
                choices_[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = scan(r, c);
    }

    /// After `added` went between `before` and `next` in route r.
    void refresh_after_insertion(int r, int before, int added, int next) {
        if (!incremental_) return refresh_all(r);
        const InsertionRoute& route = routes_[static_cast<std::size_t>(r)];
        auto& choices = choices_[static_cast<std::size_t>(r)];
        for (int c = 1; c < instance_.num_nodes(); ++c) {
            if (routed_[static_cast<std::size_t>(c)]) continue;
            Choice& choice = choices[static_cast<std::size_t>(c)];
            if (instance_.has_capacity() &&
                (route.loads() + instance_.delivery_load(c))
                        .excess_over(instance_.largest_capacity_load(), instance_.load_dimensions()) > 0) {
                choice = {};
                continue;
            }
            if (choice.after_node == before) {  // its best edge is gone
                choice = scan(r, c);
                continue;
            }
            for (auto [from, to] : {std::pair{before, added}, std::pair{added, next}}) {
                const Cost cost = noisy(instance_.distance(from, c) + instance_.distance(c, to) -
                                        instance_.distance(from, to));
                if (cost < choice.cost) choice = {cost, from};
            }
        }
    }

    /// The regret of `client` (sum over its k-1 next-best routes of the excess over its best, a missing
    /// route counting as a large fixed cost) and its best cost.
    std::pair<Cost, Cost> regret_of(int client) const {
        std::array<Cost, 8> best;
        best.fill(kUnlimited);
        const int k = std::min(k_, static_cast<int>(best.size()));
        for (const auto& choices : choices_) {
            Cost cost = choices[static_cast<std::size_t>(client)].cost;
            for (int h = 0; h < k; ++h)
                if (cost < best[static_cast<std::size_t>(h)])
                    std::swap(cost, best[static_cast<std::size_t>(h)]);
        }
        if (best[0] >= kUnlimited) return {kUnlimited, kUnlimited};  // nowhere to go: handle it first
        Cost regret = 0;
        for (int h = 1; h < k; ++h)
            regret += best[static_cast<std::size_t>(h)] >= kUnlimited
                          ? missing_
                          : best[static_cast<std::size_t>(h)] - best[0];
        return {regret, best[0]};
    }

    int best_route(int client) const {
        int best = -1;
        for (std::size_t r = 0; r < choices_.size(); ++r)
            if (best < 0 ||
                choices_[r][static_cast<std::size_t>(client)].cost <
                    choices_[static_cast<std::size_t>(best)][static_cast<std::size_t>(client)].cost)
                best = static_cast<int>(r);
        return best;
    }

    void insert(int client, int r) {
        InsertionRoute& route = routes_[static_cast<std::size_t>(r)];
        const int before = choices_[static_cast<std::size_t>(r)][static_cast<std::size_t>(client)].after_node;
        const auto& nodes = route.nodes();
        const int after = static_cast<int>(std::find(nodes.begin(), nodes.end() - 1, before) - nodes.begin());
        const int next = nodes[static_cast<std::size_t>(after + 1)];
        routed_[static_cast<std::size_t>(client)] = 1;
        route.insert(client, after);
        refresh_after_insertion(r, before, client, next);
    }

    /// The single vehicle cannot take `client` within the constraints: the place that violates them the
    /// least (then the cheapest); the checker reports what remains.
    void insert_least_violating(int client) {
        std::pair<Cost, Cost> best{kUnlimited, kUnlimited};
        int best_route = 0, best_after = 0;
        for (std::size_t r = 0; r < routes_.size(); ++r)
            for (int after = 0; after <= routes_[r].num_clients(); ++after) {
                const InsertionRoute::Insertion insertion = routes_[r].evaluate(client, after);
                if (std::pair{insertion.violation, insertion.distance} < best) {
                    best = {insertion.violation, insertion.distance};
                    best_route = static_cast<int>(r);
                    best_after = after;
                }
            }
        const int before =
            routes_[static_cast<std::size_t>(best_route)].nodes()[static_cast<std::size_t>(best_after)];
        const int next =
            routes_[static_cast<std::size_t>(best_route)].nodes()[static_cast<std::size_t>(best_after + 1)];
        routed_[static_cast<std::size_t>(client)] = 1;
        routes_[static_cast<std::size_t>(best_route)].insert(client, best_after);
        refresh_after_insertion(best_route, before, client, next);
    }

    const Instance& instance_;
    Rng* rng_;
    const int k_;
    const bool incremental_;
    std::vector<char> routed_;
    std::vector<InsertionRoute> routes_;
    std::vector<std::vector<Choice>> choices_;  ///< [route][client]
    Cost missing_ = 0;
    int seeded_ = 0;
};

}  // namespace

Solution regret_insertion(const Instance& instance, Rng* rng, int k) {
    return RegretBuilder(instance, rng, k).build();
}

}  // namespace routekit
