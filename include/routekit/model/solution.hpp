#pragma once
// A solution: a list of routes, each the sequence of clients a vehicle visits between two depot stops.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

using Route = std::vector<int>;  ///< client indices 1..n-1; the depot (0) is implicit at both ends

struct Solution {
    std::vector<Route> routes;

    /// Routes with at least one client.
    int num_nonempty_routes() const;
    /// Drops empty routes, keeping the order of the others.
    void remove_empty_routes();
    friend bool operator==(const Solution&, const Solution&) = default;
};

/// Total travel distance of the routes (depot to first client, ..., last client to depot).
Cost solution_distance(const Instance& instance, const Solution& solution);

}  // namespace routekit
