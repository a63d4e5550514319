#pragma once
// Multi-trip vehicles (reload depots): more routes than the fleet has vehicles are packed as trips into the
// vehicles, with a reload between consecutive trips, instead of being merged into overloaded routes. The
// local search then moves clients and reloads across the trips (heuristics/operators/reloads.hpp).
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Whether the vehicles may reload: some vehicle type lists a reload depot.
bool vehicles_reload(const Instance& instance);

/// `trips` given to the fleet's vehicles by list scheduling: in the order their goods are released (and
/// their windows open), each to the vehicle that comes back first, after a reload at its first reload depot.
/// At most fleet() routes; the instance must have one vehicle type whose vehicles reload.
Solution pack_trips(const Instance& instance, std::vector<Route> trips);

}  // namespace routekit
