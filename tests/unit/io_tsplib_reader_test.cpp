#include <gtest/gtest.h>

#include "routekit/model/distance_function.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/error.hpp"

namespace routekit {
namespace {

/// Every distance, row by row: what two readings of one instance must agree on.
std::vector<Cost> all_distances(const Instance& instance) {
    std::vector<Cost> values;
    for (int i = 0; i < instance.num_nodes(); ++i)
        for (int j = 0; j < instance.num_nodes(); ++j) values.push_back(instance.distance(i, j));
    return values;
}

TEST(IoTsplibDistances, FollowTsplib95Definitions) {
    const Point origin{0, 0};
    EXPECT_EQ(coordinate_distance(DistanceFunction::euc_2d, origin, {1, 1}, Rounding::tsplib), 1);
    EXPECT_EQ(coordinate_distance(DistanceFunction::euc_2d, origin, {1.5, 2}, Rounding::tsplib), 3);  // 2.5
    EXPECT_EQ(coordinate_distance(DistanceFunction::ceil_2d, origin, {1, 1}, Rounding::tsplib), 2);
    EXPECT_EQ(coordinate_distance(DistanceFunction::ceil_2d, origin, {3, 4}, Rounding::tsplib), 5);
    // ATT: r = sqrt(100 / 10) = 3.16, nint 3 < r, so 4.
    EXPECT_EQ(coordinate_distance(DistanceFunction::att, origin, {10, 0}, Rounding::tsplib), 4);
    EXPECT_EQ(coordinate_distance(DistanceFunction::att, origin, {30, 40}, Rounding::tsplib), 16);  // 15.81
    EXPECT_EQ(coordinate_distance(DistanceFunction::man_2d, origin, {1.4, 2.4}, Rounding::tsplib), 4);
    EXPECT_EQ(coordinate_distance(DistanceFunction::max_2d, origin, {1.4, 2.6}, Rounding::tsplib), 3);
    // GEO, ulysses16 nodes 1 and 2 (38.24 20.42) (39.57 26.15): TSPLIB's matrix says 509.
    EXPECT_EQ(coordinate_distance(DistanceFunction::geo, {38.24, 20.42}, {39.57, 26.15}, Rounding::tsplib),
              509);
}

TEST(IoTsplibDistances, OtherConventionsConvertTheRealValue) {
    const Point origin{0, 0};
    EXPECT_EQ(coordinate_distance(DistanceFunction::euc_2d, origin, {3, 4.5}, Rounding::trunc1),
              54);  // 5.408
    EXPECT_EQ(coordinate_distance(DistanceFunction::euc_2d, origin, {3, 4.5}, Rounding::exact), 54083269);
    EXPECT_EQ(coordinate_distance(DistanceFunction::euc_2d, origin, {0.3, 0}, Rounding::trunc1), 3);
}

constexpr const char* kCvrp = R"(NAME : tiny
COMMENT : hand-made
TYPE : CVRP
DIMENSION : 4
EDGE_WEIGHT_TYPE : EUC_2D
CAPACITY : 10
NODE_COORD_SECTION
1 0 0
2 3 4
3 6 8
4 0 5
DEMAND_SECTION
1 0
2 4
3 5
4 6
DEPOT_SECTION
1
-1
EOF
)";

TEST(IoTsplibReader, ReadsACvrpFile) {
    const Instance instance = parse_tsplib(kCvrp, "tiny.vrp");
    EXPECT_EQ(instance.name(), "tiny");
    EXPECT_EQ(instance.kind(), ProblemKind::cvrp);
    EXPECT_EQ(instance.rounding(), Rounding::tsplib);
    EXPECT_EQ(instance.num_nodes(), 4);
    EXPECT_EQ(instance.dimension_in_file(), 4);
    EXPECT_EQ(instance.capacity(), 10);
    EXPECT_FALSE(instance.fleet_limited());  // no VEHICLES: unlimited, as in the X files
    EXPECT_EQ(instance.distance(0, 1), 5);
    EXPECT_EQ(instance.distance(0, 2), 10);
    EXPECT_EQ(instance.demand(3), 6);
    EXPECT_EQ(instance.total_demand(), 15);
    EXPECT_TRUE(instance.has_coordinates());
}

TEST(IoTsplibReader, WithoutCapacityACvrpIsRefused) {
    // It was read with unlimited vehicles, another problem (io_silent_answers_test.cpp has the messages).
    std::string text = kCvrp;
    text.erase(text.find("CAPACITY : 10\n"), 14);
    EXPECT_THROW(parse_tsplib(text, "f"), InputError);
}

TEST(IoTsplibReader, CrlfAndKeywordsWithoutSpacesReadTheSame) {
    std::string text;
    for (char c : std::string(kCvrp)) {
        if (c == '\n') text += '\r';
        text += c;
    }
    for (const std::string key : {"NAME", "TYPE", "DIMENSION", "CAPACITY"})
        text.replace(text.find(key + " : "), key.size() + 3, key + ":");
    const Instance a = parse_tsplib(kCvrp, "a");
    const Instance b = parse_tsplib(text, "b");
    EXPECT_EQ(all_distances(a), all_distances(b));
    EXPECT_EQ(a.data().demand, b.data().demand);
    EXPECT_EQ(b.name(), "tiny");
}

TEST(IoTsplibReader, NumbersMayWrapAcrossLines) {
    std::string text = kCvrp;
    text.replace(text.find("2 3 4\n3 6 8"), 11, "2\n3\n4 3\n6 8");
    EXPECT_EQ(all_distances(parse_tsplib(kCvrp, "a")), all_distances(parse_tsplib(text, "b")));
}

TEST(IoTsplibReader, FileIdsAreKeptAndTheDepotMovesFirst) {
    // Belgian-style ids (0, 55, 110) with names after the coordinates; the depot is the second node listed.
    const char* text = R"(NAME: ids
TYPE: CVRP
DIMENSION: 3
EDGE_WEIGHT_TYPE: EXPLICIT
EDGE_WEIGHT_FORMAT: FULL_MATRIX
EDGE_WEIGHT_UNIT_OF_MEASUREMENT: km
CAPACITY: 9
NODE_COORD_SECTION
0 50.1 4.3 BRUSSEL
55 50.4 5.5 ANTHISNES
110 50.0 5.1 AVE-ET-AUFFE
EDGE_WEIGHT_SECTION
0.000 1.500 2.250
1.000 0.000 3.125
2.000 3.000 0.000
DEMAND_SECTION
0 3
55 0
110 4
DEPOT_SECTION
55
-1
EOF
)";
    const Instance instance = parse_tsplib(text, "ids.vrp");
    EXPECT_EQ(instance.rounding(), Rounding::exact);  // non-integer explicit weights
    EXPECT_EQ(instance.node_id(0), 55);
    EXPECT_EQ(instance.node_id(1), 0);
    EXPECT_EQ(instance.node_id(2), 110);
    EXPECT_EQ(instance.demand(1), 3);
    EXPECT_EQ(instance.demand(2), 4);
    EXPECT_EQ(instance.distance(0, 1), 10'000'000);  // 55 -> 0: 1.000
    EXPECT_EQ(instance.distance(1, 0), 15'000'000);  // 0 -> 55: 1.500
    EXPECT_EQ(instance.distance(0, 2), 31'250'000);  // 55 -> 110: 3.125
    EXPECT_EQ(instance.coordinates()[0].x, 50.4);
    ReadOptions tsplib;
    tsplib.rounding = Rounding::tsplib;
    EXPECT_EQ(parse_tsplib(text, "ids.vrp", tsplib).distance(0, 2), 3);
}

TEST(IoTsplibReader, AcvrpDepotLastAndDiagonalIgnored) {
    const char* text = R"(NAME : a3
TYPE : ACVRP
DIMENSION : 3
EDGE_WEIGHT_TYPE : EXPLICIT
EDGE_WEIGHT_FORMAT : FULL_MATRIX
CAPACITY : 100
VEHICLES : 2
EDGE_WEIGHT_SECTION
10000 4 7
5 10000 6
8 9 10000
DEMAND_SECTION
1 10
2 20
3 0
EOF
)";
    const Instance instance = parse_tsplib(text, "a3.vrp");
    EXPECT_EQ(instance.kind(), ProblemKind::acvrp);
    EXPECT_EQ(instance.node_id(0), 3);  // no DEPOT_SECTION: the last node
    EXPECT_EQ(instance.distance(0, 0), 0);
    EXPECT_EQ(instance.distance(0, 1), 8);
    EXPECT_EQ(instance.distance(1, 0), 7);
    EXPECT_EQ(instance.fleet(), 2);
    EXPECT_EQ(instance.demand(2), 20);
}

TEST(IoTsplibReader, TspAndAtspAreSingleVehicle) {
    const char* text =
        "NAME: t\nTYPE: TSP\nDIMENSION: 3\nEDGE_WEIGHT_TYPE: ATT\nNODE_COORD_SECTION\n1 0 0\n2 10 0\n3 0 "
        "10\n";
    const Instance instance = parse_tsplib(text, "t.tsp");
    EXPECT_TRUE(instance.single_vehicle());
    EXPECT_EQ(instance.fleet(), 1);
    EXPECT_FALSE(instance.has_capacity());
    EXPECT_EQ(instance.distance(0, 1), 4);
}

TEST(IoTsplibReader, DistanceAndServiceTimeScaleWithTheRounding) {
    std::string text = kCvrp;
    text.insert(text.find("NODE_COORD_SECTION"), "DISTANCE : 200.5\nSERVICE_TIME : 10.25\n");
    ReadOptions exact;
    exact.rounding = Rounding::exact;
    const Instance instance = parse_tsplib(text, "cmt.vrp", exact);
    EXPECT_EQ(instance.max_route_duration(), 2'005'000'000);
    EXPECT_EQ(instance.service(0), 0);
    EXPECT_EQ(instance.service(1), 102'500'000);
    EXPECT_EQ(instance.distance(0, 1), 50'000'000);
    EXPECT_EQ(instance.demand(1), 4);  // never scaled
    EXPECT_EQ(instance.capacity(), 10);
}

TEST(IoTsplibReader, VrptwSectionsOfTheOrtecFiles) {
    const char* text = R"(NAME : tw
TYPE : VRPTW
DIMENSION : 3
EDGE_WEIGHT_TYPE : EXPLICIT
VEHICLES : 2
EDGE_WEIGHT_FORMAT : FULL_MATRIX
CAPACITY : 10
EDGE_WEIGHT_SECTION
0	5	7
6	0	3
8	4	0
DEMAND_SECTION
1	0
2	4
3	5
DEPOT_SECTION
1
-1
SERVICE_TIME_SECTION
1	0
2	10
3	20
TIME_WINDOW_SECTION
1	0	100
2	5	50
3	0	60
EOF
)";
    const Instance instance = parse_tsplib(text, "tw.txt");
    EXPECT_EQ(instance.kind(), ProblemKind::vrptw);
    EXPECT_TRUE(instance.has_time_windows());
    EXPECT_EQ(instance.window(1), (TimeWindow{5, 50}));
    EXPECT_EQ(instance.service(2), 20);
    EXPECT_EQ(instance.duration(1, 2), 3);
    EXPECT_EQ(instance.fleet(), 2);
}

}  // namespace
}  // namespace routekit
