// LKH-3's dialect of TSPLIB (../shared/instances/lkh3-samples, README there): EXACT_2D, FLOOR_2D and
// SCALE onto Routekit's conventions, DCVRP, VRPBTW's backhaul list, VRPSPDTW's pickup-and-delivery
// section, and LKH-3's CVRP solution files, whose cost is only in their name (NAME.COST.sol).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "tests/unit/cli_test_support.hpp"
#include "tests/unit/io_test_support.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;
using test::throws_input_error;

const fs::path kSamples = fs::path(ROUTEKIT_SHARED_DIR) / "instances" / "lkh3-samples";

std::string text_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The internal index of the node whose file id is `id`.
int node_of(const Instance& instance, long long id) {
    for (int node = 0; node < instance.num_nodes(); ++node)
        if (instance.node_id(node) == id) return node;
    ADD_FAILURE() << "no node id " << id;
    return 0;
}

Cost distance_between_ids(const Instance& instance, long long from, long long to) {
    return instance.distance(node_of(instance, from), node_of(instance, to));
}

// A small LKH-3 file: depot (0 0), clients (3 4.5) and (6 8), demands 0 5 7.
std::string tiny(const std::string& weight_type, const std::string& extra_header = "") {
    return "NAME : tiny\nTYPE : CVRP\nDIMENSION : 3\nCAPACITY : 10\n" + extra_header +
           "EDGE_WEIGHT_TYPE : " + weight_type +
           "\nNODE_COORD_SECTION\n1 0 0\n2 3 4.5\n3 6 8\nDEMAND_SECTION\n1 0\n2 5\n3 7\n"
           "DEPOT_SECTION\n1\n-1\nEOF\n";
}

TEST(IoLkh3Reader, EveryEdgeWeightTypeAndScaleMapsOntoAConvention) {
    // d(1,2) = sqrt(9 + 20.25) = 5.408326913..., d(1,3) = sqrt(36 + 64) = 10 exactly.
    // EXACT_2D is LKH-3's nint(SCALE d) with SCALE 1000 unless stated: Routekit's milli.
    const Instance exact = parse_tsplib(tiny("EXACT_2D"), "tiny.vrp");
    EXPECT_EQ(exact.rounding(), Rounding::milli);
    EXPECT_EQ(exact.distance(0, 1), 5408);
    EXPECT_EQ(exact.distance(0, 2), 10000);
    EXPECT_EQ(exact.demand(1), 5);  // demands are never scaled
    const Instance milli = parse_tsplib(tiny("EUC_2D", "SCALE : 1000\n"), "tiny.vrp");
    EXPECT_EQ(milli.rounding(), Rounding::milli);
    EXPECT_EQ(milli.distance(1, 2), 4610);  // d(2,3) = 4.609772...
    const Instance nint = parse_tsplib(tiny("EXACT_2D", "SCALE : 1\n"), "tiny.vrp");
    EXPECT_EQ(nint.rounding(), Rounding::tsplib);
    EXPECT_EQ(nint.distance(0, 1), 5);
    const Instance floor = parse_tsplib(tiny("FLOOR_2D"), "tiny.vrp");
    EXPECT_EQ(floor.rounding(), Rounding::tsplib);
    EXPECT_EQ(floor.distance(0, 1), 5);
    EXPECT_EQ(floor.distance(0, 2), 10);  // a whole distance floors to itself
    // d(2,3) = sqrt(9 + 12.25) = 4.609772...: FLOOR_2D gives 4 where EUC_2D rounds to 5.
    EXPECT_EQ(floor.distance(1, 2), 4);
    EXPECT_EQ(parse_tsplib(tiny("EUC_2D"), "tiny.vrp").distance(1, 2), 5);
    const Instance tenths = parse_tsplib(tiny("FLOOR_2D", "SCALE : 10\n"), "tiny.vrp");
    EXPECT_EQ(tenths.rounding(), Rounding::trunc1);  // floor(10 d): Solomon's convention
    EXPECT_EQ(tenths.distance(0, 1), 54);
    EXPECT_EQ(tenths.distance(1, 2), 46);
}

TEST(IoLkh3Reader, SampleDistancesMatchHandComputedValues) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    // C101.25.3, FLOOR_2D with SCALE 10: ids 1 (40 50), 2 (45 68), 3 (45 70).
    const Instance c101 = read_instance((kSamples / "CVRPTW/INSTANCES/C101.25.3.vrptw").string());
    EXPECT_EQ(c101.rounding(), Rounding::trunc1);
    EXPECT_EQ(distance_between_ids(c101, 1, 2), 186);  // sqrt(349) = 18.6815...
    EXPECT_EQ(distance_between_ids(c101, 1, 3), 206);  // sqrt(425) = 20.6155...
    EXPECT_EQ(c101.service(node_of(c101, 2)), 900);    // SERVICE_TIME 90, scaled with the distances
    EXPECT_EQ(c101.window(node_of(c101, 2)), (TimeWindow{9120, 9670}));
    // BHR101A, EXACT_2D: ids 1 (35 35), 2 (41 49), 3 (35 17).
    const Instance bhr = read_instance((kSamples / "VRPBTW/INSTANCES/BHR101A.vrpbtw").string());
    EXPECT_EQ(bhr.rounding(), Rounding::milli);
    EXPECT_EQ(distance_between_ids(bhr, 1, 2), 15232);  // sqrt(232) = 15.23154...
    EXPECT_EQ(distance_between_ids(bhr, 1, 3), 18000);  // 18 exactly
    // D022-04g, EUC_2D: ids 1 (145 215), 2 (151 264): sqrt(36 + 2401) = 49.366..., nint 49.
    const Instance d022 = read_instance((kSamples / "DCVRP/INSTANCES/D022-04g.vrp").string());
    EXPECT_EQ(distance_between_ids(d022, 1, 2), 49);
}

TEST(IoLkh3Reader, EverySampleInstanceReads) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    int read = 0;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(kSamples)) {
        if (!entry.is_regular_file() || entry.path().parent_path().filename() != "INSTANCES") continue;
        SCOPED_TRACE(entry.path().string());
        const std::string text = text_of(entry.path());
        const Instance instance = read_instance(entry.path().string());
        // The size the file states, and a classic instance or one naming what it adds.
        const std::size_t at = text.find("DIMENSION");
        ASSERT_NE(at, std::string::npos);
        EXPECT_EQ(instance.num_nodes(), std::stoi(text.substr(text.find(':', at) + 1)));
        const std::string type = entry.path().parent_path().parent_path().filename().string();
        const std::vector<std::string> features = instance.rich_features();
        if (type == "VRPBTW")
            EXPECT_EQ(features, std::vector<std::string>{"backhauls"});
        else if (type == "VRPSPDTW")
            EXPECT_EQ(features, std::vector<std::string>{"pickups"});
        else
            EXPECT_TRUE(features.empty());
        EXPECT_EQ(instance.has_time_windows(), type.find("TW") != std::string::npos);
        ++read;
    }
    EXPECT_EQ(read, 21);  // 9 CVRP, 9 CVRPTW, one DCVRP, one VRPBTW, one VRPSPDTW
}

TEST(IoLkh3Reader, DcvrpDistanceIsTheRouteLimit) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    const Instance d022 = read_instance((kSamples / "DCVRP/INSTANCES/D022-04g.vrp").string());
    EXPECT_EQ(d022.kind(), ProblemKind::cvrp);
    EXPECT_EQ(d022.max_route_duration(), 210);  // DISTANCE 210; SERVICE_TIME 0 adds nothing
    EXPECT_EQ(d022.fleet(), 4);
    EXPECT_EQ(d022.capacity(), 6000);
    EXPECT_EQ(d022.demand(node_of(d022, 2)), 1100);
}

TEST(IoLkh3Reader, BackhaulListTurnsDemandsIntoPickups) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    const Instance bhr = read_instance((kSamples / "VRPBTW/INSTANCES/BHR101A.vrpbtw").string());
    EXPECT_TRUE(bhr.backhaul_order());
    // BACKHAUL_SECTION lists 3 9 30 33 49 54 66 77 82 85 90; id 3's DEMAND_SECTION amount 7 is a pickup.
    EXPECT_EQ(bhr.demand(node_of(bhr, 3)), 0);
    EXPECT_EQ(bhr.pickup(node_of(bhr, 3)), 7);
    EXPECT_EQ(bhr.demand(node_of(bhr, 2)), 10);  // a linehaul client keeps its delivery
    EXPECT_EQ(bhr.pickup(node_of(bhr, 2)), 0);
    Cost picked_up = 0;
    for (int node = 0; node < bhr.num_nodes(); ++node) picked_up += bhr.pickup(node) > 0;
    EXPECT_EQ(picked_up, 11);
    EXPECT_EQ(bhr.service(node_of(bhr, 2)), 10000);  // SERVICE_TIME 10 under milli
}

TEST(IoLkh3Reader, PickupAndDeliverySectionCarriesWindowsServiceAndAmounts) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    const Instance cdp = read_instance((kSamples / "VRPSPDTW/INSTANCES/cdp101.vrpspdtw").string());
    EXPECT_FALSE(cdp.backhaul_order());  // pickups and deliveries mix freely on a route
    EXPECT_EQ(cdp.fleet(), 11);
    // "2 0 912 967 90 30 10": demand 0, window [912, 967], service 90, pickup 30, delivery 10.
    const int node = node_of(cdp, 2);
    EXPECT_EQ(cdp.window(node), (TimeWindow{912'000, 967'000}));
    EXPECT_EQ(cdp.service(node), 90'000);
    EXPECT_EQ(cdp.pickup(node), 30);
    EXPECT_EQ(cdp.demand(node), 10);
    EXPECT_EQ(cdp.window(0), (TimeWindow{0, 1'236'000}));  // the depot's row
}

// A shipped Solomon optimum checks on LKH-3's form of the same instance: same matrix as the Solomon file read
// under milli, feasible, and under EXACT_2D (thousandths) the length the literature gives for C102 to two
// decimals (828.94; 827.3 with distances truncated to tenths).
TEST(IoLkh3Reader, SolomonOptimumChecksOnTheLkh3FormOfC102) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    const Instance lkh3 = read_instance((kSamples / "CVRPTW/INSTANCES/C102.100.10.vrptw").string());
    const Instance solomon = read_instance(ROUTEKIT_SOURCE_DIR "/instances/C102.txt", {Rounding::milli, {}});
    ASSERT_EQ(lkh3.num_nodes(), solomon.num_nodes());
    for (int from = 0; from < lkh3.num_nodes(); ++from)
        for (int to = 0; to < lkh3.num_nodes(); ++to)
            ASSERT_EQ(lkh3.distance(from, to), solomon.distance(from, to));
    const Solution optimum = read_solution(ROUTEKIT_SOURCE_DIR "/instances/C102.sol", lkh3);
    const CheckReport report = check_solution(lkh3, optimum);
    EXPECT_TRUE(report.feasible);
    EXPECT_EQ(lkh3.rounding(), Rounding::milli);
    EXPECT_EQ((report.distance + 5) / 10, 82894);  // to two decimals, as published
}

// The X instances of three of LKH-3's solution files are not in ../shared/instances/cvrp/X (it holds 75).
const std::set<std::string> kInstancesNotShared = {"X-n599-k92", "X-n856-k95", "X-n936-k151"};

// LKH-3's CVRP solutions of X instances: clients numbered as in CVRPLIB .sol files, the cost in the name.
TEST(IoLkh3Reader, EveryLkh3SolutionChecksAtTheCostInItsName) {
    const fs::path x = fs::path(ROUTEKIT_SHARED_DIR) / "instances" / "cvrp" / "X";
    if (!fs::exists(kSamples) || !fs::exists(x)) GTEST_SKIP() << "no " << kSamples << " or " << x;
    int checked = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(kSamples / "CVRP" / "SOLUTIONS")) {
        SCOPED_TRACE(entry.path().string());
        const std::string stem = entry.path().stem().string();  // X-n573-k30.50718
        const std::string name = stem.substr(0, stem.find('.'));
        const Cost stated = std::stoll(stem.substr(stem.find('.') + 1));
        if (!fs::exists(x / (name + ".vrp"))) {
            EXPECT_TRUE(kInstancesNotShared.contains(name)) << name << ".vrp is missing";
            continue;
        }
        const Instance instance = read_instance((x / (name + ".vrp")).string());
        const std::string text = text_of(entry.path());
        const Solution solution = parse_solution(text, entry.path().string(), instance);
        const CheckReport report = check_solution(instance, solution);
        EXPECT_TRUE(report.feasible);
        EXPECT_EQ(report.distance, stated);
        EXPECT_NO_THROW(check_stated_cost(text, entry.path().string(), instance, report.distance));
        // One more in the name is a wrong cost, reported like a wrong Cost line.
        const std::string wrong = name + "." + std::to_string(stated + 1) + ".sol";
        EXPECT_TRUE(throws_input_error([&] { check_stated_cost(text, wrong, instance, report.distance); },
                                       wrong + ":1: expected Cost " + std::to_string(stated)));
        ++checked;
    }
    EXPECT_EQ(checked, 9 - static_cast<int>(kInstancesNotShared.size()));
}

// info and check take every LKH-3 type; solve takes DCVRP, CVRPTW and VRPSPDTW.
TEST(IoLkh3Reader, CommandLineInfoCheckAndSolve) {
    if (!fs::exists(kSamples)) GTEST_SKIP() << "no " << kSamples;
    const std::string cdp = (kSamples / "VRPSPDTW/INSTANCES/cdp101.vrpspdtw").string();
    const test::CliRun info = test::run_cli("info " + cdp);
    EXPECT_EQ(info.exit_code, 0) << info.output;
    EXPECT_NE(info.output.find("cdp101"), std::string::npos) << info.output;
    // Simultaneous pickup and delivery is searched (load profiles): solved and checked feasible.
    const std::string cdp_solution =
        (fs::temp_directory_path() / ("lkh3_cdp_" + std::to_string(::getpid()) + ".sol")).string();
    const test::CliRun cdp_solved =
        test::run_cli("solve " + cdp + " --iterations 100 --seed 1 --quiet -o " + cdp_solution);
    EXPECT_EQ(cdp_solved.exit_code, 0) << cdp_solved.output;
    EXPECT_EQ(test::run_cli("check " + cdp + " " + cdp_solution).exit_code, 0);
    fs::remove(cdp_solution);

    const std::string d022 = (kSamples / "DCVRP/INSTANCES/D022-04g.vrp").string();
    const std::string solution =
        (fs::temp_directory_path() / ("lkh3_d022_" + std::to_string(::getpid()) + ".sol")).string();
    const test::CliRun solved =
        test::run_cli("solve " + d022 + " --iterations 200 --seed 1 --quiet -o " + solution);
    EXPECT_EQ(solved.exit_code, 0) << solved.output;
    const test::CliRun checked = test::run_cli("check " + d022 + " " + solution);
    EXPECT_EQ(checked.exit_code, 0) << checked.output;
    fs::remove(solution);
}

TEST(IoLkh3Reader, MalformedLkh3InputNamesFileAndLine) {
    auto read = [](const std::string& text) { return [text] { parse_tsplib(text, "bad.vrp"); }; };
    EXPECT_TRUE(throws_input_error(read(tiny("EXACT_2D", "SCALE : ten\n")),
                                   "bad.vrp:5: expected an integer SCALE >= 1, found 'ten'"));
    EXPECT_TRUE(
        throws_input_error(read(tiny("EXACT_2D", "SCALE : 100\n")),
                           "bad.vrp:5: expected SCALE 1, 10 with FLOOR_2D or 1000 with EUC_2D or EXACT_2D"));
    EXPECT_TRUE(throws_input_error(read(tiny("EUC_2D", "SCALE : 10\n")), "bad.vrp:5: expected SCALE 1, 10"));
    EXPECT_TRUE(throws_input_error(read(tiny("EXACT_3D")), "bad.vrp:5: expected EDGE_WEIGHT_TYPE EXPLICIT"));
    std::string pdptw = tiny("EXACT_2D");
    pdptw.replace(pdptw.find("CVRP"), 4, "PDPTW");
    EXPECT_TRUE(throws_input_error(read(pdptw), "bad.vrp:2: expected TYPE TSP"));

    const std::string header =
        "NAME : b\nTYPE : VRPSPDTW\nDIMENSION : 3\nCAPACITY : 10\nEDGE_WEIGHT_TYPE : EXACT_2D\n"
        "NODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 8\n";
    EXPECT_TRUE(throws_input_error(
        read(header + "PICKUP_AND_DELIVERY_SECTION\n1 0 0 100 0 0 0\n2 0 0 100 5 1 x\n3 0 0 100 5 1 2\n"
                      "DEPOT_SECTION\n1\n-1\nEOF\n"),
        "bad.vrp:12: expected a delivery amount"));
    EXPECT_TRUE(throws_input_error(
        read(header + "PICKUP_AND_DELIVERY_SECTION\n1 0 0 100 0 0 0\n2 0 50 10 5 1 1\n3 0 0 100 5 1 2\n"
                      "DEPOT_SECTION\n1\n-1\nEOF\n"),
        "bad.vrp:12: expected a time window with earliest <= latest"));
    EXPECT_TRUE(throws_input_error(
        read(header + "PICKUP_AND_DELIVERY_SECTION\n1 0 0 100 0 0 0\n2 4 0 100 5 1 1\n3 0 0 100 5 1 2\n"
                      "DEPOT_SECTION\n1\n-1\nEOF\n"),
        "bad.vrp:12: expected demand 0 beside a delivery amount"));
    std::string backhauls = header + "DEMAND_SECTION\n1 0\n2 5\n3 7\nBACKHAUL_SECTION\n";
    backhauls.replace(backhauls.find("VRPSPDTW"), 8, "VRPBTW");
    EXPECT_TRUE(throws_input_error(read(backhauls + "3 4\n-1\nDEPOT_SECTION\n1\n-1\nEOF\n"),
                                   "bad.vrp:15: expected a node id in BACKHAUL_SECTION, found id 4"));
    EXPECT_TRUE(throws_input_error(read(backhauls + "1 -1\nDEPOT_SECTION\n1\n-1\nEOF\n"),
                                   "bad.vrp:15: expected a client with a DEMAND_SECTION amount"));
}

}  // namespace
}  // namespace routekit
