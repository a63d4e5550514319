// Clarke-Wright savings, parallel version, with directed savings s_ij = d_i0 + d_0j - d_ij: route A ending
// at i is followed by route B starting at j. On symmetric instances without time constraints a route may
// be reversed first, so any two route ends can join (the classical algorithm).
#include <algorithm>
#include <deque>
#include <tuple>
#include <utility>

#include "heuristics/duration_segment.hpp"
#include "heuristics/granular_neighbours.hpp"
#include "heuristics/insertion_route.hpp"
#include "heuristics/savings.hpp"
#include "routekit/heuristics/construction.hpp"

namespace routekit {

namespace {

/// Savings kept per client: enough for good merges on n = 1000 while sorting stays cheap.
constexpr int kSavingsPerClient = 80;

struct Fragment {
    std::deque<int> clients;
    Load load;                ///< the deliveries in every load dimension
    DurationSegment segment;  ///< of the clients in stored order (either order in undirected mode)
};

class SavingsBuilder {
  public:
    SavingsBuilder(const Instance& instance, const std::vector<Saving>& candidates, Rng* rng)
        : instance_(instance),
          undirected_(instance.distance_symmetric() && !instance.has_time_windows() &&
                      (!instance.has_duration_limit() || instance.durations_are_distances())),
          single_(instance.single_vehicle()),
          savings_(candidates) {
        const int n = instance.num_nodes();
        route_of_.resize(static_cast<std::size_t>(n), -1);
        for (int c = 1; c < n; ++c) {
            Fragment fragment;
            fragment.clients.push_back(c);
            fragment.load = instance.delivery_load(c);
            fragment.segment = DurationSegment::visit(instance, c);
            route_of_[static_cast<std::size_t>(c)] = static_cast<int>(fragments_.size());
            fragments_.push_back(std::move(fragment));
        }
        alive_ = n - 1;
        if (rng)
            for (Saving& saving : savings_)
                saving.sort_key = saving.sort_key * (90 + static_cast<Cost>(uniform_below(*rng, 21))) / 100;
        std::sort(savings_.begin(), savings_.end(), larger);
    }

    Solution build() {
        for (const Saving& saving : savings_) {
            // Merges that lengthen the solution only serve to meet the fleet (or to make one TSP tour).
            if (saving.value <= 0 && !single_ && !(instance_.fleet_limited() && alive_ > instance_.fleet()))
                continue;
            try_merge(saving.from, saving.to);
        }
        Solution solution;
        for (const Fragment& fragment : fragments_)
            if (!fragment.clients.empty())
                solution.routes.emplace_back(fragment.clients.begin(), fragment.clients.end());
        if (single_) return join_into_one_tour(solution);
        reduce_to_fleet(instance_, solution);
        return solution;
    }

  private:
    static bool larger(const Saving& a, const Saving& b) {
        return std::tie(b.sort_key, a.from, a.to) < std::tie(a.sort_key, b.from, b.to);
    }

    void try_merge(int i, int j) {
        const int a = route_of_[static_cast<std::size_t>(i)];
        const int b = route_of_[static_cast<std::size_t>(j)];
        if (a == b) return;
        Fragment& fa = fragments_[static_cast<std::size_t>(a)];
        Fragment& fb = fragments_[static_cast<std::size_t>(b)];
        const bool i_back = fa.clients.back() == i;
        const bool j_front = fb.clients.front() == j;
        if (undirected_) {
            if (!i_back && fa.clients.front() != i) return;
            if (!j_front && fb.clients.back() != j) return;
        } else if (!i_back || !j_front) {
            return;
        }
        // Within the largest vehicle in every load dimension (with one: capacity()).
        const Load load = fa.load + fb.load;
        if (!single_ && load.excess_over(instance_.largest_capacity_load(), instance_.load_dimensions()) > 0)
            return;
        // The merged clients in the order A then B; in undirected mode (symmetric, no windows) the duration
        // is the same in either direction, so the stored orientation of each fragment does not matter.
        const DurationSegment merged =
            DurationSegment::merge(fa.segment, instance_.duration(i, j), fb.segment);
        const int route_first = i_back ? fa.clients.front() : fa.clients.back();
        const int route_last = j_front ? fb.clients.back() : fb.clients.front();
        if (!single_ && !fits_in_time(merged, route_first, route_last)) return;
        // Attach the smaller fragment to the larger one at the junction end, walking it from the junction.
        const bool keep_a = fa.clients.size() >= fb.clients.size();
        Fragment& big = keep_a ? fa : fb;
        Fragment& small = keep_a ? fb : fa;
        const int big_node = keep_a ? i : j;
        const int small_node = keep_a ? j : i;
        const bool at_back = big.clients.size() == 1 ? keep_a : big.clients.back() == big_node;
        const bool small_from_front = small.clients.front() == small_node;
        const std::vector<int> walk = small_from_front
                                          ? std::vector<int>(small.clients.begin(), small.clients.end())
                                          : std::vector<int>(small.clients.rbegin(), small.clients.rend());
        const int big_index = keep_a ? a : b;
        for (int c : walk) {
            if (at_back)
                big.clients.push_back(c);
            else
                big.clients.push_front(c);
            route_of_[static_cast<std::size_t>(c)] = big_index;
        }
        big.load += small.load;
        big.segment = merged;
        small.clients.clear();
        --alive_;
    }

    bool fits_in_time(const DurationSegment& clients, int first, int last) const {
        const DurationSegment depot = DurationSegment::visit(instance_, 0);
        const DurationSegment route =
            DurationSegment::merge(DurationSegment::merge(depot, instance_.duration(0, first), clients),
                                   instance_.duration(last, 0), depot);
        return route.time_warp == 0 && route.duration <= instance_.max_route_duration();
    }

    /// Chains the fragments into one tour, each time appending the fragment whose start is closest to the
    /// current end (either end, reversing it, when the instance is symmetric).
    Solution join_into_one_tour(const Solution& fragments) const {
        std::vector<Route> left = fragments.routes;
        Route tour;
        if (left.empty()) return {};
        tour = left.front();
        left.erase(left.begin());
        while (!left.empty()) {
            const int end = tour.back();
            std::size_t best = 0;
            bool reverse = false;
            Cost best_cost = kUnlimited;
            for (std::size_t k = 0; k < left.size(); ++k) {
                if (instance_.distance(end, left[k].front()) < best_cost)
                    best_cost = instance_.distance(end, left[k].front()), best = k, reverse = false;
                if (undirected_ && instance_.distance(end, left[k].back()) < best_cost)
                    best_cost = instance_.distance(end, left[k].back()), best = k, reverse = true;
            }
            if (reverse) std::reverse(left[best].begin(), left[best].end());
            tour.insert(tour.end(), left[best].begin(), left[best].end());
            left.erase(left.begin() + static_cast<long>(best));
        }
        return Solution{{tour}};
    }

    const Instance& instance_;
    const bool undirected_;
    const bool single_;
    std::vector<Fragment> fragments_;
    std::vector<int> route_of_;
    std::vector<Saving> savings_;
    int alive_ = 0;
};

}  // namespace

namespace {

int savings_per_client(const Instance& instance) {
    return std::min(kSavingsPerClient, instance.num_nodes() - 2);
}

}  // namespace

std::vector<Saving> savings_candidates(const Instance& instance) {
    const int n = instance.num_nodes();
    const int keep = savings_per_client(instance);
    const auto saving = [&instance](int i, int j) {
        const Cost value = instance.distance(i, 0) + instance.distance(0, j) - instance.distance(i, j);
        return Saving{value, value, i, j};
    };
    std::vector<Saving> candidates;
    // Where distances are computed on demand, scanning every pair would take most of the start (33 s of 35
    // on the 20,001-node Flanders1); the grid finds the same nearest successors, listed nearest first.
    if (instance.distances().storage() == ArcCosts::Storage::on_demand) {
        if (const auto nearest = nearest_clients_by_grid(instance, keep)) {
            for (int i = 1; i < n; ++i)
                for (int j : (*nearest)[static_cast<std::size_t>(i)]) candidates.push_back(saving(i, j));
            return candidates;
        }
    }
    std::vector<Saving> row;
    for (int i = 1; i < n; ++i) {
        row.clear();
        for (int j = 1; j < n; ++j)
            if (j != i) row.push_back(saving(i, j));
        const auto cut = std::min<std::size_t>(static_cast<std::size_t>(keep), row.size());
        // The savings with the nearest successors: keeping the largest savings instead leaves the route
        // ends of later merges without partners (11 % worse on X-n367-k17).
        std::nth_element(row.begin(), row.begin() + static_cast<long>(cut), row.end(),
                         [&](const Saving& a, const Saving& b) {
                             return std::pair{instance.distance(i, a.to), a.to} <
                                    std::pair{instance.distance(i, b.to), b.to};
                         });
        candidates.insert(candidates.end(), row.begin(), row.begin() + static_cast<long>(cut));
    }
    return candidates;
}

std::vector<std::vector<int>> successors_nearest_first(const Instance& instance,
                                                       const std::vector<Saving>& candidates) {
    std::vector<std::vector<int>> lists(static_cast<std::size_t>(instance.num_nodes()));
    for (const Saving& saving : candidates) lists[static_cast<std::size_t>(saving.from)].push_back(saving.to);
    for (std::size_t i = 1; i < lists.size(); ++i) {
        const int from = static_cast<int>(i);
        std::sort(lists[i].begin(), lists[i].end(), [&](int a, int b) {
            return std::pair{instance.distance(from, a), a} < std::pair{instance.distance(from, b), b};
        });
    }
    return lists;
}

std::vector<std::vector<int>> savings_successors(const Instance& instance) {
    if (auto nearest = nearest_clients_by_grid(instance, savings_per_client(instance)))
        return std::move(*nearest);
    return successors_nearest_first(instance, savings_candidates(instance));
}

Solution savings(const Instance& instance, const std::vector<Saving>& candidates, Rng* rng) {
    return SavingsBuilder(instance, candidates, rng).build();
}

Solution savings(const Instance& instance, Rng* rng) {
    return savings(instance, savings_candidates(instance), rng);
}

}  // namespace routekit
