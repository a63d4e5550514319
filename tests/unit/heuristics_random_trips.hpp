#pragma once
// Random multi-trip solutions for the tests of reloads: each vehicle's clients with reloads between them.
#include <numeric>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit::testing {

/// The clients shuffled into the fleet's routes, a reload at depot 0 after about one client in
/// `reload_every`.
inline Solution random_trips(const Instance& instance, int reload_every, Rng& rng) {
    std::vector<int> clients(static_cast<std::size_t>(instance.num_clients()));
    std::iota(clients.begin(), clients.end(), instance.num_depots());
    portable_shuffle(clients.begin(), clients.end(), rng);
    Solution solution;
    solution.routes.resize(static_cast<std::size_t>(instance.fleet()));
    for (const int client : clients) {
        Route& route = solution.routes[uniform_below(rng, solution.routes.size())];
        if (!route.empty() && !instance.is_depot(route.back()) && uniform_below(rng, reload_every) == 0)
            route.push_back(0);
        route.push_back(client);
    }
    for (Route& route : solution.routes)
        if (!route.empty() && instance.is_depot(route.back())) route.pop_back();
    return solution;
}

}  // namespace routekit::testing
