// Contraction hierarchies against Dijkstra on a generated road grid: ways of a few blocks each, at mixed
// speeds, a third of them one-way (either direction), junctions slightly jittered so that lengths differ.
// A hierarchy whose contraction dropped a needed shortcut gives a longer trip somewhere (checked: keeping
// only shortcuts 0.2 s better than their witness fails here and on Monaco); both matrices must match
// Dijkstra's to the millisecond and millimetre, in both optimised quantities and on 1 and 2 threads.
#include <gtest/gtest.h>

#include <random>

#include "routekit/roads/random_places.hpp"
#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {
namespace {

constexpr int kSide = 36;      // junctions per row and column
constexpr int kWayBlocks = 4;  // blocks per way: ways meet their neighbours end to end

RoadGraph generated_grid(std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> jitter(-0.0002, 0.0002);
    std::vector<LatLon> at(kSide * kSide);
    for (int r = 0; r < kSide; ++r)
        for (int c = 0; c < kSide; ++c)
            at[r * kSide + c] = {45 + 0.0009 * r + jitter(random), 5 + 0.0013 * c + jitter(random)};
    const double speeds[] = {20, 30, 50, 70};
    std::vector<WayInput> ways;
    const auto add_way = [&](const std::vector<int>& nodes) {
        WayInput way;
        way.way_id = static_cast<std::int64_t>(ways.size()) + 1;
        for (const int node : nodes) {
            way.node_ids.push_back(node + 1);
            way.locations.push_back(at[node]);
        }
        const std::uint64_t kind = random() % 6;  // 0, 1: one-way forward; 2: one-way backward
        way.traversal.forward = kind != 2;
        way.traversal.backward = kind > 1;
        way.traversal.speed_kmh = speeds[random() % 4];
        ways.push_back(std::move(way));
    };
    for (int line = 0; line < kSide; ++line)
        for (int start = 0; start + 1 < kSide; start += kWayBlocks) {
            std::vector<int> row, column;
            for (int k = start; k <= std::min(start + kWayBlocks, kSide - 1); ++k) {
                row.push_back(line * kSide + k);
                column.push_back(k * kSide + line);
            }
            add_way(row);
            add_way(column);
        }
    return RoadGraph::from_ways(ways, "generated grid");
}

TEST(RoadsGridHierarchy, EqualsDijkstraWithOneWaysInBothQuantitiesOnAnyThreadCount) {
    const RoadGraph roads = generated_grid(5);
    ASSERT_EQ(roads.num_vertices(), static_cast<std::size_t>(kSide * kSide));
    const std::vector<NamedPoint> points = random_places(roads, 150, 6);
    const SegmentGrid grid(roads);
    const std::vector<SnappedPoint> snapped = snap_points(roads, grid, points, 100);
    for (const Optimise optimise : {Optimise::time, Optimise::distance}) {
        MatrixOptions dijkstra;
        dijkstra.optimise = optimise;
        dijkstra.method = SearchMethod::dijkstra;
        dijkstra.threads = 2;
        const ExactMatrices expected = travel_between(roads, snapped, points, dijkstra);
        std::size_t asymmetric = 0;
        for (std::size_t i = 0; i < points.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                asymmetric += expected.duration_ms[i * points.size() + j] !=
                              expected.duration_ms[j * points.size() + i];
        EXPECT_GT(asymmetric, points.size());  // the one-ways matter
        for (const int threads : {1, 2}) {
            MatrixOptions hierarchy = dijkstra;
            hierarchy.method = SearchMethod::hierarchy;
            hierarchy.threads = threads;
            const ExactMatrices found = travel_between(roads, snapped, points, hierarchy);
            EXPECT_EQ(found.duration_ms, expected.duration_ms) << "threads " << threads;
            EXPECT_EQ(found.length_mm, expected.length_mm) << "threads " << threads;
        }
    }
}

}  // namespace
}  // namespace routekit::roads
