#pragma once
// Random instances and solutions for the heuristics tests: asymmetric, with capacities, service times,
// time windows, a route-duration limit, pickups (backhauls or simultaneous) and prizes as asked, all from a
// fixed seed.
#include <cmath>
#include <cstdlib>
#include <string>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"
#include "tests/unit/sanitizer_support.hpp"

namespace routekit::testing {

struct RandomInstanceOptions {
    int nodes = 20;
    bool windows = true;
    bool duration_limit = true;
    bool asymmetric = true;
    bool separate_durations = true;
    int fleet = 0;
    Cost depot_service = 0;  ///< with windows: a service time at the depot, which no route duration counts
    enum class Pickups { none, backhauls, simultaneous };
    /// backhauls: each client a delivery or a pickup, in backhaul order (VRPB); simultaneous: both.
    Pickups pickups = Pickups::none;
    bool prizes = false;  ///< prizes, and about two clients in three optional
};

inline Instance random_instance(std::uint64_t seed, const RandomInstanceOptions& options) {
    Rng rng(seed);
    const int n = options.nodes;
    InstanceData data;
    data.name = "random-" + std::to_string(seed);
    data.kind = options.windows      ? ProblemKind::vrptw
                : options.asymmetric ? ProblemKind::acvrp
                                     : ProblemKind::cvrp;
    data.num_nodes = n;
    std::vector<double> x(static_cast<std::size_t>(n)), y(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        x[static_cast<std::size_t>(i)] = static_cast<double>(uniform_below(rng, 100));
        y[static_cast<std::size_t>(i)] = static_cast<double>(uniform_below(rng, 100));
    }
    const auto size = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    data.distance.assign(size, 0);
    if (options.separate_durations) data.duration.assign(size, 0);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            if (i == j) continue;
            const auto k = static_cast<std::size_t>(i * n + j);
            const double d = std::hypot(x[static_cast<std::size_t>(i)] - x[static_cast<std::size_t>(j)],
                                        y[static_cast<std::size_t>(i)] - y[static_cast<std::size_t>(j)]);
            data.distance[k] = static_cast<Cost>(std::lround(d));
            if (options.separate_durations)
                data.duration[k] = data.distance[k] / 2 + static_cast<Cost>(uniform_below(rng, 9));
        }
    if (options.asymmetric)
        for (auto& d : data.distance) d += d > 0 ? static_cast<Cost>(uniform_below(rng, 25)) : 0;
    else
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < i; ++j)
                data.distance[static_cast<std::size_t>(j * n + i)] =
                    data.distance[static_cast<std::size_t>(i * n + j)];
    data.demand.assign(static_cast<std::size_t>(n), 0);
    Cost total = 0;
    for (int i = 1; i < n; ++i)
        total += data.demand[static_cast<std::size_t>(i)] = 1 + static_cast<Cost>(uniform_below(rng, 20));
    data.capacity = std::max<Cost>(20, total * 5 / std::max(n - 1, 1));
    if (options.windows) {
        const Cost horizon = 600;
        data.service.assign(static_cast<std::size_t>(n), 0);
        data.windows.assign(static_cast<std::size_t>(n), {0, horizon});
        for (int i = 1; i < n; ++i) {
            data.service[static_cast<std::size_t>(i)] = static_cast<Cost>(uniform_below(rng, 11));
            const Cost centre = static_cast<Cost>(uniform_below(rng, static_cast<std::uint64_t>(horizon)));
            const Cost half = static_cast<Cost>(uniform_below(rng, 125));  // 0: a single instant
            data.windows[static_cast<std::size_t>(i)] = {std::max<Cost>(0, centre - half),
                                                         std::min(horizon, centre + half)};
        }
        data.service[0] = options.depot_service;
        data.windows[0] = {static_cast<Cost>(uniform_below(rng, 30)),
                           horizon - static_cast<Cost>(uniform_below(rng, 30))};
    }
    if (options.duration_limit) data.max_route_duration = 150 + static_cast<Cost>(uniform_below(rng, 200));
    data.fleet = options.fleet;
    // The variants draw last, so that the classic part of an instance does not depend on them.
    if (options.pickups != RandomInstanceOptions::Pickups::none) {
        data.pickup.assign(static_cast<std::size_t>(n), 0);
        data.backhaul_order = options.pickups == RandomInstanceOptions::Pickups::backhauls;
        for (int i = 1; i < n; ++i) {
            const auto k = static_cast<std::size_t>(i);
            data.pickup[k] = 1 + static_cast<Cost>(uniform_below(rng, 20));
            if (data.backhaul_order) {
                if (uniform_below(rng, 2) == 0)
                    data.pickup[k] = 0;
                else
                    data.demand[k] = 0;
            }
        }
    }
    if (options.prizes) {
        data.prize.assign(static_cast<std::size_t>(n), 0);
        data.required.assign(static_cast<std::size_t>(n), 1);
        for (int i = 1; i < n; ++i) {
            data.prize[static_cast<std::size_t>(i)] = static_cast<Cost>(uniform_below(rng, 80));
            data.required[static_cast<std::size_t>(i)] = uniform_below(rng, 3) == 0 ? 1 : 0;
        }
    }
    return Instance(std::move(data));
}

/// The clients in a random order cut into `routes` random routes (some possibly empty); some optional
/// clients left out.
inline Solution random_solution(const Instance& instance, int routes, Rng& rng) {
    Solution solution;
    solution.routes.resize(static_cast<std::size_t>(std::max(routes, 1)));
    std::vector<int> clients;
    for (int c = instance.num_depots(); c < instance.num_nodes(); ++c) clients.push_back(c);
    portable_shuffle(clients.begin(), clients.end(), rng);
    for (int c : clients) {
        // About one optional client in four left out (a draw only on instances that have them).
        if (instance.has_optional_clients() && !instance.required(c) && uniform_below(rng, 4) == 0) continue;
        solution.routes[uniform_below(rng, solution.routes.size())].push_back(c);
    }
    return solution;
}

/// ROUTEKIT_SANITIZED=1 (the ASan+UBSan CI job) asks for shorter loops.
inline int scaled(int count) {
    return sanitized() ? std::max(1, count / 5) : count;
}

/// Two rays from the depot: clients 1, 2 (and optional 3, prize 100) up the y axis, 4 and 5 along x; three
/// fit a vehicle. Serving 3 after 2 adds 10 + 30 - 20 = 20 < 100: the optimum is (0 1 2 3 0) + (0 4 5 0) =
/// 60 + 40 = 100, and leaving 3 out costs 40 + 40 + 100 = 180.
inline Instance two_rays_with_a_prize() {
    InstanceData data;
    data.name = "two-rays-prize";
    data.num_nodes = 6;
    data.coordinates = {{0, 0}, {0, 10}, {0, 20}, {0, 30}, {10, 0}, {20, 0}};
    data.distance_function = DistanceFunction::euc_2d;
    data.demand = {0, 1, 1, 1, 1, 1};
    data.capacity = 3;
    data.prize = {0, 0, 0, 100, 0, 0};
    data.required = {0, 1, 1, 0, 1, 1};
    return Instance(std::move(data));
}

}  // namespace routekit::testing
