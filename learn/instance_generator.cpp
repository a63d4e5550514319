#include "routekit/learn/instance_generator.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <queue>
#include <utility>
#include <vector>

#include "routekit/learn/x_family.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/random.hpp"

namespace routekit {

std::string_view to_string(GeneratorKind kind) {
    switch (kind) {
        case GeneratorKind::uniform:
            return "uniform";
        case GeneratorKind::clustered:
            return "clustered";
        case GeneratorKind::road:
            return "road";
        case GeneratorKind::x:
            return "x";
    }
    return "?";
}

std::optional<GeneratorKind> parse_generator_kind(std::string_view text) {
    for (GeneratorKind kind :
         {GeneratorKind::uniform, GeneratorKind::clustered, GeneratorKind::road, GeneratorKind::x})
        if (text == to_string(kind)) return kind;
    return std::nullopt;
}

namespace {

constexpr int kGrid = 1000;        // coordinates in [0, kGrid]^2
constexpr Cost kServiceTime = 10;  // per client, with time windows
constexpr int kRoadDegree = 4;     // each node links to its nearest few: a sparse street graph
constexpr double kOneWayShare = 0.15;
constexpr double kUnreachableDetour = 3.0;  // one-way streets may cut a node off: a long detour instead

double euclid(const Point& a, const Point& b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

double gaussian(Rng& rng) {
    // Box-Muller on the portable uniform draws.
    const double u = 1.0 - uniform_unit(rng);
    const double v = uniform_unit(rng);
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

Point grid_point(Rng& rng) {
    return {static_cast<double>(uniform_below(rng, kGrid + 1)),
            static_cast<double>(uniform_below(rng, kGrid + 1))};
}

std::vector<Point> place_nodes(const GeneratorParams& params, Rng& rng) {
    const int n = params.num_clients + 1;
    std::vector<Point> points;
    points.reserve(static_cast<std::size_t>(n));
    // Depot: central half of the time, anywhere otherwise (as in the X instances' central/random depots).
    points.push_back(uniform_below(rng, 2) == 0 ? Point{kGrid / 2.0, kGrid / 2.0} : grid_point(rng));
    // Road instances are clustered half of the time: towns joined by roads.
    const bool clustered = params.kind == GeneratorKind::clustered ||
                           (params.kind == GeneratorKind::road && uniform_below(rng, 2) == 0);
    std::vector<Point> centres;
    double spread = 0;
    if (clustered) {
        const auto count = 3 + uniform_below(rng, 6);
        for (std::uint64_t c = 0; c < count; ++c) centres.push_back(grid_point(rng));
        spread = 30.0 + 50.0 * uniform_unit(rng);
    }
    for (int i = 1; i < n; ++i) {
        // A fifth of the clients of a clustered instance are scattered uniformly.
        if (centres.empty() || uniform_below(rng, 5) == 0) {
            points.push_back(grid_point(rng));
            continue;
        }
        const Point& centre = centres[uniform_below(rng, centres.size())];
        const double x = std::clamp(std::round(centre.x + spread * gaussian(rng)), 0.0, double{kGrid});
        const double y = std::clamp(std::round(centre.y + spread * gaussian(rng)), 0.0, double{kGrid});
        points.push_back({x, y});
    }
    return points;
}

std::vector<Cost> euclidean_matrix(const std::vector<Point>& points) {
    const std::size_t n = points.size();
    std::vector<Cost> matrix(n * n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j) matrix[i * n + j] = to_fixed(euclid(points[i], points[j]), Rounding::tsplib);
    return matrix;
}

// Shortest paths over a directed street graph: each node joins its nearest neighbours, a share of the
// streets is one-way, every street winds a little, and climbing costs more than descending.
std::vector<Cost> road_matrix(const std::vector<Point>& points, Rng& rng) {
    const int n = static_cast<int>(points.size());
    std::vector<double> height(static_cast<std::size_t>(n));
    for (double& h : height) h = uniform_unit(rng);
    std::vector<std::vector<std::pair<int, double>>> arcs(static_cast<std::size_t>(n));
    std::vector<std::pair<int, int>> streets;
    std::vector<int> order;
    for (int i = 0; i < n; ++i) {
        order.clear();
        for (int j = 0; j < n; ++j)
            if (j != i) order.push_back(j);
        const auto degree = std::min<std::size_t>(kRoadDegree, order.size());
        std::partial_sort(
            order.begin(), order.begin() + static_cast<long>(degree), order.end(), [&](int a, int b) {
                const double da = euclid(points[i], points[a]), db = euclid(points[i], points[b]);
                return da != db ? da < db : a < b;
            });
        for (std::size_t k = 0; k < degree; ++k)
            streets.emplace_back(std::min(i, order[k]), std::max(i, order[k]));
    }
    std::sort(streets.begin(), streets.end());
    streets.erase(std::unique(streets.begin(), streets.end()), streets.end());
    for (const auto& [a, b] : streets) {
        const double length = euclid(points[a], points[b]) * (1.0 + 0.4 * uniform_unit(rng));
        const auto cost = [&](int from, int to) {
            return length * (1.0 + 0.3 * (height[to] - height[from]));
        };
        const bool one_way = uniform_unit(rng) < kOneWayShare;
        const bool forward = uniform_below(rng, 2) == 0;
        if (!one_way || forward) arcs[a].emplace_back(b, cost(a, b));
        if (!one_way || !forward) arcs[b].emplace_back(a, cost(b, a));
    }

    std::vector<Cost> matrix(static_cast<std::size_t>(n) * n, 0);
    std::vector<double> dist(static_cast<std::size_t>(n));
    using Entry = std::pair<double, int>;
    for (int source = 0; source < n; ++source) {
        std::fill(dist.begin(), dist.end(), std::numeric_limits<double>::infinity());
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        dist[source] = 0;
        queue.emplace(0.0, source);
        while (!queue.empty()) {
            const auto [d, u] = queue.top();
            queue.pop();
            if (d > dist[u]) continue;
            for (const auto& [v, w] : arcs[u])
                if (d + w < dist[v]) {
                    dist[v] = d + w;
                    queue.emplace(dist[v], v);
                }
        }
        for (int target = 0; target < n; ++target) {
            if (target == source) continue;
            const double d = std::isfinite(dist[target])
                                 ? dist[target]
                                 : kUnreachableDetour * euclid(points[source], points[target]);
            matrix[static_cast<std::size_t>(source) * n + target] = to_fixed(d, Rounding::tsplib);
        }
    }
    return matrix;
}

// Windows every client can meet on a route of its own, some narrow, some wide, within a common horizon.
void add_time_windows(InstanceData& data, Rng& rng) {
    const int n = data.num_nodes;
    const auto d = [&](int i, int j) { return data.distance[static_cast<std::size_t>(i) * n + j]; };
    Cost round_trip = 0;
    for (int i = 1; i < n; ++i) round_trip = std::max(round_trip, d(0, i) + kServiceTime + d(i, 0));
    const Cost horizon = 3 * round_trip;
    data.service.assign(static_cast<std::size_t>(n), kServiceTime);
    data.service[0] = 0;
    data.windows.assign(static_cast<std::size_t>(n), TimeWindow{0, horizon});
    for (int i = 1; i < n; ++i) {
        const Cost first = d(0, i), last = horizon - d(i, 0) - kServiceTime;
        const Cost centre =
            first + static_cast<Cost>(uniform_below(rng, static_cast<std::uint64_t>(last - first) + 1));
        const Cost half = static_cast<Cost>((0.05 + 0.15 * uniform_unit(rng)) * static_cast<double>(horizon));
        data.windows[i] = {std::max<Cost>(0, centre - half), std::min(last, centre + half)};
    }
}

}  // namespace

InstanceData generate_instance_data(const GeneratorParams& params) {
    if (params.num_clients < 1 || params.num_clients > 5000)
        throw ParameterError("generator: expected 1 to 5000 clients, found " +
                             std::to_string(params.num_clients));
    if (params.kind == GeneratorKind::x) {
        XFamilyParams x;
        x.num_clients = params.num_clients;
        x.seed = params.seed;
        InstanceData data = generate_x_family(x);
        if (params.time_windows) {
            // The X procedure's draws stay those of the plain instance; the windows draw from their own seed.
            Rng rng(params.seed ^ 0x5851f42d4c957f2dULL);
            data.kind = ProblemKind::vrptw;
            data.name =
                "gen-x-tw-n" + std::to_string(params.num_clients) + "-s" + std::to_string(params.seed);
            add_time_windows(data, rng);
        }
        return data;
    }
    Rng rng(params.seed);
    InstanceData data;
    data.name = "gen-" + std::string(to_string(params.kind)) + (params.time_windows ? "-tw" : "") + "-n" +
                std::to_string(params.num_clients) + "-s" + std::to_string(params.seed);
    data.num_nodes = params.num_clients + 1;
    data.rounding = Rounding::tsplib;
    data.coordinates = place_nodes(params, rng);
    data.distance = params.kind == GeneratorKind::road ? road_matrix(data.coordinates, rng)
                                                       : euclidean_matrix(data.coordinates);
    data.kind = params.time_windows
                    ? ProblemKind::vrptw
                    : (params.kind == GeneratorKind::road ? ProblemKind::acvrp : ProblemKind::cvrp);
    // Demands 1..10; capacity for 5 to 15 clients a route on average, never below the largest demand.
    data.demand.assign(static_cast<std::size_t>(data.num_nodes), 0);
    Cost total = 0;
    for (int i = 1; i < data.num_nodes; ++i)
        total += data.demand[i] = 1 + static_cast<Cost>(uniform_below(rng, 10));
    const auto per_route = static_cast<Cost>(5 + uniform_below(rng, 11));
    data.capacity = std::max<Cost>(10, (total * per_route + params.num_clients - 1) / params.num_clients);
    if (params.time_windows) add_time_windows(data, rng);
    return data;
}

}  // namespace routekit
