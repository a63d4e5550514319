#pragma once
// Random TSP and ATSP instances for the tour engine's tests.
#include <cmath>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"

namespace routekit::test {

/// A random matrix on n nodes: Euclidean-like (points on a grid, rounded) when symmetric, independent
/// uniform entries otherwise.
inline Instance random_matrix(int n, bool symmetric, std::uint64_t seed) {
    Rng rng(seed);
    InstanceData data;
    data.name = "random";
    data.kind = symmetric ? ProblemKind::tsp : ProblemKind::atsp;
    data.num_nodes = n;
    data.distance.assign(static_cast<std::size_t>(n) * n, 0);
    std::vector<Point> points(n);
    for (Point& p : points)
        p = {static_cast<double>(uniform_below(rng, 1000)), static_cast<double>(uniform_below(rng, 1000))};
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            if (i == j) continue;
            const double dx = points[i].x - points[j].x;
            const double dy = points[i].y - points[j].y;
            data.distance[static_cast<std::size_t>(i) * n + j] =
                symmetric ? static_cast<Cost>(std::sqrt(dx * dx + dy * dy) + 0.5)
                          : static_cast<Cost>(1 + uniform_below(rng, 100));
        }
    return Instance(std::move(data));
}

}  // namespace routekit::test
