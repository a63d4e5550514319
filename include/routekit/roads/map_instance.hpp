#pragma once
// A routing instance whose clients are places on a map: the JSON instance format with `coordinates` in
// `"coordinate_system": "lonlat"` and no matrices, given its distance and duration matrices by the roads.
#include <string>

#include "routekit/io/read_instance.hpp"
#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {

/// Reads a JSON instance (docs/json-format.md) of lon/lat clients, with demands, windows and service times
/// in seconds as usual, and replaces its great-circle distances by road distances in metres and road
/// durations in seconds. Throws InputError naming the file when it has matrices of its own or no lon/lat
/// coordinates, and whatever road_matrices throws (points off the map, unreachable pairs by name or index).
Instance read_instance_on_map(const std::string& path, const RoadGraph& roads,
                              const MatrixOptions& matrix = {}, const ReadOptions& read = {});

}  // namespace routekit::roads
