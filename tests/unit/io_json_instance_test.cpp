#include <gtest/gtest.h>

#include "routekit/io/read_instance.hpp"

namespace routekit {
namespace {

constexpr const char* kJson = R"({
  "name": "osrm-example",
  "distance_matrix": [[0, 1200.5, 800], [1150.25, 0, 950], [790, 990, 0]],
  "duration_matrix": [[0, 120, 80], [115, 0, 95], [79, 99, 0]],
  "demands": [0, 3, 4],
  "service_times": [0, 300, 300],
  "time_windows": [[0, 36000], [0, 7200], [3600, 9000]],
  "capacity": 10,
  "vehicles": 2,
  "max_route_duration": 28800,
  "coordinates": [[4.35, 50.84], [4.40, 50.85], [4.30, 50.80]],
  "names": ["depot", "bakery", "school"]
})";

TEST(IoJsonInstance, ReadsEveryField) {
    EXPECT_EQ(detect_instance_format(kJson), InstanceFormat::json);
    const Instance instance = parse_instance(kJson, "x.json");
    EXPECT_EQ(instance.name(), "osrm-example");
    EXPECT_EQ(instance.kind(), ProblemKind::vrptw);
    EXPECT_EQ(instance.rounding(), Rounding::exact);  // 1200.5 is not an integer
    EXPECT_EQ(instance.distance(0, 1), 12'005'000'000);
    EXPECT_EQ(instance.distance(1, 0), 11'502'500'000);
    EXPECT_EQ(instance.duration(1, 2), 950'000'000);
    EXPECT_EQ(instance.service(1), 3'000'000'000);
    EXPECT_EQ(instance.window(2), (TimeWindow{36'000'000'000, 90'000'000'000}));
    EXPECT_EQ(instance.max_route_duration(), 288'000'000'000);
    EXPECT_EQ(instance.demand(2), 4);
    EXPECT_EQ(instance.capacity(), 10);
    EXPECT_EQ(instance.fleet(), 2);
    EXPECT_TRUE(instance.has_coordinates());
}

TEST(IoJsonInstance, IntegerMatricesDefaultToTsplibAndTypeIsHonoured) {
    const Instance instance = parse_json_instance(
        R"({"type": "ATSP", "distance_matrix": [[0, 3, 4], [5, 0, 6], [7, 8, 0]]})", "a.json");
    EXPECT_EQ(instance.rounding(), Rounding::tsplib);
    EXPECT_TRUE(instance.single_vehicle());
    EXPECT_EQ(instance.distance(2, 1), 8);
    EXPECT_FALSE(instance.has_capacity());
}

TEST(IoJsonInstance, CoordinatesAloneGiveEuclideanDistances) {
    const Instance instance =
        parse_json_instance(R"({"rounding": "trunc1", "coordinates": [[0, 0], [3, 4.5]]})", "c.json");
    EXPECT_EQ(instance.distance(0, 1), 54);
}

}  // namespace
}  // namespace routekit
