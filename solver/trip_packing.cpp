#include "solver/trip_packing.hpp"

#include <algorithm>
#include <numeric>

namespace routekit {

bool vehicles_reload(const Instance& instance) {
    const std::vector<VehicleType>& types = instance.vehicle_types();
    return std::any_of(types.begin(), types.end(),
                       [](const VehicleType& t) { return !t.reload_depots.empty(); });
}

namespace {

struct Trip {
    Cost ready =
        0;  ///< the latest release of its clients, or when its first window opens less the drive there
    Route clients;
};

// When a trip leaving at `start` comes back: the drive, waiting for windows, service (lateness ignored).
Cost return_time(const Instance& instance, int depot, const Route& trip, Cost start) {
    Cost clock = start;
    int previous = depot;
    for (const int client : trip) {
        clock = std::max(clock + instance.duration(previous, client), instance.window(client).earliest);
        clock += instance.service(client);
        previous = client;
    }
    return clock + instance.duration(previous, depot);
}

}  // namespace

Solution pack_trips(const Instance& instance, std::vector<Route> trips) {
    const VehicleType& vehicle = instance.vehicle_types().front();
    const int depot = vehicle.reload_depots.front();
    std::vector<Trip> pending;
    for (Route& clients : trips) {
        if (clients.empty()) continue;
        Cost release = 0;
        for (const int client : clients) release = std::max(release, instance.release(client));
        const Cost opens =
            instance.window(clients.front()).earliest - instance.duration(depot, clients.front());
        pending.push_back({std::max(release, opens), std::move(clients)});
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Trip& a, const Trip& b) { return a.ready < b.ready; });
    const auto vehicles = static_cast<std::size_t>(std::max(1, instance.fleet()));
    Solution solution;
    solution.routes.resize(std::min(vehicles, pending.size()));
    std::vector<Cost> back(solution.routes.size(), instance.window(depot).earliest);
    for (Trip& trip : pending) {
        const auto v = static_cast<std::size_t>(std::min_element(back.begin(), back.end()) - back.begin());
        Cost release = 0;
        for (const int client : trip.clients) release = std::max(release, instance.release(client));
        back[v] = return_time(instance, depot, trip.clients, std::max(back[v], release));
        Route& route = solution.routes[v];
        if (!route.empty()) route.push_back(depot);
        route.insert(route.end(), trip.clients.begin(), trip.clients.end());
    }
    return solution;
}

}  // namespace routekit
