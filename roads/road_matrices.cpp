// Many-to-many matrices: one search per point, run in parallel with TBB, either Dijkstra over the whole
// graph or an upward search in a contraction hierarchy (roads/contraction_hierarchy.hpp).
//
// Which one: contracting costs about as much as 250 Dijkstra searches (measured in Monaco and on a
// 200,000-junction grid, bench/results/2026-12-01-roads), after which each point's search is far cheaper;
// so `automatic` contracts from 256 points on. The contraction runs in parallel rounds of independent
// vertices (roads/contraction_hierarchy.cpp): on 2 cores it is still most of the time of a 1,000-point
// matrix on the grid.
//
// Points lie inside streets, not on junctions: a search starts on the source's street, leaving it by
// either end the street may be driven to, and reaches a target through either end of the target's street
// (or directly along a street both share). The part of a street on each side of a point is an integer
// split of its length and time (offset, remainder), so a path through a point costs exactly what a path
// past it costs, and the exact matrices satisfy the triangle inequality in the minimised quantity.
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <chrono>
#include <limits>
#include <tuple>

#include "roads/contraction_hierarchy.hpp"
#include "roads/search_label.hpp"
#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {

namespace {

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

/// One thread's reusable search state; a generation stamp clears it in O(1) between searches. A vertex's
/// label and stamps sit together, so that relaxing an arc touches one cache line.
struct SearchSpace {
    struct Entry {
        Label label;
        Vertex vertex;
        // std::push_heap builds a max-heap: the smallest label must compare greatest.
        bool operator<(const Entry& other) const { return other.label < label; }
    };
    struct VertexState {
        Label label;
        std::uint32_t reached = 0;  // == stamp: label is this search's
        std::uint32_t settled = 0;  // == stamp: label is final
    };
    std::vector<VertexState> state;
    std::vector<Entry> heap;
    std::uint32_t stamp = 0;

    explicit SearchSpace(std::size_t num_vertices) : state(num_vertices) {}

    Label at(Vertex v) const { return state[v].reached == stamp ? state[v].label : kUnreached; }
    void offer(Vertex v, Label candidate) {
        VertexState& s = state[v];
        if (s.reached == stamp && candidate >= s.label) return;
        s.reached = stamp;
        s.label = candidate;
        heap.push_back({candidate, v});
        std::push_heap(heap.begin(), heap.end());
    }
    /// The next vertex to settle with its final label; false when the heap is empty.
    bool settle_next(Vertex& v, Label& label) {
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end());
            const Entry top = heap.back();
            heap.pop_back();
            VertexState& s = state[top.vertex];
            if (s.settled == stamp || top.label != s.label) continue;  // a stale entry
            s.settled = stamp;
            v = top.vertex;
            label = top.label;
            return true;
        }
        return false;
    }
};

/// Dijkstra from the seeds until every vertex in `targets` is settled (or nothing is left to reach).
template <Optimise kOptimise>
void search(const RoadCsrGraph& graph, SearchSpace& space, const std::vector<char>& is_target,
            std::size_t num_targets) {
    std::size_t targets_left = num_targets;
    Vertex v = 0;
    Label label;
    while (targets_left > 0 && space.settle_next(v, label)) {
        if (is_target[v]) --targets_left;
        for (const auto& arc : boost::make_iterator_range(boost::out_edges(v, graph))) {
            const Arc& weights = graph[arc];
            space.offer(boost::target(arc, graph),
                        label + make_label<kOptimise>(weights.duration_ms, weights.length_mm));
        }
    }
    space.heap.clear();
}

/// Dijkstra over a hierarchy's upward arcs (`arcs_of(v)`), settling everything it can reach; `on_settle`
/// sees each vertex with its final label.
template <class UpwardArcs, class OnSettle>
void upward_search(SearchSpace& space, UpwardArcs arcs_of, OnSettle on_settle) {
    Vertex v = 0;
    Label label;
    while (space.settle_next(v, label)) {
        on_settle(v, label);
        for (const ContractionHierarchy::UpArc& arc : arcs_of(v)) space.offer(arc.other, label + arc.weight);
    }
}

/// The matrices being filled: exact values row by row, -1 where no route was found.
template <Optimise kOptimise>
class MatrixFill {
  public:
    MatrixFill(const RoadGraph& roads, std::span<const SnappedPoint> snapped)
        : roads_(roads), snapped_(snapped) {
        for (const SnappedPoint& point : snapped) splits_.push_back(split_of<kOptimise>(roads, point));
        const std::size_t n = snapped.size();
        exact_.size = static_cast<int>(n);
        exact_.length_mm.assign(n * n, -1);
        exact_.duration_ms.assign(n * n, -1);
    }

    const StreetSplit& split(std::size_t i) const { return splits_[i]; }
    const Street& street(std::size_t i) const { return roads_.streets()[snapped_[i].street]; }

    /// Records the trip from i to j: `through_graph` (through the ends of their streets, kUnreached if none)
    /// or, when both lie on one street, straight along it if that is better.
    void record(std::size_t i, std::size_t j, Label through_graph) {
        Label best = i == j ? Label{} : through_graph;
        if (snapped_[i].street == snapped_[j].street) {
            const Street& shared = street(j);
            const Label from = splits_[i].before, to = splits_[j].before;
            if (shared.forward && to >= from)
                best = std::min(best, Label{to.first - from.first, to.second - from.second});
            if (shared.backward && to <= from)
                best = std::min(best, Label{from.first - to.first, from.second - to.second});
        }
        if (best == kUnreached) return;
        const std::size_t cell = i * snapped_.size() + j;
        const bool time_first = kOptimise == Optimise::time;
        exact_.duration_ms[cell] = time_first ? best.first : best.second;
        exact_.length_mm[cell] = time_first ? best.second : best.first;
    }

    ExactMatrices take() {
        exact_.hierarchy_seconds = hierarchy_seconds;
        return std::move(exact_);
    }
    double hierarchy_seconds = 0;

  private:
    const RoadGraph& roads_;
    std::span<const SnappedPoint> snapped_;
    std::vector<StreetSplit> splits_;
    ExactMatrices exact_;
};

/// A search leaves a point's street by either end it may drive to, with the rest of the street to drive.
template <Optimise kOptimise>
void seed_leaving(SearchSpace& space, const MatrixFill<kOptimise>& fill, std::size_t i) {
    ++space.stamp;
    if (fill.street(i).forward) space.offer(fill.street(i).to, fill.split(i).after);
    if (fill.street(i).backward) space.offer(fill.street(i).from, fill.split(i).before);
}

/// One Dijkstra per source over the whole graph.
template <Optimise kOptimise>
void fill_by_dijkstra(const RoadGraph& roads, MatrixFill<kOptimise>& fill, std::size_t n,
                      tbb::enumerable_thread_specific<SearchSpace>& spaces) {
    std::vector<char> is_target(roads.num_vertices(), 0);
    std::size_t num_targets = 0;
    const auto mark = [&](Vertex v) {
        if (!is_target[v]) is_target[v] = 1, ++num_targets;
    };
    for (std::size_t j = 0; j < n; ++j) {
        if (fill.street(j).forward) mark(fill.street(j).from);
        if (fill.street(j).backward) mark(fill.street(j).to);
    }
    tbb::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
        SearchSpace& space = spaces.local();
        seed_leaving(space, fill, i);
        search<kOptimise>(roads.graph(), space, is_target, num_targets);
        for (std::size_t j = 0; j < n; ++j) {
            const Street& to = fill.street(j);
            Label best = kUnreached;
            if (to.forward && space.at(to.from) != kUnreached)
                best = std::min(best, space.at(to.from) + fill.split(j).before);
            if (to.backward && space.at(to.to) != kUnreached)
                best = std::min(best, space.at(to.to) + fill.split(j).after);
            fill.record(i, j, best);
        }
    });
}

/// Contraction hierarchies: one backward upward search per target fills buckets, one forward upward
/// search per source reads them.
template <Optimise kOptimise>
void fill_by_hierarchy(const RoadGraph& roads, MatrixFill<kOptimise>& fill, std::size_t n,
                       tbb::enumerable_thread_specific<SearchSpace>& spaces) {
    std::vector<std::tuple<Vertex, Vertex, Label>> arcs;
    arcs.reserve(roads.num_arcs());
    const RoadCsrGraph& graph = roads.graph();
    for (const auto& arc : boost::make_iterator_range(boost::edges(graph)))
        arcs.emplace_back(boost::source(arc, graph), boost::target(arc, graph),
                          make_label<kOptimise>(graph[arc].duration_ms, graph[arc].length_mm));
    const auto start = std::chrono::steady_clock::now();
    const ContractionHierarchy hierarchy(roads.num_vertices(), arcs);
    fill.hierarchy_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    // A target is entered from either end of its street that leads into it, with the part before it.
    std::vector<std::vector<std::pair<Vertex, Label>>> reached_backward(n);
    tbb::parallel_for(std::size_t{0}, n, [&](std::size_t j) {
        SearchSpace& space = spaces.local();
        ++space.stamp;
        if (fill.street(j).forward) space.offer(fill.street(j).from, fill.split(j).before);
        if (fill.street(j).backward) space.offer(fill.street(j).to, fill.split(j).after);
        upward_search(
            space, [&](Vertex v) { return hierarchy.upward_in(v); },
            [&](Vertex v, Label label) { reached_backward[j].emplace_back(v, label); });
    });
    struct BucketEntry {
        std::uint32_t target;
        Label label;
    };
    std::vector<std::uint32_t> bucket_start(roads.num_vertices() + 1, 0);
    for (const auto& reached : reached_backward)
        for (const auto& [v, label] : reached) ++bucket_start[v + 1];
    for (std::size_t v = 0; v < roads.num_vertices(); ++v) bucket_start[v + 1] += bucket_start[v];
    std::vector<BucketEntry> buckets(bucket_start.back());
    std::vector<std::uint32_t> next(bucket_start.begin(), bucket_start.end() - 1);
    for (std::size_t j = 0; j < n; ++j) {
        for (const auto& [v, label] : reached_backward[j])
            buckets[next[v]++] = {static_cast<std::uint32_t>(j), label};
        std::vector<std::pair<Vertex, Label>>().swap(reached_backward[j]);
    }

    tbb::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
        SearchSpace& space = spaces.local();
        std::vector<Label> best(n, kUnreached);
        seed_leaving(space, fill, i);
        upward_search(
            space, [&](Vertex v) { return hierarchy.upward_out(v); },
            [&](Vertex v, Label label) {
                for (std::uint32_t e = bucket_start[v]; e < bucket_start[v + 1]; ++e)
                    best[buckets[e].target] = std::min(best[buckets[e].target], label + buckets[e].label);
            });
        for (std::size_t j = 0; j < n; ++j) fill.record(i, j, best[j]);
    });
}

template <Optimise kOptimise>
ExactMatrices travel_with(const RoadGraph& roads, std::span<const SnappedPoint> snapped,
                          std::span<const NamedPoint> points, const MatrixOptions& options) {
    const std::size_t n = snapped.size();
    MatrixFill<kOptimise> fill(roads, snapped);
    tbb::enumerable_thread_specific<SearchSpace> spaces([&] { return SearchSpace(roads.num_vertices()); });
    const bool hierarchy = options.method == SearchMethod::hierarchy ||
                           (options.method == SearchMethod::automatic && n >= kHierarchyFromPoints);
    tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
    arena.execute([&] {
        if (hierarchy)
            fill_by_hierarchy(roads, fill, n, spaces);
        else
            fill_by_dijkstra(roads, fill, n, spaces);
    });
    ExactMatrices exact = fill.take();

    std::vector<UnreachableError::Pair> unreachable;
    for (std::size_t cell = 0; cell < n * n; ++cell)
        if (exact.length_mm[cell] < 0) unreachable.push_back({points[cell / n].id, points[cell % n].id});
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

std::int64_t ceil_thousandths(std::int64_t value) {
    return (value + 999) / 1000;
}

}  // namespace

UnreachableError::UnreachableError(std::string map, std::vector<Pair> pairs)
    : Error(unreachable_message(map, pairs)), pairs_(std::move(pairs)) {}

ExactMatrices travel_between(const RoadGraph& roads, std::span<const SnappedPoint> snapped,
                             std::span<const NamedPoint> points, const MatrixOptions& options) {
    if (options.optimise == Optimise::time)
        return travel_with<Optimise::time>(roads, snapped, points, options);
    return travel_with<Optimise::distance>(roads, snapped, points, options);
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
