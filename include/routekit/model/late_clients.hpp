#pragma once
// Clients whose time window no vehicle can meet, found before any search: a reason the solution will be
// late there, said up front instead of after the whole budget.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

struct LateClient {
    int client = 0;
    Cost earliest_arrival = 0;  ///< the earliest direct arrival over every vehicle type that may serve it
    Cost window_closes = 0;
};

/// The required clients that every vehicle type allowed to serve them reaches late even when it drives there
/// first, directly from its start depot, leaving as early as its depot window, its shift and the client's
/// release time allow. With durations that obey the triangle inequality (shortest paths, as road matrices
/// are) such a client is late in every solution. Optional clients are left out: they can stay unvisited.
std::vector<LateClient> clients_late_even_when_served_first(const Instance& instance);

}  // namespace routekit
