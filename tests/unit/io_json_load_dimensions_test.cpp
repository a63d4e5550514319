// Capacities in several load dimensions (weight, volume) in JSON instances: VROOM's and PyVRP's arrays on
// "capacity", "demands", "pickups" and the vehicles, all of one length. A 2-dimensional instance whose
// volume makes the distance-optimal routes infeasible is solved to its hand-computed optimum; the
// constructions keep every dimension within the capacity; a 2-dimensional VRPLIB file written as JSON reads
// back to the same instance; JSON solutions carry the loads per dimension; each bad shape is one line naming
// the file, the line and the element.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "routekit/heuristics/construction.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/io/write_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/io_test_support.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

using test::throws_input_error;

// Depot 0; clients 1 and 2 close together, 3 and 4 close together, 10 from the depot each. By distance
// alone one route 0-1-2-3-4-0 costs 39 (two, {1, 2} and {3, 4}, 44), but 1 and 2 hold 6 + 6 of a volume of
// 10, and any three clients at least 14: with two vehicles the volume forces {1, 3} and {2, 4} (or {1, 4}
// and {2, 3}), 35 + 35 = 70. `fleet` and
// `capacity` are the members' text (lines 9 and 8), `fourth` the last demand; "demands" is line 10, its rows
// lines 11 to 15.
std::string weight_and_volume(const std::string& fleet = R"("vehicles": 2)",
                              const std::string& capacity = R"("capacity": [10, 10])",
                              const std::string& fourth = "[1, 4]") {
    return std::string(R"({
  "name": "weight-and-volume",
  "distance_matrix": [[0, 10, 10, 10, 10],
                      [10, 0, 2, 15, 15],
                      [10, 2, 0, 15, 15],
                      [10, 15, 15, 0, 2],
                      [10, 15, 15, 2, 0]],
  )") + capacity +
           ",\n  " + fleet + R"(,
  "demands": [
    [0, 0],
    [1, 6],
    [1, 6],
    [1, 4],
    )" + fourth +
           R"(
  ]
}
)";
}

TEST(IoJsonLoadDimensions, TheVolumeBindsAndTheSolverFindsTheOptimum) {
    const Instance instance = parse_json_instance(weight_and_volume(), "wv.json");
    ASSERT_EQ(instance.load_dimensions(), 2);
    EXPECT_EQ(instance.delivery_load(2)[1], 6);
    EXPECT_EQ(instance.capacity_load(0)[1], 10);
    EXPECT_EQ(instance.vehicle_types().front().count, 2);
    const Result result = solve(instance, testing::quick(200));
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_TRUE(report.feasible);
    EXPECT_EQ(report.cost, 70);
    EXPECT_EQ(result.cost, 70);
    // Volume to spare: one route 0-1-2-3-4-0, 10 + 2 + 15 + 2 + 10 = 39, holds all.
    const std::string weight_only = weight_and_volume(R"("vehicles": 2)", R"("capacity": [10, 100])");
    EXPECT_EQ(solve(parse_json_instance(weight_only, "w.json"), testing::quick(200)).cost, 39);
    // A fixed seed gives the same solution.
    EXPECT_EQ(solve(instance, testing::quick(200, 5)).solution,
              solve(instance, testing::quick(200, 5)).solution);
}

TEST(IoJsonLoadDimensions, VehicleObjectsStateTheirCapacityPerDimension) {
    const Instance instance = parse_json_instance(
        weight_and_volume(R"("vehicles": [{"count": 1, "capacity": [10, 10]}, {"count": 1}])"), "wv.json");
    ASSERT_EQ(instance.vehicle_types().size(), 2U);
    EXPECT_EQ(instance.vehicle_types()[0].capacities, (std::vector<Cost>{10, 10}));
    EXPECT_EQ(instance.vehicle_types()[1].capacities, (std::vector<Cost>{10, 10}));  // the common capacity
    EXPECT_EQ(solve(instance, testing::quick(200)).cost, 70);
}

TEST(IoJsonLoadDimensions, ConstructionsKeepEveryDimensionWithinTheCapacity) {
    const Instance instance = parse_json_instance(weight_and_volume(R"("vehicles": 0)"), "wv.json");
    for (const auto& [name, solution] : {std::pair{"savings", savings(instance)},
                                         std::pair{"nearest neighbour", nearest_neighbour(instance)},
                                         std::pair{"regret", regret_insertion(instance)}}) {
        const CheckReport report = check_solution(instance, solution);
        for (const Violation& violation : report.violations)
            ADD_FAILURE() << name << ": " << violation.message;
    }
}

TEST(IoJsonLoadDimensions, JsonSolutionsCarryTheLoadPerDimension) {
    const Instance instance = parse_json_instance(weight_and_volume(), "wv.json");
    std::ostringstream out;
    write_solution(out, instance, Solution{{{1, 3}, {2, 4}}}, SolutionFormat::json);
    const nlohmann::json written = nlohmann::json::parse(out.str());
    EXPECT_EQ(written["schedules"][0]["load"], nlohmann::json::array({2, 10}));
    EXPECT_EQ(written["schedules"][0]["stops"][0]["load"], nlohmann::json::array({1, 6}));
}

/// `instance` written as JSON and read back: the same vehicles, load dimensions, amounts per node and
/// features, and its JSON text a fixed point.
Instance expect_json_round_trip(const Instance& instance) {
    std::ostringstream out;
    write_json_instance(out, instance);
    Instance back = parse_json_instance(out.str(), "back.json");
    EXPECT_EQ(back.load_dimensions(), instance.load_dimensions());
    EXPECT_EQ(back.vehicle_types(), instance.vehicle_types());
    for (int node = 0; node < instance.num_nodes(); ++node) {
        EXPECT_EQ(back.delivery_load(node), instance.delivery_load(node)) << node;
        EXPECT_EQ(back.pickup_load(node), instance.pickup_load(node)) << node;
        EXPECT_EQ(back.release(node), instance.release(node)) << node;
    }
    EXPECT_EQ(back.rich_features(), instance.rich_features());
    std::ostringstream again;
    write_json_instance(again, back);
    EXPECT_EQ(again.str(), out.str());
    return back;
}

TEST(IoJsonLoadDimensions, ATwoDimensionalVrplibFileReadsBackFromJson) {
    const std::string vrplib =
        "NAME : dims\nTYPE : CVRP\nDIMENSION : 4\nVEHICLES : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 6 10\n"
        "NODE_COORD_SECTION\n1 0 0\n2 10 0\n3 0 10\n4 10 10\nDEMAND_SECTION\n1 0 0\n2 3 8\n3 4 1\n4 2 5\n"
        "BACKHAUL_SECTION\n1 0 0\n2 0 0\n3 1 2\n4 0 0\nDEPOT_SECTION\n1\n-1\nEOF\n";
    const Instance instance = parse_instance(vrplib, "dims.vrp");
    ASSERT_EQ(instance.load_dimensions(), 2);
    const Instance back = expect_json_round_trip(instance);
    EXPECT_EQ(back.data().demand, instance.data().demand);
    EXPECT_EQ(back.data().pickup, instance.data().pickup);
}

TEST(IoJsonLoadDimensions, TwoDimensionalPickupsReloadsAndReleasesReadBackFromJson) {
    const std::string text = R"({
  "distance_matrix": [[0, 9, 4, 6], [9, 0, 5, 7], [4, 5, 0, 2], [6, 7, 2, 0]],
  "demands": [[0, 0], [3, 1], [0, 0], [2, 7]],
  "pickups": [[0, 0], [0, 0], [4, 5], [1, 0]],
  "release_times": [0, 10, 0, 20],
  "vehicles": [{"count": 2, "capacity": [6, 9], "reload_depots": [0]}]
})";
    const Instance instance = parse_json_instance(text, "trips.json");
    ASSERT_EQ(instance.load_dimensions(), 2);
    const Instance back = expect_json_round_trip(instance);
    EXPECT_EQ(back.vehicle_types().front().reload_depots, std::vector<int>{0});
    EXPECT_EQ(back.capacity_load(0), instance.capacity_load(0));
    EXPECT_EQ(back.pickup_load(2)[1], 5);
    EXPECT_EQ(back.release(3), 20);
    // The checker prices each trip's peak per dimension: 1 and 3 on one trip carry a volume of 8 (within
    // 9); 2's pickup of 5 after a reload starts a trip of its own.
    const CheckReport report = check_solution(back, Solution{{{1, 3, 0, 2}}});
    for (const Violation& violation : report.violations) ADD_FAILURE() << violation.message;
}

TEST(IoJsonLoadDimensions, BadShapesNameTheFileTheLineAndTheElement) {
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_json_instance(weight_and_volume(R"("vehicles": 2)", R"("capacity": [10, 10])", "[1]"),
                                "bad.json");
        },
        "bad.json:15: expected 2 amounts (one per load dimension, as \"capacity\" has) in \"demands[4]\", "
        "found an array of 1"));
    EXPECT_TRUE(throws_input_error(
        [] { parse_json_instance(weight_and_volume(R"("vehicles": 2)",
                                                  R"("capacity": 10)"),
                                "bad.json");
        },
        "bad.json:11: expected a number or an array of one (one load dimension, as \"capacity\" has) in "
        "\"demands[0]\""));
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_json_instance(weight_and_volume(R"("vehicles": 2)", R"("capacity": [1, 2, 3, 4, 5])"),
                                "bad.json");
        },
        "bad.json:8: expected 1 to 4 amounts, one per load dimension (weight, volume ...) in \"capacity\""));
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_json_instance(weight_and_volume(R"("vehicles": [{"capacity": [10, 10]},
    {"capacity": [10]}])"),
                                "bad.json");
        },
        "bad.json:10: expected 2 amounts (one per load dimension, as \"capacity\" has) in "
        "\"vehicles[1].capacity\""));
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_json_instance(weight_and_volume(R"("vehicles": 2)", R"("capacity": [10, 10])", "[1, 11]"),
                                "bad.json");
        },
        "bad.json:15: expected demands within the capacity 10 of load dimension 2 in \"demands[4]\""));
    std::string pickups = weight_and_volume();
    pickups.insert(pickups.find("  \"demands\""), "  \"pickups\": [[0, 0], [0, 0], [0, 0], [0, 0], [1]],\n");
    EXPECT_TRUE(throws_input_error([&] { parse_json_instance(pickups, "bad.json"); },
                                   "bad.json:10: expected 2 amounts (one per load dimension, as \"capacity\" "
                                   "has) in \"pickups[4]\""));
}

TEST(IoJsonLoadDimensions, AClientFittingNoVehicleInEveryDimensionIsRefused) {
    // The weight fits the first vehicle, the volume the second, neither both.
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_json_instance(
                weight_and_volume(R"("vehicles": [{"capacity": [10, 4]}, {"capacity": [1, 10]}])",
                                  R"("capacity": [10, 10])", "[2, 5]"),
                "bad.json");
        },
        "bad.json: instance weight-and-volume: expected the demands of node 4 to fit within one vehicle"));
}

}  // namespace
}  // namespace routekit
