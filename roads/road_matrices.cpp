// Many-to-many matrices by one Dijkstra search per point, the searches run in parallel with TBB.
//
// Why plain Dijkstra: a matrix of n points needs n full searches whatever the method, and on the graphs
// Routekit's instances live on (a city, a few hundred thousand junctions, n up to a few thousand) one
// search over a compressed sparse row graph costs a few milliseconds: bench/results/2026-12-01-roads has
// 1,000 x 1,000 on a 200,000-junction grid well within its 10 s target on 2 cores. Contraction
// hierarchies would pay off for country-sized maps or many more points, at the price of a preprocessing
// step that must be redone whenever the profile changes.
//
// Points lie inside streets, not on junctions: a search starts on the source's street, leaving it by
// either end the street may be driven to, and reaches a target through either end of the target's street
// (or directly along a street both share). The part of a street on each side of a point is an integer
// split of its length and time (offset, remainder), so a path through a point costs exactly what a path
// past it costs, and the exact matrices satisfy the triangle inequality in the minimised quantity.
#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <limits>

#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {

namespace {

/// A search's key: the minimised quantity first, the other as tie-breaker.
struct Label {
    std::int64_t first = 0;
    std::int64_t second = 0;
    friend auto operator<=>(const Label&, const Label&) = default;
    Label operator+(const Label& other) const { return {first + other.first, second + other.second}; }
};

constexpr Label kUnreached{std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::max()};

template <Optimise kOptimise>
Label make_label(std::int64_t duration_ms, std::int64_t length_mm) {
    if constexpr (kOptimise == Optimise::time) return {duration_ms, length_mm};
    else return {length_mm, duration_ms};
}

/// How a point meets its street: the part before it and after it, in the street's drawing direction.
struct StreetSplit {
    Label before;
    Label after;
};

template <Optimise kOptimise>
StreetSplit split_of(const RoadGraph& roads, const SnappedPoint& point) {
    const Street& street = roads.streets()[point.street];
    return {make_label<kOptimise>(point.offset_ms, point.offset_mm),
            make_label<kOptimise>(street.duration_ms - point.offset_ms, street.length_mm - point.offset_mm)};
}

/// One thread's reusable search state; a generation stamp clears it in O(1) between searches.
struct SearchSpace {
    struct Entry {
        Label label;
        Vertex vertex;
        // std::push_heap builds a max-heap: the smallest label must compare greatest.
        bool operator<(const Entry& other) const { return other.label < label; }
    };
    std::vector<Label> label;
    std::vector<std::uint32_t> reached;  // == stamp: label is this search's
    std::vector<std::uint32_t> settled;  // == stamp: label is final
    std::vector<Entry> heap;
    std::uint32_t stamp = 0;

    explicit SearchSpace(std::size_t num_vertices)
        : label(num_vertices), reached(num_vertices, 0), settled(num_vertices, 0) {}

    Label at(Vertex v) const { return reached[v] == stamp ? label[v] : kUnreached; }
    void offer(Vertex v, Label candidate) {
        if (candidate >= at(v)) return;
        reached[v] = stamp;
        label[v] = candidate;
        heap.push_back({candidate, v});
        std::push_heap(heap.begin(), heap.end());
    }
};

/// Dijkstra from the seeds until every vertex in `targets` is settled (or nothing is left to reach).
template <Optimise kOptimise>
void search(const RoadCsrGraph& graph, SearchSpace& space, const std::vector<char>& is_target,
            std::size_t num_targets) {
    std::size_t targets_left = num_targets;
    while (!space.heap.empty() && targets_left > 0) {
        std::pop_heap(space.heap.begin(), space.heap.end());
        const auto [label, v] = space.heap.back();
        space.heap.pop_back();
        if (space.settled[v] == space.stamp || label != space.label[v]) continue;  // a stale entry
        space.settled[v] = space.stamp;
        if (is_target[v]) --targets_left;
        for (const auto& arc : boost::make_iterator_range(boost::out_edges(v, graph))) {
            const Arc& weights = graph[arc];
            space.offer(boost::target(arc, graph), label + make_label<kOptimise>(weights.duration_ms, weights.length_mm));
        }
    }
    space.heap.clear();
}

template <Optimise kOptimise>
ExactMatrices travel_with(const RoadGraph& roads, std::span<const SnappedPoint> snapped,
                          std::span<const NamedPoint> points, int threads) {
    const int n = static_cast<int>(snapped.size());
    std::vector<StreetSplit> splits;
    std::vector<char> is_target(roads.num_vertices(), 0);
    std::size_t num_targets = 0;
    const auto mark = [&](Vertex v) {
        if (!is_target[v]) is_target[v] = 1, ++num_targets;
    };
    for (const SnappedPoint& point : snapped) {
        splits.push_back(split_of<kOptimise>(roads, point));
        const Street& street = roads.streets()[point.street];
        if (street.forward) mark(street.from);
        if (street.backward) mark(street.to);
    }

    ExactMatrices exact;
    exact.size = n;
    const auto cells = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    exact.length_mm.assign(cells, -1);
    exact.duration_ms.assign(cells, -1);
    tbb::enumerable_thread_specific<SearchSpace> spaces([&] { return SearchSpace(roads.num_vertices()); });
    const auto one_row = [&](int i) {
        SearchSpace& space = spaces.local();
        ++space.stamp;
        const Street& from_street = roads.streets()[snapped[i].street];
        if (from_street.forward) space.offer(from_street.to, splits[i].after);
        if (from_street.backward) space.offer(from_street.from, splits[i].before);
        search<kOptimise>(roads.graph(), space, is_target, num_targets);
        for (int j = 0; j < n; ++j) {
            const Street& to_street = roads.streets()[snapped[j].street];
            Label best = i == j ? Label{} : kUnreached;
            if (to_street.forward && space.at(to_street.from) != kUnreached)
                best = std::min(best, space.at(to_street.from) + splits[j].before);
            if (to_street.backward && space.at(to_street.to) != kUnreached)
                best = std::min(best, space.at(to_street.to) + splits[j].after);
            if (snapped[i].street == snapped[j].street) {  // straight along the street they share
                if (to_street.forward && splits[j].before >= splits[i].before)
                    best = std::min(best, Label{splits[j].before.first - splits[i].before.first,
                                                splits[j].before.second - splits[i].before.second});
                if (to_street.backward && splits[j].before <= splits[i].before)
                    best = std::min(best, Label{splits[i].before.first - splits[j].before.first,
                                                splits[i].before.second - splits[j].before.second});
            }
            if (best == kUnreached) continue;
            const std::size_t cell = static_cast<std::size_t>(i) * n + j;
            const bool time_first = kOptimise == Optimise::time;
            exact.duration_ms[cell] = time_first ? best.first : best.second;
            exact.length_mm[cell] = time_first ? best.second : best.first;
        }
    };
    tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
    arena.execute([&] {
        tbb::parallel_for(tbb::blocked_range<int>(0, n), [&](const tbb::blocked_range<int>& rows) {
            for (int i = rows.begin(); i < rows.end(); ++i) one_row(i);
        });
    });

    std::vector<UnreachableError::Pair> unreachable;
    for (std::size_t cell = 0; cell < cells; ++cell)
        if (exact.length_mm[cell] < 0)
            unreachable.push_back({points[cell / n].id, points[cell % n].id});
    if (!unreachable.empty()) throw UnreachableError(roads.source(), std::move(unreachable));
    return exact;
}

std::string unreachable_message(const std::string& map, const std::vector<UnreachableError::Pair>& pairs) {
    constexpr std::size_t kNamed = 10;  // enough to see the pattern, not a wall of text
    std::string message = map + ": expected a route between every two points, found none";
    for (std::size_t k = 0; k < pairs.size() && k < kNamed; ++k)
        message += (k ? ", " : " ") + std::string("from ") + pairs[k].from + " to " + pairs[k].to;
    if (pairs.size() > kNamed) message += " (" + std::to_string(pairs.size()) + " pairs in all)";
    return message;
}

std::int64_t ceil_thousandths(std::int64_t value) { return (value + 999) / 1000; }

}  // namespace

UnreachableError::UnreachableError(std::string map, std::vector<Pair> pairs)
    : Error(unreachable_message(map, pairs)), pairs_(std::move(pairs)) {}

ExactMatrices travel_between(const RoadGraph& roads, std::span<const SnappedPoint> snapped,
                             std::span<const NamedPoint> points, const MatrixOptions& options) {
    if (options.optimise == Optimise::time) return travel_with<Optimise::time>(roads, snapped, points, options.threads);
    return travel_with<Optimise::distance>(roads, snapped, points, options.threads);
}

RoadMatrices road_matrices(const RoadGraph& roads, std::span<const NamedPoint> points,
                           const MatrixOptions& options) {
    const SegmentGrid grid(roads);
    RoadMatrices matrices;
    matrices.snapped = snap_points(roads, grid, points, options.max_snap_distance_m);
    const ExactMatrices exact = travel_between(roads, matrices.snapped, points, options);
    matrices.size = exact.size;
    for (const std::int64_t mm : exact.length_mm) matrices.distance_m.push_back(ceil_thousandths(mm));
    for (const std::int64_t ms : exact.duration_ms) matrices.duration_s.push_back(ceil_thousandths(ms));
    return matrices;
}

RoadMatrices road_matrices(const std::string& map_path, std::span<const NamedPoint> points,
                           const CarProfile& profile, const MatrixOptions& options) {
    return road_matrices(read_road_graph(map_path, profile), points, options);
}

}  // namespace routekit::roads
