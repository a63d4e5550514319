#pragma once
// Greedy constructions. Each respects capacity, time windows and route durations when it can, and the fleet
// when the clients fit it (otherwise it returns more routes, which the checker reports); TSP and ATSP get a
// single route. Each has a randomized form (rng != nullptr) for diverse starting solutions.
#include <string_view>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Nearest neighbour: extends the route with the cheapest feasible next client, opening a new route when
/// none fits. Randomized: picks among the few cheapest.
Solution nearest_neighbour(const Instance& instance, Rng* rng = nullptr);

}  // namespace routekit

namespace routekit {

/// Clarke-Wright savings, parallel version with directed savings s_ij = d_i0 + d_0j - d_ij (merging route
/// ends in the right direction on asymmetric matrices), kept for each client's 80 nearest successors.
/// Randomized: savings scaled by factors in [0.9, 1.1].
Solution savings(const Instance& instance, Rng* rng = nullptr);

/// Regret-k cheapest insertion: repeatedly inserts the client whose best insertion beats its k-th best by
/// the most. Randomized: noise on the insertion costs.
Solution regret_insertion(const Instance& instance, Rng* rng = nullptr, int k = 3);

/// Dispatches on a method name: "nn", "savings" or "regret". Throws ParameterError on another name.
Solution construct(const Instance& instance, std::string_view method, Rng* rng = nullptr);

}  // namespace routekit
