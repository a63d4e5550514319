// Bad input never crashes, hangs or asserts: each case is an InputError "FILE:LINE: expected ..., found ...".
#include <gtest/gtest.h>

#include "routekit/io/read_instance.hpp"
#include "routekit/roads/points_reader.hpp"
#include "tests/unit/io_test_support.hpp"

namespace routekit {
namespace {

using test::throws_input_error;

// Line numbers below count from 1 at "NAME".
constexpr const char* kHeader =
    "NAME : bad\nTYPE : CVRP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : FULL_MATRIX\n"
    "CAPACITY : 10\n";
constexpr const char* kMatrix = "EDGE_WEIGHT_SECTION\n0 1 2\n1 0 3\n2 3 0\n";  // lines 7-10
constexpr const char* kDemands = "DEMAND_SECTION\n1 0\n2 4\n3 5\n";            // lines 11-14
constexpr const char* kDepot = "DEPOT_SECTION\n1\n-1\nEOF\n";                  // lines 15-18

std::string file(const std::string& header, const std::string& matrix, const std::string& demands,
                 const std::string& depot) {
    return header + matrix + demands + depot;
}

auto tsplib(const std::string& text) {
    return [text] { parse_instance(text, "bad.vrp"); };
}

TEST(IoBadInput, TheGoodFileReads) {
    EXPECT_NO_THROW(parse_instance(file(kHeader, kMatrix, kDemands, kDepot), "ok"));
}

TEST(IoBadInput, MissingFile) {
    EXPECT_TRUE(throws_input_error([] { read_instance("/nonexistent/none.vrp"); },
                                   "/nonexistent/none.vrp: expected a readable file"));
    // A device that never ends must not hang the reader.
    EXPECT_TRUE(throws_input_error([] { read_instance("/dev/zero"); }, "/dev/zero: expected a regular file"));
}

TEST(IoBadInput, UnknownKeywordValue) {
    std::string header = kHeader;
    header.replace(header.find("EXPLICIT"), 8, "SPHERE_3D");
    EXPECT_TRUE(throws_input_error(tsplib(file(header, kMatrix, kDemands, kDepot)),
                                   "bad.vrp:4: expected EDGE_WEIGHT_TYPE EXPLICIT"));
    header = kHeader;
    header.replace(header.find("CVRP"), 4, "HCP");
    EXPECT_TRUE(
        throws_input_error(tsplib(file(header, kMatrix, kDemands, kDepot)),
                           "bad.vrp:2: expected TYPE TSP, ATSP, CVRP, ACVRP, VRPTW, a PyVRP variant"));
}

TEST(IoBadInput, TruncatedSection) {
    EXPECT_TRUE(
        throws_input_error(tsplib(file(kHeader, kMatrix, "DEMAND_SECTION\n1 0\n2 4\n", "")),
                           "bad.vrp:13: expected 3 entries in DEMAND_SECTION (found 2), then a node id, "
                           "found end of file"));
    EXPECT_TRUE(throws_input_error(
        tsplib(file(kHeader, kMatrix, kDemands, "DEPOT_SECTION\n")),
        "bad.vrp:15: expected depot ids ending with -1 in DEPOT_SECTION, found end of file"));
}

TEST(IoBadInput, TooFewOrTooManyMatrixEntries) {
    EXPECT_TRUE(throws_input_error(
        tsplib(file(kHeader, "EDGE_WEIGHT_SECTION\n0 1 2\n1 0 3\n2 3\n", kDemands, kDepot)),
        "bad.vrp:11: expected 9 edge weights in EDGE_WEIGHT_SECTION (found 8), found "
        "'DEMAND_SECTION'"));
    EXPECT_TRUE(throws_input_error(
        tsplib(file(kHeader, "EDGE_WEIGHT_SECTION\n0 1 2\n1 0 3\n2 3 0 7\n", kDemands, kDepot)),
        "bad.vrp:10: expected a keyword after the EDGE_WEIGHT_SECTION entries, found '7'"));
}

TEST(IoBadInput, NonNumericToken) {
    EXPECT_TRUE(throws_input_error(
        tsplib(file(kHeader, "EDGE_WEIGHT_SECTION\n0 1 2\n1 zero 3\n2 3 0\n", kDemands, kDepot)),
        "bad.vrp:9: expected 9 edge weights in EDGE_WEIGHT_SECTION (found 4), found 'zero'"));
    EXPECT_TRUE(
        throws_input_error(tsplib(file(kHeader, kMatrix, "DEMAND_SECTION\n1 0\n2 four\n3 5\n", kDepot)),
                           "bad.vrp:13: expected a demand, found 'four'"));
}

TEST(IoBadInput, NegativeOrOverCapacityDemand) {
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, "DEMAND_SECTION\n1 0\n2 -4\n3 5\n", kDepot)),
                                   "bad.vrp:13: expected a demand between 0 and 10^12, found '-4'"));
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, "DEMAND_SECTION\n1 0\n2 4\n3 11\n", kDepot)),
                                   "bad.vrp:14: expected a demand within the CAPACITY 10, found 11"));
}

TEST(IoBadInput, MissingOrOutOfRangeDepotOrNode) {
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, kDemands, "DEPOT_SECTION\n-1\nEOF\n")),
                                   "bad.vrp:16: expected a depot id in DEPOT_SECTION, found -1"));
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, kDemands, "DEPOT_SECTION\n7\n-1\nEOF\n")),
                                   "bad.vrp:16: expected a depot id naming a node, found 7"));
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, kDemands, "DEPOT_SECTION\n1\n2\n-1\n")),
                                   "bad.vrp:17: expected a single depot, found a second depot id 2"));
    const std::string coordinates = "NODE_COORD_SECTION\n1 0 0\n2 1 1\n2 2 2\n";
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, coordinates + kDemands, kDepot)),
                                   "bad.vrp:14: expected each node id once, found id 2 again"));
    const std::string renumbered = "NODE_COORD_SECTION\n1 0 0\n2 1 1\n3 2 2\nDEMAND_SECTION\n1 0\n2 4\n9 5\n";
    EXPECT_TRUE(throws_input_error(tsplib(file(kHeader, kMatrix, renumbered, kDepot)),
                                   "bad.vrp:18: expected a known node id, found id 9"));
}

TEST(IoBadInput, InvertedTimeWindow) {
    std::string header = kHeader;
    header.replace(header.find("CVRP"), 4, "VRPTW");
    const std::string windows = "TIME_WINDOW_SECTION\n1 0 100\n2 50 40\n3 0 100\n";
    EXPECT_TRUE(throws_input_error(
        tsplib(file(header, kMatrix, kDemands, std::string(kDepot).substr(0, 19) + windows)),
        "bad.vrp:20: expected a time window with earliest <= latest, found [50, 40]"));
    const std::string solomon =
        "S\nVEHICLE\nNUMBER CAPACITY\n2 10\nCUSTOMER\nCUST NO. X Y DEMAND READY DUE SERVICE\n"
        "0 0 0 0 0 100 0\n1 1 1 1 60 50 0\n";
    EXPECT_TRUE(throws_input_error([&] { parse_instance(solomon, "bad.txt"); },
                                   "bad.txt:8: expected a ready time <= the due date"));
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_instance("{\"distance_matrix\": [[0, 1], [1, 0]],\n\"time_windows\": [[0, 9], [5, 4]]}",
                           "bad.json");
        },
        "bad.json:2: expected earliest <= latest in \"time_windows\", found an array of 2"));
}

TEST(IoBadInput, InvalidJson) {
    EXPECT_TRUE(
        throws_input_error([] { parse_instance("{\n\"distance_matrix\": [[0, 1],\n[1, 0]\n", "bad.json"); },
                           "bad.json:4: expected valid JSON, found a syntax error"));
    EXPECT_TRUE(
        throws_input_error([] { parse_instance("{\"distance_matrix\": [[0, 1], [1]]}", "bad.json"); },
                           "bad.json:1: expected an array of 2 in \"distance_matrix\", found an array of 1"));
    EXPECT_TRUE(
        throws_input_error([] { parse_instance("{\"distance_matrix\": [[0, \"1\"], [1, 0]]}", "bad.json"); },
                           "bad.json:1: expected a number in \"distance_matrix\", found '\"1\"'"));
    // A number beyond a double is refused by nlohmann::json as out of range, not as a syntax error (the
    // fuzzer's finding: it escaped the readers as a bare nlohmann exception).
    EXPECT_TRUE(throws_input_error(
        [] { parse_instance("{\n\"distance_matrix\": [[0, 1],\n[7E11111111, 0]]}", "bad.json"); },
        "bad.json:3: expected a number that fits a double, found '7E11111111'"));
    EXPECT_TRUE(throws_input_error(
        [] { roads::parse_points("[{\"id\": \"a\",\n\"lat\": 7E999, \"lon\": 1}]", "p.json"); },
        "p.json:2: expected a number that fits a double, found '7E999'"));
}

TEST(IoBadInput, AbsurdDimension) {
    std::string header = kHeader;
    header.replace(header.find("DIMENSION : 3"), 13, "DIMENSION : 4000000000");
    EXPECT_TRUE(throws_input_error(tsplib(file(header, kMatrix, kDemands, kDepot)),
                                   "bad.vrp:3: expected DIMENSION between 2 and 100000000"));
}

// No fixed cap: a DIMENSION is refused only when the instance cannot fit, with what it would need. The
// sizes are far beyond any machine's memory: 64 KB a node, plus 20 bytes an entry of an explicit matrix.
TEST(IoBadInput, ADimensionBeyondMemorySaysHowMuchItNeeds) {
    const std::string coordinates =
        "NAME : big\nTYPE : CVRP\nDIMENSION : 90000000\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\n";
    EXPECT_TRUE(throws_input_error(tsplib(coordinates + "NODE_COORD_SECTION\n1 0 0\nEOF\n"),
                                   "bad.vrp:3: expected an instance that fits in memory: 90000000 nodes need "
                                   "5898.2 GB, this machine has "));
    // EDGE_WEIGHT_TYPE after DIMENSION: the matrix is counted where its section begins.
    const std::string matrix =
        "NAME : big\nTYPE : CVRP\nDIMENSION : 100000\nEDGE_WEIGHT_TYPE : EXPLICIT\n"
        "EDGE_WEIGHT_FORMAT : FULL_MATRIX\nCAPACITY : 10\nEDGE_WEIGHT_SECTION\n0 1\n";
    EXPECT_TRUE(
        throws_input_error(tsplib(matrix),
                           "bad.vrp:7: expected an instance that fits in memory: 100000 nodes with an "
                           "explicit matrix need 206.6 GB, this machine has "));
}

TEST(IoBadInput, ALaterEdgeWeightFormatDoesNotReinterpretTheWeights) {
    // Found by fuzzing: the format line after the section used to make the reader index past the weights.
    std::string header = kHeader;
    header.replace(header.find("FULL_MATRIX"), 11, "UPPER_ROW");
    const Instance instance = parse_instance(
        file(header, "EDGE_WEIGHT_SECTION\n1 2 3\nEDGE_WEIGHT_FORMAT : FULL_MATRIX\n", kDemands, kDepot),
        "f");
    EXPECT_EQ(instance.distance(2, 1), 3);
}

}  // namespace
}  // namespace routekit
