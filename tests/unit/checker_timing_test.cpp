// The checker's route timing (the least time warp over departure times, then the least duration): on random
// one-trip routes it equals a brute force over every whole departure time in the depot's window, simulated
// here on its own; on routes with reloads, release times and shifts it equals the figures of route_schedule,
// which tries every candidate departure where route_timing searches them.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "routekit/model/checker.hpp"

namespace routekit {
namespace {

struct Timing {
    Cost time_warp;
    Cost duration;
    bool operator<(const Timing& other) const {
        return time_warp < other.time_warp || (time_warp == other.time_warp && duration < other.duration);
    }
};

// One trip from depot 0 leaving at `departure`: wait when early, warp back to the window's end when late.
Timing drive(const InstanceData& data, const Route& route, Cost departure) {
    const auto n = static_cast<std::size_t>(data.num_nodes);
    Cost clock = departure, warp = 0;
    std::size_t previous = 0;
    std::vector<int> stops = route;
    stops.push_back(0);
    for (const int node : stops) {
        const auto at = static_cast<std::size_t>(node);
        clock = std::max(clock + data.distance[previous * n + at], data.windows[at].earliest);
        if (clock > data.windows[at].latest) warp += clock - data.windows[at].latest;
        clock = std::min(clock, data.windows[at].latest) + (node == 0 ? 0 : data.service[at]);
        previous = at;
    }
    return {warp, clock - departure + warp};
}

InstanceData random_instance(std::mt19937_64& rng, int clients) {
    InstanceData data;
    data.name = "random-windows";
    data.num_nodes = clients + 1;
    const auto n = static_cast<std::size_t>(data.num_nodes);
    std::uniform_int_distribution<Cost> arc(1, 30), open(0, 150), width(0, 40), service(0, 5);
    data.distance.assign(n * n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j) data.distance[i * n + j] = arc(rng);  // asymmetric
    data.demand.assign(n, 1);
    data.demand[0] = 0;
    data.capacity = clients;
    data.service.assign(n, 0);
    data.windows.assign(n, TimeWindow{0, 400});
    for (std::size_t i = 1; i < n; ++i) {
        data.service[i] = service(rng);
        const Cost earliest = open(rng);
        data.windows[i] = {earliest, earliest + width(rng)};
    }
    data.windows[0] = {std::uniform_int_distribution<Cost>(0, 30)(rng), 400};
    return data;
}

TEST(CheckerTiming, RouteTimingIsTheBestOverEveryDepartureOfOneTrip) {
    std::mt19937_64 rng(7);
    int routes = 0;
    for (int round = 0; round < 60; ++round) {
        const InstanceData data = random_instance(rng, 8);
        const Instance instance(data);
        Route route{1, 2, 3, 4, 5, 6, 7, 8};
        for (int order = 0; order < 5; ++order) {
            std::shuffle(route.begin(), route.end(), rng);
            const Route part(route.begin(), route.begin() + 1 + order);
            Timing best{kUnlimited, kUnlimited};
            for (Cost departure = data.windows[0].earliest; departure <= data.windows[0].latest; ++departure)
                best = std::min(best, drive(data, part, departure));
            const RouteTiming timing = route_timing(instance, part);
            ASSERT_EQ(timing.time_warp, best.time_warp) << "round " << round << ", order " << order;
            ASSERT_EQ(timing.duration, best.duration) << "round " << round << ", order " << order;
            ++routes;
        }
    }
    EXPECT_EQ(routes, 300);
}

TEST(CheckerTiming, RouteTimingAgreesWithTheScheduleAcrossReloadsReleasesAndShifts) {
    std::mt19937_64 rng(11);
    int warped = 0;
    for (int round = 0; round < 80; ++round) {
        InstanceData data = random_instance(rng, 9);
        data.release.assign(static_cast<std::size_t>(data.num_nodes), 0);
        for (std::size_t i = 1; i < data.release.size(); ++i)
            data.release[i] = std::uniform_int_distribution<Cost>(0, 120)(rng);
        VehicleType truck;
        truck.count = 3;
        truck.capacity = 4;
        truck.reload_depots = {0};
        if (round % 2 == 1) truck.shift = {std::uniform_int_distribution<Cost>(0, 60)(rng), 300};
        data.vehicle_types = {truck};
        const Instance instance(data);
        Route clients{1, 2, 3, 4, 5, 6, 7, 8, 9};
        std::shuffle(clients.begin(), clients.end(), rng);
        // Three trips of three clients, reloading at the depot in between.
        const Route route{clients[0], clients[1], clients[2], 0,          clients[3], clients[4],
                          clients[5], 0,          clients[6], clients[7], clients[8]};
        for (const Route& tried : {route, Route(route.begin(), route.begin() + 3)}) {
            const RouteTiming timing = route_timing(instance, tried);
            const RouteSchedule schedule = route_schedule(instance, tried);
            ASSERT_EQ(timing.time_warp, schedule.time_warp) << "round " << round;
            ASSERT_EQ(timing.duration, schedule.duration) << "round " << round;
            if (timing.time_warp > 0) ++warped;
        }
    }
    EXPECT_GT(warped, 20);  // the windows bind, so the search over departures matters
}

}  // namespace
}  // namespace routekit
