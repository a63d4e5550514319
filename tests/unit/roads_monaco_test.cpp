// Matrices on a real map: Monaco (../shared/osm/monaco.osm.pbf, © OpenStreetMap contributors, ODbL).
// The searches must equal a plain Dijkstra written here on the same streets, one-way streets must make
// the matrix asymmetric, the minimised quantity must satisfy the triangle inequality, and the answer must
// not depend on the number of threads.
#include <gtest/gtest.h>

#include <queue>
#include <random>
#include <tuple>

#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {
namespace {

const std::string kMonaco = ROUTEKIT_SHARED_DIR "/osm/monaco.osm.pbf";

class RoadsMonaco : public testing::Test {
  protected:
    static void SetUpTestSuite() { roads_ = new RoadGraph(read_road_graph(kMonaco)); }
    static void TearDownTestSuite() { delete roads_; }

    // The middle of a street's first segment: a point that snaps onto that street.
    static LatLon middle_of_first_segment(const Street& street) {
        const LatLon a = roads_->shape_points()[street.first_point];
        const LatLon b = roads_->shape_points()[street.first_point + 1];
        return {(a.lat + b.lat) / 2, (a.lon + b.lon) / 2};
    }

    // `count` points on seeded random connected streets, each kept only if it snaps onto its own street.
    static std::vector<NamedPoint> random_points(int count, std::uint64_t seed) {
        const std::vector<std::uint32_t> streets = strongly_connected_streets(*roads_);
        const SegmentGrid grid(*roads_);
        std::mt19937_64 random(seed);
        std::vector<NamedPoint> points;
        while (static_cast<int>(points.size()) < count) {
            const std::uint32_t s = streets[random() % streets.size()];
            const LatLon at = middle_of_first_segment(roads_->streets()[s]);
            if (grid.nearest(at, 1)->street != s) continue;
            points.push_back({"p" + std::to_string(points.size()), at});
        }
        return points;
    }

    static RoadGraph* roads_;
};

RoadGraph* RoadsMonaco::roads_ = nullptr;

using Key = std::pair<std::int64_t, std::int64_t>;  // (minimised, tie-breaker)

// Textbook Dijkstra on adjacency lists built from the streets, with a std::priority_queue and no early
// stop, then the best of entering each target's street by either end or driving along a shared street.
std::vector<Key> reference_row(const RoadGraph& roads, const std::vector<SnappedPoint>& snapped,
                               std::size_t source, Optimise optimise) {
    const auto key = [optimise](std::int64_t ms, std::int64_t mm) {
        return optimise == Optimise::time ? Key{ms, mm} : Key{mm, ms};
    };
    const auto add = [](Key a, Key b) { return Key{a.first + b.first, a.second + b.second}; };
    std::vector<std::vector<std::pair<Vertex, Key>>> out(roads.num_vertices());
    for (const Street& street : roads.streets()) {
        if (street.forward)
            out[street.from].push_back({street.to, key(street.duration_ms, street.length_mm)});
        if (street.backward)
            out[street.to].push_back({street.from, key(street.duration_ms, street.length_mm)});
    }
    const Key infinite{std::numeric_limits<std::int64_t>::max(), 0};
    std::vector<Key> best(roads.num_vertices(), infinite);
    using Item = std::pair<Key, Vertex>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    const SnappedPoint& s = snapped[source];
    const Street& from = roads.streets()[s.street];
    const Key before = key(s.offset_ms, s.offset_mm);
    const Key after = key(from.duration_ms - s.offset_ms, from.length_mm - s.offset_mm);
    if (from.forward) best[from.to] = std::min(best[from.to], after), queue.push({best[from.to], from.to});
    if (from.backward)
        best[from.from] = std::min(best[from.from], before), queue.push({best[from.from], from.from});
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d != best[v]) continue;
        for (const auto& [w, weight] : out[v])
            if (add(d, weight) < best[w]) best[w] = add(d, weight), queue.push({best[w], w});
    }
    std::vector<Key> row;
    for (std::size_t j = 0; j < snapped.size(); ++j) {
        const SnappedPoint& t = snapped[j];
        const Street& to = roads.streets()[t.street];
        const Key t_before = key(t.offset_ms, t.offset_mm);
        const Key t_after = key(to.duration_ms - t.offset_ms, to.length_mm - t.offset_mm);
        Key answer = j == source ? Key{0, 0} : infinite;
        if (to.forward && best[to.from] != infinite) answer = std::min(answer, add(best[to.from], t_before));
        if (to.backward && best[to.to] != infinite) answer = std::min(answer, add(best[to.to], t_after));
        if (t.street == s.street && to.forward && t.offset_mm >= s.offset_mm)
            answer = std::min(answer, key(t.offset_ms - s.offset_ms, t.offset_mm - s.offset_mm));
        if (t.street == s.street && to.backward && t.offset_mm <= s.offset_mm)
            answer = std::min(answer, key(s.offset_ms - t.offset_ms, s.offset_mm - t.offset_mm));
        row.push_back(answer);
    }
    return row;
}

TEST_F(RoadsMonaco, TheMapReadsIntoAPlausibleGraph) {
    EXPECT_GT(roads_->num_vertices(), 1000u);
    EXPECT_GT(roads_->num_arcs(), roads_->streets().size());      // most streets are two-way
    EXPECT_LT(roads_->num_arcs(), 2 * roads_->streets().size());  // some are not
}

TEST_F(RoadsMonaco, SearchesEqualAPlainReferenceDijkstra) {
    const std::vector<NamedPoint> points = random_points(25, 17);
    const SegmentGrid grid(*roads_);
    const std::vector<SnappedPoint> snapped = snap_points(*roads_, grid, points, 1000);
    for (const auto& [optimise, method] : {std::pair{Optimise::time, SearchMethod::dijkstra},
                                           std::pair{Optimise::distance, SearchMethod::dijkstra},
                                           std::pair{Optimise::time, SearchMethod::hierarchy}}) {
        MatrixOptions options;
        options.optimise = optimise;
        options.method = method;
        const ExactMatrices exact = travel_between(*roads_, snapped, points, options);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const std::vector<Key> reference = reference_row(*roads_, snapped, i, optimise);
            for (std::size_t j = 0; j < points.size(); ++j) {
                const std::size_t cell = i * points.size() + j;
                const Key found = optimise == Optimise::time
                                      ? Key{exact.duration_ms[cell], exact.length_mm[cell]}
                                      : Key{exact.length_mm[cell], exact.duration_ms[cell]};
                ASSERT_EQ(found, reference[j]) << "from " << i << " to " << j;
            }
        }
    }
}

TEST_F(RoadsMonaco, ContractionHierarchiesGiveTheSameMatrices) {
    const std::vector<NamedPoint> points = random_points(60, 23);
    const SegmentGrid grid(*roads_);
    const std::vector<SnappedPoint> snapped = snap_points(*roads_, grid, points, 1000);
    for (const Optimise optimise : {Optimise::time, Optimise::distance}) {
        MatrixOptions dijkstra, hierarchy;
        dijkstra.optimise = hierarchy.optimise = optimise;
        hierarchy.method = SearchMethod::hierarchy;
        const ExactMatrices expected = travel_between(*roads_, snapped, points, dijkstra);
        const ExactMatrices found = travel_between(*roads_, snapped, points, hierarchy);
        EXPECT_EQ(found.length_mm, expected.length_mm);
        EXPECT_EQ(found.duration_ms, expected.duration_ms);
    }
}

TEST_F(RoadsMonaco, AOneWayStreetMakesTheMatrixAsymmetric) {
    // A real one-way street of Monaco, long enough to hold two points 20 m apart or more.
    const SegmentGrid grid(*roads_);
    for (const std::uint32_t s : strongly_connected_streets(*roads_)) {
        const Street& street = roads_->streets()[s];
        if (street.backward || street.last_point - street.first_point < 2) continue;
        const LatLon a = middle_of_first_segment(street);
        const LatLon b = roads_->shape_points()[street.last_point - 1];  // a shape point inside the street
        const std::optional<SnappedPoint> at_a = grid.nearest(a, 1), at_b = grid.nearest(b, 1);
        if (!at_a || !at_b || at_a->street != s || at_b->street != s ||
            at_b->offset_mm - at_a->offset_mm < 20000)
            continue;
        const std::vector<NamedPoint> points = {{"a", a}, {"b", b}};
        const RoadMatrices m = road_matrices(*roads_, points);
        // Down the street: exactly the part between the points. Back: around the block, farther.
        EXPECT_EQ(m.distance_m[1], (at_b->offset_mm - at_a->offset_mm + 999) / 1000)
            << "way " << street.way_id;
        EXPECT_GT(m.distance_m[2], m.distance_m[1]) << "way " << street.way_id;
        EXPECT_GT(m.duration_s[2], m.duration_s[1]) << "way " << street.way_id;
        return;
    }
    FAIL() << "no one-way street found in Monaco";
}

TEST_F(RoadsMonaco, TheMinimisedMatrixSatisfiesTheTriangleInequality) {
    const std::vector<NamedPoint> points = random_points(40, 5);
    for (const Optimise optimise : {Optimise::time, Optimise::distance}) {
        MatrixOptions options;
        options.optimise = optimise;
        const RoadMatrices m = road_matrices(*roads_, points, options);
        const std::vector<std::int64_t>& d = optimise == Optimise::time ? m.duration_s : m.distance_m;
        const std::size_t n = points.size();
        std::size_t asymmetric = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                asymmetric += d[i * n + j] != d[j * n + i];
                for (std::size_t k = 0; k < n; ++k)
                    ASSERT_LE(d[i * n + k], d[i * n + j] + d[j * n + k]) << i << " " << j << " " << k;
            }
        }
        EXPECT_GT(asymmetric, n);  // a city's matrix is not symmetric
    }
}

TEST_F(RoadsMonaco, TheAnswerDoesNotDependOnTheThreadCount) {
    const std::vector<NamedPoint> points = random_points(30, 11);
    MatrixOptions one, two;
    one.threads = 1;
    two.threads = 2;
    const RoadMatrices a = road_matrices(*roads_, points, one);
    const RoadMatrices b = road_matrices(*roads_, points, two);
    EXPECT_EQ(a.distance_m, b.distance_m);
    EXPECT_EQ(a.duration_s, b.duration_s);
}

TEST_F(RoadsMonaco, APointOutsideTheMapIsAClearError) {
    const std::vector<NamedPoint> points = {random_points(1, 3)[0], {"eiffel-tower", {48.8584, 2.2945}}};
    try {
        road_matrices(*roads_, points);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("monaco.osm.pbf: expected every point inside the map"), std::string::npos)
            << message;
        EXPECT_NE(message.find("found point eiffel-tower (lat 48.858400, lon 2.294500) outside it"),
                  std::string::npos)
            << message;
    }
}

}  // namespace
}  // namespace routekit::roads
