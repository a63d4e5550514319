#pragma once
// Small instances built in code for the solver tests: random points, optional asymmetry, time windows,
// duration limit and fleet.
#include <cmath>
#include <cstdlib>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"

namespace routekit::testing {

struct RandomProblemOptions {
    int clients = 8;
    ProblemKind kind = ProblemKind::cvrp;
    bool asymmetric = false;
    bool time_windows = false;
    Cost capacity = 30;
    int fleet = 0;
    Cost max_route_duration = kUnlimited;
    std::uint64_t seed = 1;
};

inline Instance random_instance(const RandomProblemOptions& options) {
    Rng rng(options.seed);
    const int n = options.clients + 1;
    InstanceData data;
    data.name = "random";
    data.kind = options.kind;
    data.num_nodes = n;
    std::vector<Point> points(static_cast<std::size_t>(n));
    for (Point& p : points)
        p = {static_cast<double>(uniform_below(rng, 100)), static_cast<double>(uniform_below(rng, 100))};
    data.distance.resize(static_cast<std::size_t>(n) * n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const auto& a = points[static_cast<std::size_t>(i)];
            const auto& b = points[static_cast<std::size_t>(j)];
            Cost d = std::lround(std::hypot(a.x - b.x, a.y - b.y));
            if (options.asymmetric && i != j) d += static_cast<Cost>(uniform_below(rng, 20));
            data.distance[static_cast<std::size_t>(i) * n + j] = d;
        }
    data.coordinates = points;
    const bool single = options.kind == ProblemKind::tsp || options.kind == ProblemKind::atsp;
    if (!single) {
        data.demand.assign(static_cast<std::size_t>(n), 0);
        for (int i = 1; i < n; ++i)
            data.demand[static_cast<std::size_t>(i)] = 1 + static_cast<Cost>(uniform_below(rng, 10));
        data.capacity = options.capacity;
        data.fleet = options.fleet;
        data.max_route_duration = options.max_route_duration;
    } else {
        data.fleet = 1;
    }
    if (options.time_windows) {
        data.service.assign(static_cast<std::size_t>(n), 5);
        data.service[0] = 0;
        data.windows.assign(static_cast<std::size_t>(n), TimeWindow{0, 1000});
        for (int i = 1; i < n; ++i) {
            const Cost open = static_cast<Cost>(uniform_below(rng, 250));
            data.windows[static_cast<std::size_t>(i)] = {
                open, open + 100 + static_cast<Cost>(uniform_below(rng, 100))};
        }
    }
    return Instance(std::move(data));
}

}  // namespace routekit::testing
