#pragma once
// Ordered crossover (OX) on giant tours.
#include <span>
#include <vector>

#include "routekit/model/random.hpp"

namespace routekit {

/// The child keeps a random cyclic slice of `first` in place and fills the other positions with the
/// remaining clients in the order `second` visits them, starting after the slice. Both parents must be
/// permutations of the same clients, all in 1..n-1 for some n; so is the child.
/// With `groups` (per node its client group, -1 for none; Instance::node_groups()) a client of `second`
/// whose group the child holds already is skipped too: parents serving each group once give a child that
/// does, shorter when they serve different numbers of groups.
std::vector<int> ordered_crossover(std::span<const int> first, std::span<const int> second, Rng& rng,
                                   std::span<const int> groups = {});

/// The same with the slice given: positions begin, begin+1, ..., end (cyclically, end included).
std::vector<int> ordered_crossover(std::span<const int> first, std::span<const int> second, std::size_t begin,
                                   std::size_t end, std::span<const int> groups = {});

}  // namespace routekit
