#pragma once
// What tests compare between solutions.
#include <algorithm>
#include <vector>

#include "routekit/model/solution.hpp"

namespace routekit::testing {

/// Every client the solution serves, in increasing order (a client served twice appears twice).
inline std::vector<int> sorted_clients(const Solution& solution) {
    std::vector<int> clients;
    for (const Route& route : solution.routes) clients.insert(clients.end(), route.begin(), route.end());
    std::sort(clients.begin(), clients.end());
    return clients;
}

}  // namespace routekit::testing
