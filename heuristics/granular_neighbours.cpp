#include "heuristics/granular_neighbours.hpp"

#include <algorithm>
#include <utility>

namespace routekit {

namespace {

// Five times Vidal's proximity, in integers: 5 d + wait + 5 warp.
Cost scaled_proximity(const Instance& instance, int i, int j) {
    Cost value = 5 * instance.distance(i, j);
    if (instance.has_time_windows()) {
        const TimeWindow& from = instance.window(i);
        const TimeWindow& to = instance.window(j);
        const Cost travel = instance.service(i) + instance.duration(i, j);
        value += std::max<Cost>(to.earliest - travel - from.latest, 0) +
                 5 * std::max<Cost>(from.earliest + travel - to.latest, 0);
    }
    return value;
}

}  // namespace

std::vector<std::vector<int>> granular_neighbours(const Instance& instance, int granularity) {
    const int n = instance.num_nodes();
    const int size = std::clamp(granularity, 0, std::max(n - 2, 0));
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    std::vector<std::pair<Cost, int>> candidates;
    for (int i = 1; i < n; ++i) {
        candidates.clear();
        for (int j = 1; j < n; ++j)
            if (j != i)
                candidates.emplace_back(
                    std::min(scaled_proximity(instance, i, j), scaled_proximity(instance, j, i)), j);
        std::partial_sort(candidates.begin(), candidates.begin() + size, candidates.end());
        auto& list = result[static_cast<std::size_t>(i)];
        for (int k = 0; k < size; ++k) list.push_back(candidates[static_cast<std::size_t>(k)].second);
    }
    return result;
}

}  // namespace routekit
