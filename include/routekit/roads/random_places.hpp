#pragma once
// Places picked at random on a map, for benchmarks and tests that need points every other can reach.
#include <cstdint>
#include <vector>

#include "routekit/roads/road_graph.hpp"
#include "routekit/roads/snapping.hpp"

namespace routekit::roads {

/// `count` places at a random spot of a random segment of the streets strongly_connected_streets() keeps,
/// named "0", "1", ...; the same for a seed. (On the street, not off it: a point a few metres off could
/// snap onto a nearer street outside the connected part.)
std::vector<NamedPoint> random_places(const RoadGraph& roads, int count, std::uint64_t seed);

}  // namespace routekit::roads
