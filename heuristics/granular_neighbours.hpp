#pragma once
// Granular neighbourhoods: for each client, the clients it is worth placing next to.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

/// For each node (index 0, the depot, stays empty) the `granularity` closest other clients, closest first.
/// Closeness is symmetric, min(c(i, j), c(j, i)), so that asymmetric matrices give sensible lists, where
/// c is the distance plus, with time windows, Vidal's penalties for the waiting (weight 0.2) and the time
/// warp (weight 1) that serving j right after i would cause.
std::vector<std::vector<int>> granular_neighbours(const Instance& instance, int granularity);

}  // namespace routekit
