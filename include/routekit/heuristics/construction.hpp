#pragma once
// Greedy constructions. Each respects capacity, time windows and the fleet when it can; each has a
// randomized form (rng != nullptr) for diverse starting solutions.
#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Nearest neighbour: extends the route with the cheapest feasible next client, opening a new route when
/// none fits. Randomized: picks among the few cheapest.
Solution nearest_neighbour(const Instance& instance, Rng* rng = nullptr);

}  // namespace routekit
