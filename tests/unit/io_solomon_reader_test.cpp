#include <gtest/gtest.h>

#include "routekit/io/read_instance.hpp"

namespace routekit {
namespace {

constexpr const char* kSolomon =
    "C-tiny\r\n\r\nVEHICLE\r\nNUMBER     CAPACITY\r\n  3         200\r\n\r\nCUSTOMER\r\n"
    "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n \r\n"
    "    0      40         50          0          0       1236          0   \r\n"
    "    1      45         68         10          0       1127         90   \r\n"
    "    2      45         70         30        727        782         90   \r\n";

TEST(IoSolomonReader, ReadsFleetCapacityWindowsAndServiceUnderTrunc1) {
    EXPECT_EQ(detect_instance_format(kSolomon), InstanceFormat::solomon);
    const Instance instance = parse_instance(kSolomon, "tiny.txt");
    EXPECT_EQ(instance.name(), "C-tiny");
    EXPECT_EQ(instance.kind(), ProblemKind::vrptw);
    EXPECT_EQ(instance.rounding(), Rounding::trunc1);
    EXPECT_EQ(instance.num_nodes(), 3);
    EXPECT_EQ(instance.fleet(), 3);
    EXPECT_EQ(instance.capacity(), 200);
    EXPECT_EQ(instance.demand(2), 30);
    EXPECT_EQ(instance.service(1), 900);
    EXPECT_EQ(instance.window(2), (TimeWindow{7270, 7820}));
    EXPECT_EQ(instance.window(0), (TimeWindow{0, 12360}));
    // sqrt(5^2 + 18^2) = 18.681... truncated to 18.6; the same value is the travel time.
    EXPECT_EQ(instance.distance(0, 1), 186);
    EXPECT_EQ(instance.duration(0, 1), 186);
    EXPECT_EQ(instance.node_id(0), 0);
    EXPECT_EQ(instance.node_id(2), 2);
}

TEST(IoSolomonReader, RoundingCanBeOverridden) {
    ReadOptions options;
    options.rounding = Rounding::tsplib;
    const Instance instance = parse_solomon(kSolomon, "tiny.txt", options);
    EXPECT_EQ(instance.distance(0, 1), 19);
    EXPECT_EQ(instance.service(1), 90);
}

}  // namespace
}  // namespace routekit
