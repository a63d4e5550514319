#pragma once
// Granular neighbourhoods: for each client, the clients it is worth placing next to.
#include <optional>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

/// For each node (index 0, the depot, stays empty) the `granularity` closest other clients, closest first,
/// ties by index. Closeness is symmetric, min(c(i, j), c(j, i)), so that asymmetric matrices give sensible
/// lists, where c is the distance plus, with time windows, Vidal's penalties for the waiting (weight 0.2)
/// and the time warp (weight 1) that serving j right after i would cause.
/// Euclidean instances (EUC_2D, CEIL_2D distances from coordinates) search a spatial grid outward from each
/// client, near O(n * granularity) for spread-out points; others scan every pair. Both give the same lists.
/// With client groups, the members of a client's own group are no neighbours of it; with site dependence,
/// neither are the clients that no vehicle type may serve together with it.
std::vector<std::vector<int>> granular_neighbours(const Instance& instance, int granularity);

/// The same lists by scanning every pair, O(n^2): the reference the grid search is tested against.
std::vector<std::vector<int>> granular_neighbours_by_scan(const Instance& instance, int granularity);

/// For each client the `count` nearest other clients by distance, nearest first, ties by index, found on
/// the spatial grid; nullopt unless the instance is Euclidean (then distances are symmetric).
std::optional<std::vector<std::vector<int>>> nearest_clients_by_grid(const Instance& instance, int count);

/// The same for every node, depots included (the TSP engine's candidates): near O(n * count).
std::optional<std::vector<std::vector<int>>> nearest_nodes_by_grid(const Instance& instance, int count);

/// For every node, depots included, `count` other nodes sorted by distance (ties by index): the
/// `per_quadrant` nearest in each of the four quadrants around it (x and y each below or at-or-above its own;
/// a coincident point counts in the first), then the nearest others up to `count`. Quadrant neighbours reach
/// across gaps that the plain nearest never cross on clustered instances. A quadrant is searched up to
/// `max_rings` grid rings past the ring that completed the nearest, so empty quadrants (hull nodes) stay
/// cheap. nullopt unless the instance is Euclidean.
std::optional<std::vector<std::vector<int>>> quadrant_nodes_by_grid(const Instance& instance, int count,
                                                                    int per_quadrant, int max_rings = 12);

}  // namespace routekit
