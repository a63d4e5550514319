// A hand-made map (tests/data/roads_tiny.osm) whose every number can be worked out by hand: where a point
// snaps, which part of its street lies before and after it, one-way detours, unreachable pairs.
#include <gtest/gtest.h>

#include <numbers>

#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {
namespace {

const std::string kTinyMap = ROUTEKIT_SOURCE_DIR "/tests/data/roads_tiny.osm";

// 0.001 degree of longitude on the equator, in metres.
const double kMilliDegree = kEarthRadiusMetres * 0.001 * std::numbers::pi / 180;

std::int64_t ceil_metres(std::int64_t mm) {
    return (mm + 999) / 1000;
}

TEST(RoadsTinyMap, FootwaysAreLeftOutAndWaysMeetAtSharedNodes) {
    const RoadGraph roads = read_road_graph(kTinyMap);
    // Vertices: the ways' ends 1, 3 and 5 (node 2 is shared only with a footway, node 4 with nothing).
    ASSERT_EQ(roads.num_vertices(), 3u);
    EXPECT_EQ(roads.vertex_osm_id(0), 1);
    EXPECT_EQ(roads.vertex_osm_id(1), 3);
    ASSERT_EQ(roads.streets().size(), 3u);
    EXPECT_EQ(roads.streets()[0].length_mm, 222390);  // 2 x 111.19509 m
    EXPECT_EQ(roads.num_arcs(), 4u);                  // way 10 both ways, ways 11 and 12 one way each
}

TEST(RoadsTinyMap, APointLandsOnItsStreetAtTheRightOffset) {
    const RoadGraph roads = read_road_graph(kTinyMap);
    const SegmentGrid grid(roads);
    // 0.0001 degree north of way 10, halfway between nodes 2 and 3: 1.5 x 111.19509 m from node 1.
    const std::optional<SnappedPoint> p = grid.nearest({0.0001, 0.0015}, 100);
    ASSERT_TRUE(p);
    EXPECT_EQ(roads.streets()[p->street].way_id, 10);
    EXPECT_EQ(p->offset_mm, 166793);
    EXPECT_NEAR(p->snap_distance_m, 0.1 * kMilliDegree, 0.01);
    EXPECT_NEAR(p->location.lat, 0, 1e-9);
    EXPECT_NEAR(p->location.lon, 0.0015, 1e-9);
    // Proportional time: residential at 25 km/h, 3.6 * 222390 / 25 = 32024 ms for the street.
    EXPECT_EQ(roads.streets()[p->street].duration_ms, 32024);
    EXPECT_EQ(p->offset_ms, 24018);
    EXPECT_FALSE(grid.nearest({0.0001, 0.0015}, 5));  // 11 m away: beyond a 5 m limit
}

TEST(RoadsTinyMap, PartialStreetsCountInTheDirectionDriven) {
    const RoadGraph roads = read_road_graph(kTinyMap);
    const std::vector<NamedPoint> points = {
        {"P", {0.0001, 0.0015}}, {"T", {0.001, 0.001}}, {"R", {0, 0.0005}}};
    MatrixOptions options;
    options.threads = 1;
    const RoadMatrices m = road_matrices(roads, points, options);
    const std::int64_t diagonal_mm = std::llround(haversine_metres({0, 0.002}, {0.001, 0.001}) * 1000);
    const std::int64_t way11_mm = std::llround(2 * haversine_metres({0, 0.002}, {0.001, 0.001}) * 1000);
    // P to T: ahead along way 10 to node 3 (222390 - 166793 mm), then way 11 to node 4.
    EXPECT_EQ(m.distance_m[0 * 3 + 1], ceil_metres(222390 - 166793 + diagonal_mm));
    // T to P: way 11 one way on to node 1, then way 10 to P: the one-way makes the trip longer.
    EXPECT_EQ(m.distance_m[1 * 3 + 0], ceil_metres(way11_mm - diagonal_mm + 166793));
    // P to R and back: straight along way 10, both ways the same (R is 0.5 x 111.19509 m from node 1).
    EXPECT_EQ(m.distance_m[0 * 3 + 2], ceil_metres(166793 - 55598));
    EXPECT_EQ(m.distance_m[2 * 3 + 0], ceil_metres(166793 - 55598));
    EXPECT_EQ(m.duration_s[0 * 3 + 2], (24018 - 8006 + 999) / 1000);  // 8006 ms: a quarter of 32024
    EXPECT_EQ(m.distance_m[0], 0);
}

TEST(RoadsTinyMap, UnreachablePairsAreNamed) {
    const RoadGraph roads = read_road_graph(kTinyMap);
    // U sits on the dead-end one-way 3-5: it can be reached, never left.
    const std::vector<NamedPoint> points = {{"P", {0.0001, 0.0015}}, {"U", {0.0001, 0.0025}}};
    try {
        road_matrices(roads, points);
        FAIL() << "expected UnreachableError";
    } catch (const UnreachableError& e) {
        ASSERT_EQ(e.pairs().size(), 1u);
        EXPECT_EQ(e.pairs()[0].from, "U");
        EXPECT_EQ(e.pairs()[0].to, "P");
        EXPECT_NE(std::string(e.what()).find("roads_tiny.osm: expected a route between every two points, "
                                             "found none from U to P"),
                  std::string::npos)
            << e.what();
    }
}

TEST(RoadsTinyMap, BadMapsAreClearErrors) {
    EXPECT_THROW(read_road_graph(ROUTEKIT_SOURCE_DIR "/tests/data/no-such-map.osm.pbf"), InputError);
    CarProfile nothing;
    nothing.highway_speed_kmh.clear();
    try {
        read_road_graph(kTinyMap, nothing);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("expected at least one road a car may drive"),
                  std::string::npos);
    }
}

}  // namespace
}  // namespace routekit::roads
