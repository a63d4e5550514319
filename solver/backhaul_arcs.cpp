#include "solver/backhaul_arcs.hpp"

#include <algorithm>
#include <string>

#include "model/backhaul_roles.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

Instance backhaul_search_instance(const Instance& instance) {
    constexpr int kMostNodes = 5000;
    const int n = instance.num_nodes();
    if (n > kMostNodes)
        throw InputError("instance " + instance.name() + ": the backhaul order is searched up to " +
                         std::to_string(kMostNodes) + " nodes, found " + std::to_string(n));
    InstanceData data = instance.data();
    const auto size = static_cast<std::size_t>(n);
    data.distance.resize(size * size);
    data.duration.resize(size * size);
    Cost longest = 0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const std::size_t k = static_cast<std::size_t>(i) * size + static_cast<std::size_t>(j);
            data.distance[k] = instance.distance(i, j);
            data.duration[k] = instance.duration(i, j);
            longest = std::max(longest, data.distance[k]);
        }
    const Cost penalty = 2 * longest * n + 1;
    for (int i = instance.num_depots(); i < n; ++i) {
        if (!picks_up(instance, i)) continue;
        for (int j = instance.num_depots(); j < n; ++j)
            if (delivers(instance, j))
                data.distance[static_cast<std::size_t>(i) * size + static_cast<std::size_t>(j)] += penalty;
    }
    data.stored_distance = {};
    data.stored_duration = {};
    data.distance_function.reset();
    return Instance(std::move(data));
}

Cost longest_allowed_arc(const Instance& instance) {
    if (!instance.backhaul_order()) return instance.distances().max_value();
    Cost longest = 0;
    for (int i = 0; i < instance.num_nodes(); ++i) {
        const bool backhaul = !instance.is_depot(i) && picks_up(instance, i);
        for (int j = 0; j < instance.num_nodes(); ++j)
            if (!(backhaul && !instance.is_depot(j) && delivers(instance, j)))
                longest = std::max(longest, instance.distance(i, j));
    }
    return longest;
}

}  // namespace routekit
