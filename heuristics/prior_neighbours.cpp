#include "heuristics/prior_neighbours.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "heuristics/edge_prior.hpp"
#include "heuristics/granular_neighbours.hpp"
#include "heuristics/savings.hpp"

namespace routekit {

NeighbourLists rerank_neighbours(const NeighbourLists& pool, const std::vector<std::vector<double>>& scores,
                                 int granularity, double weight) {
    NeighbourLists lists(pool.size());
    std::vector<std::pair<double, int>> keyed;  // (key, position in the pool list)
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const std::vector<int>& members = pool[i];
        keyed.clear();
        for (std::size_t rank = 0; rank < members.size(); ++rank) {
            // ln(1 + rank): the first few by distance stay strong unless the prior disagrees clearly, the
            // far end of the pool enters only on a clear vote.
            const double key =
                weight == 0 ? 0.0 : std::log1p(static_cast<double>(rank)) - weight * scores[i][rank];
            keyed.emplace_back(key, static_cast<int>(rank));
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        const std::size_t size = std::min(keyed.size(), static_cast<std::size_t>(std::max(granularity, 0)));
        auto& list = lists[i];
        list.reserve(size);
        for (std::size_t k = 0; k < size; ++k)
            list.push_back(members[static_cast<std::size_t>(keyed[k].second)]);
    }
    return lists;
}

bool prior_neighbours_apply(const Instance& instance) {
    return instance.num_depots() == 1 && !instance.has_time_windows() && instance.num_clients() >= 2;
}

namespace {

// The features' ranks and scales are those of the savings candidates, as in training
// (learn/edge_prior_trainer.cpp); the logits are asked for both arcs of every pair in the pool.
std::vector<std::vector<double>> adjacency_logits(const Instance& instance,
                                                  const prior::EdgeFeatureContext& context,
                                                  const NeighbourLists& pool,
                                                  const prior::EdgePriorModel& model) {
    std::vector<Saving> arcs;
    for (std::size_t i = 0; i < pool.size(); ++i)
        for (int j : pool[i]) {
            arcs.push_back(Saving{0, 0, static_cast<int>(i), j});
            arcs.push_back(Saving{0, 0, j, static_cast<int>(i)});
        }
    const std::vector<double> logits = prior::edge_logits(context, arcs, model);
    const bool symmetric = instance.distance_symmetric();
    std::vector<std::vector<double>> result(pool.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        for (std::size_t m = 0; m < pool[i].size(); ++m, k += 2) {
            const double forward = logits[k], backward = logits[k + 1];
            if (symmetric) {
                result[i].push_back(0.5 * (forward + backward));
            } else {
                // log-odds of 1 - (1 - p)(1 - q), in a form that stays finite for large logits
                const double none = -std::log1p(std::exp(forward)) - std::log1p(std::exp(backward));
                const double either = std::log(-std::expm1(none));
                result[i].push_back(either - none);
            }
        }
    }
    return result;
}

// granular_neighbours(instance, size) where it is the first `size` of each savings successor list (nearest
// first, ties by index): on symmetric distances its proximity is the distance, and without client groups or
// site dependence nothing is dropped; nullopt elsewhere.
std::optional<NeighbourLists> nearest_from_successors(const Instance& instance,
                                                      const std::vector<std::vector<int>>& successors,
                                                      int size) {
    const auto wanted =
        static_cast<std::size_t>(std::clamp(size, 0, std::max(instance.num_clients() - 1, 0)));
    if (!instance.distance_symmetric() || !instance.groups().empty() || instance.site_dependent())
        return std::nullopt;
    NeighbourLists lists(successors.size());
    for (std::size_t i = 1; i < successors.size(); ++i) {
        if (successors[i].size() < wanted) return std::nullopt;
        lists[i].assign(successors[i].begin(), successors[i].begin() + static_cast<long>(wanted));
    }
    return lists;
}

}  // namespace

std::vector<std::vector<double>> adjacency_logits(const Instance& instance, const NeighbourLists& pool,
                                                  const prior::EdgePriorModel& model) {
    return adjacency_logits(instance, prior::EdgeFeatureContext(instance, savings_successors(instance)), pool,
                            model);
}

NeighbourLists prior_neighbours(const Instance& instance, int granularity, int pool, double weight,
                                const prior::EdgePriorModel& model) {
    if (weight == 0 || !prior_neighbours_apply(instance)) return granular_neighbours(instance, granularity);
    // One search for the nearest serves both the features and, where it gives the same, the pool.
    std::vector<std::vector<int>> successors = savings_successors(instance);
    const int size = std::max(pool, granularity);
    std::optional<NeighbourLists> reused = nearest_from_successors(instance, successors, size);
    const NeighbourLists nearest = reused ? std::move(*reused) : granular_neighbours(instance, size);
    const prior::EdgeFeatureContext context(instance, std::move(successors));
    return rerank_neighbours(nearest, adjacency_logits(instance, context, nearest, model), granularity,
                             weight);
}

NeighbourLists prior_neighbours(const Instance& instance, int granularity, int pool, double weight,
                                const std::string& prior_file) {
    if (weight == 0 || !prior_neighbours_apply(instance)) return granular_neighbours(instance, granularity);
    return prior_neighbours(instance, granularity, pool, weight, prior::load_edge_prior(prior_file));
}

}  // namespace routekit
