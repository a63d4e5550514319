// JSON instances with the rich variants (docs/json-format.md): each file of tests/data/json reads, solves to
// a solution the checker calls feasible at the optimum computed by hand in its comment, and its JSON solution
// states each route's vehicle, the objective's parts and reads back to the same routes at the same cost.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "tests/unit/io_test_support.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

using nlohmann::json;

std::string data_file(const std::string& name) {
    return std::string(ROUTEKIT_SOURCE_DIR) + "/tests/data/json/" + name;
}

struct Solved {
    Instance instance;
    CheckReport report;
    Solution solution;
    json written;  ///< the JSON solution
};

// Solves `instance`, writes its solution as JSON and reads it back: the same routes, the stated cost agrees.
Solved solve_and_write(const Instance& instance, int iterations = 200) {
    const Result result = solve(instance, testing::quick(iterations));
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_TRUE(report.feasible) << (report.violations.empty() ? "" : report.violations.front().message);
    EXPECT_EQ(report.cost, result.cost);
    std::ostringstream out;
    write_solution(out, instance, result.solution, SolutionFormat::json);
    const Solution back = parse_solution(out.str(), "written.json", instance);
    Solution expected = result.solution;
    while (!expected.routes.empty() && expected.routes.back().empty()) expected.routes.pop_back();
    if (instance.vehicle_types().size() == 1) expected.remove_empty_routes();
    EXPECT_EQ(back, expected);
    EXPECT_NO_THROW(
        check_stated_cost(out.str(), "written.json", instance, check_solution(instance, back).cost));
    return {instance, report, result.solution, json::parse(out.str())};
}

Solved solve_file(const std::string& name) {
    return solve_and_write(read_instance(data_file(name)));
}

// The non-empty routes of a written solution, with their schedules.
std::vector<std::pair<json, json>> used_routes(const json& written) {
    std::vector<std::pair<json, json>> used;
    for (std::size_t r = 0; r < written["routes"].size(); ++r)
        if (!written["routes"][r].empty()) used.emplace_back(written["routes"][r], written["schedules"][r]);
    return used;
}

// One big vehicle (fixed cost 1000, capacity 2) serves both clients in 1000 + 202; two small ones (unit
// distance cost 2, capacity 1) serve one each for 2 x 200 x 2 = 800: the optimum; big + small costs 1600.
TEST(IoJsonVariants, VehicleTypesWithFixedAndUnitCosts) {
    const Solved solved = solve_file("fleet.json");
    const std::vector<VehicleType>& types = solved.instance.vehicle_types();
    ASSERT_EQ(types.size(), 2u);
    EXPECT_EQ(types[0].count, 1);
    EXPECT_EQ(types[0].capacity, 2);
    EXPECT_EQ(types[0].fixed_cost, 1000);
    EXPECT_EQ(types[1].count, 2);
    EXPECT_EQ(types[1].unit_distance_cost, 2);
    EXPECT_EQ(solved.report.cost, 800);
    const json& written = solved.written;
    EXPECT_EQ(written["routes"][0], json::array());  // vehicle 0, the big one, unused: route k is vehicle k
    for (const auto& [route, schedule] : used_routes(written)) {
        EXPECT_EQ(schedule["vehicle_type"], 1);
        EXPECT_EQ(schedule["cost"], 400);
    }
    EXPECT_EQ(written["objective"]["distance"], 400);
    EXPECT_EQ(written["objective"]["distance_costs"], 800);
    EXPECT_EQ(written["objective"]["fixed_costs"], 0);
    EXPECT_EQ(written["cost"], 800);
}

// Depots 0 and 1; client 2 lies 10 from depot 0, client 3 10 from depot 1, everything else 90 or more.
// Each vehicle carries one client: each from its own depot, 2 x 20 = 40.
TEST(IoJsonVariants, TwoDepotsEachVehicleAtItsOwn) {
    const Solved solved = solve_file("two_depots.json");
    EXPECT_EQ(solved.instance.num_depots(), 2);
    EXPECT_EQ(solved.instance.vehicle_types()[1].start_depot, 1);
    EXPECT_EQ(solved.instance.vehicle_types()[1].end_depot, 1);
    EXPECT_EQ(solved.report.cost, 40);
    const auto used = used_routes(solved.written);
    ASSERT_EQ(used.size(), 2u);
    for (const auto& [route, schedule] : used) {
        const int depot = route[0] == 2 ? 0 : 1;
        EXPECT_EQ(schedule["start_depot"], depot);
        EXPECT_EQ(schedule["end_depot"], depot);
        EXPECT_EQ(schedule["vehicle_type"], depot);
    }
}

// Clients 1 and 2 are 10 from the depot and 5 apart, client 3 is 100 from everything. Client 3 (prize 50)
// is not worth its 190 detour; client 2 (prize 30) is worth its 5: route 0-1-2-0 (25) + 50 = 75.
TEST(IoJsonVariants, PrizesMakeClientsOptional) {
    const Solved solved = solve_file("prizes.json");
    EXPECT_TRUE(solved.instance.required(1));  // no prize: required
    EXPECT_FALSE(solved.instance.required(2));
    EXPECT_EQ(solved.instance.prize(3), 50);
    EXPECT_EQ(solved.report.cost, 75);
    EXPECT_EQ(solved.written["unvisited"], json::array({3}));
    EXPECT_EQ(solved.written["objective"]["uncollected_prizes"], 50);
    EXPECT_EQ(solved.written["objective"]["distance"], 25);
}

// One vehicle: 0-2-1-0 costs 30 but visits the backhaul client 2 first; linehaul first costs 10+100+10.
TEST(IoJsonVariants, PickupsWithBackhaulOrder) {
    const Solved solved = solve_file("backhauls.json");
    EXPECT_EQ(solved.instance.pickup(2), 1);
    EXPECT_TRUE(solved.instance.backhaul_order());
    EXPECT_EQ(solved.report.cost, 120);
    EXPECT_EQ(solved.written["routes"], json::parse("[[1, 2]]"));

    // Without the order, the pickup rides along (capacity 2) on the short way round.
    std::string text = read_file(data_file("backhauls.json"));
    text.replace(text.find("\"backhaul_order\": true"), 22, "\"backhaul_order\": false");
    const Solved free_order = solve_and_write(parse_instance(text, "free.json"));
    EXPECT_EQ(free_order.report.cost, 30);
}

// One vehicle of capacity 1 serves two clients in two trips (a reload at the depot between them). Client 1
// closes at 50, client 2 is released at 100: 1 first (back at 20), wait, leave at 100 for 2 (arrival 110).
// The other order reaches client 1 at 130, too late. Distance 40.
TEST(IoJsonVariants, ReloadsWithReleaseTimes) {
    const Solved solved = solve_file("reloads.json");
    EXPECT_EQ(solved.instance.vehicle_types()[0].reload_depots, std::vector<int>{0});
    EXPECT_EQ(solved.instance.release(2), 100);
    EXPECT_EQ(solved.report.cost, 40);
    EXPECT_EQ(solved.written["routes"], json::parse("[[1, 0, 2]]"));
    const json& schedule = solved.written["schedules"][0];
    EXPECT_EQ(schedule["reloads"], 1);
    EXPECT_EQ(schedule["stops"][1]["client"], 0);  // the reload
    EXPECT_EQ(schedule["stops"][2]["arrival"], 110);
}

// Points on a line: depot 0, client 5 at 10 (required), groups {1 at 5, 2 at 50} and {3 at 12, 4 at -40}.
// Visiting 1 and 3 stays within [0, 12]: 24.
TEST(IoJsonVariants, ClientGroupsVisitOneEach) {
    const Solved solved = solve_file("groups.json");
    EXPECT_EQ(solved.instance.groups(), (std::vector<std::vector<int>>{{1, 2}, {3, 4}}));
    EXPECT_EQ(solved.report.cost, 24);
    EXPECT_EQ(solved.written["routes"].size(), 1u);
}

TEST(IoJsonVariants, SkillsBecomeAllowedClients) {
    const Instance instance = parse_json_instance(R"({
  "distance_matrix": [[0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 0, 1], [1, 1, 1, 0]],
  "skills": [[], [], [7], [3, 7]],
  "vehicles": [{"skills": [7]}, {"count": 2, "skills": [3, 7, 9]}, {"count": 2}]
})",
                                                  "skills.json");
    const std::vector<VehicleType>& types = instance.vehicle_types();
    EXPECT_EQ(types[0].allowed_clients, (std::vector<int>{1, 2}));
    EXPECT_TRUE(types[1].allowed_clients.empty());  // every client
    EXPECT_EQ(types[2].allowed_clients, (std::vector<int>{1}));
    const Solved solved = solve_and_write(instance, 100);
    EXPECT_TRUE(solved.report.feasible);
}

TEST(IoJsonVariants, QuantitiesMayBeArraysOfOneDimension) {
    const Instance instance = parse_json_instance(
        R"({"distance_matrix": [[0, 1], [1, 0]], "capacity": [10], "demands": [[0], 4], "pickups": [0, [3]]})",
        "dims.json");
    EXPECT_EQ(instance.capacity(), 10);
    EXPECT_EQ(instance.demand(1), 4);
    EXPECT_EQ(instance.pickup(1), 3);
}

TEST(IoJsonVariants, EveryVehicleFieldIsStored) {
    const Instance instance = parse_json_instance(R"({
  "depots": 2,
  "distance_matrix": [[0, 1, 1], [1, 0, 1], [1, 1, 0]],
  "demands": [0, 0, 2],
  "capacity": 5,
  "max_route_duration": 50,
  "cost_decimals": 2,
  "vehicles": [{"count": 3, "fixed_cost": 7, "cost_per_distance": 3, "cost_per_duration": 4, "start": 1,
                "end": 0, "max_distance": 9, "time_window": [2, 40], "allowed_clients": [2],
                "reload_depots": [0, 1]},
               {"count": 0, "capacity": [6], "max_duration": 8}]
})",
                                                  "vehicles.json");
    VehicleType first;
    first.count = 3;
    first.capacity = 5;
    first.fixed_cost = 7;
    first.unit_distance_cost = 3;
    first.unit_duration_cost = 4;
    first.start_depot = 1;
    first.end_depot = 0;
    first.max_duration = 50;
    first.max_distance = 9;
    first.shift = {2, 40};
    first.allowed_clients = {2};
    first.reload_depots = {0, 1};
    VehicleType second;
    second.count = 0;
    second.capacity = 6;
    second.max_duration = 8;
    EXPECT_EQ(instance.vehicle_types(), (std::vector<VehicleType>{first, second}));
    EXPECT_EQ(instance.cost_decimals(), 2);
    EXPECT_FALSE(instance.fleet_limited());
}

// Each new field's mistakes: one line naming the file, the line of the offending value and what was expected.
TEST(IoJsonVariants, BadInputNamesTheFileAndLine) {
    struct Case {
        const char* lines;  ///< the fields after a 3-node distance matrix on line 2
        const char* expected;
    };
    const Case cases[] = {
        {R"("depots": 3)", "bad.json:3: expected an integer between 1 and 2 in \"depots\""},
        {R"("depots": 2,
"demands": [0, 1, 1])",
         "bad.json:4: expected demand 0 at a depot (nodes 0 to 1) in \"demands[1]\""},
        {R"("vehicles": "two")", "bad.json:3: expected a number of vehicles or an array of vehicle objects"},
        {R"("vehicles": [])", "bad.json:3: expected at least one vehicle object"},
        {R"("vehicles": [
  {"count": 2},
  {"start": 1}])",
         "bad.json:5: expected a depot index from 0 to 0 in \"vehicles[1].start\", found '1'"},
        {R"("depots": 2, "vehicles": [
  {"count": 2, "reload_depots": [0, 2]}])",
         "bad.json:4: expected a depot index from 0 to 1 in \"vehicles[0].reload_depots\", found '2'"},
        {R"("vehicles": [
  {"count": 0},
  {"count": 1}])",
         "bad.json:4: expected a count of at least 1 (0, unlimited, only on the last vehicle object)"},
        {R"("vehicles": [{"count": 1,
  "capacty": 3}])",
         "bad.json:4: expected a vehicle field (count, capacity,"},
        {R"("vehicles": [{"allowed_clients": [0, 1]}])",
         "bad.json:3: expected a client index from 1 to 2 in \"vehicles[0].allowed_clients\", found '0'"},
        {R"("vehicles": [{"allowed_clients": [1]}])",
         "bad.json:3: expected every required client allowed to some vehicle"},
        {R"("vehicles": [{"time_window": [5, 2]}])",
         "bad.json:3: expected earliest <= latest in \"vehicles[0].time_window\""},
        {R"("vehicles": [{"cost_per_distance": 1.5}])",
         "bad.json:3: expected an integer in \"vehicles[0].cost_per_distance\""},
        {R"("demands": [0, 3, 9],
"vehicles": [{"capacity": 5}, {"capacity": 8}])",
         "bad.json:3: expected demands within the largest vehicle capacity 8 in \"demands[2]\", found '9'"},
        {R"("capacity": [10, 4], "demands": [[0, 0], [1, 1], 2])",
         "bad.json:3: expected 2 amounts (one per load dimension, as \"capacity\" has) in \"demands[2]\""},
        {R"("pickups": [1, 0, 0])", "bad.json:3: expected no pickup (0) at a depot in \"pickups[0]\""},
        {R"("capacity": 2, "pickups": [0, 0, 3])", "bad.json:3: expected pickups within the capacity 2"},
        {R"("backhaul_order": true)", "bad.json:3: expected \"pickups\" beside \"backhaul_order\": true"},
        {R"("backhaul_order": 1)", "bad.json:3: expected true or false in \"backhaul_order\""},
        {R"("prizes": [0, -1, 0])", "bad.json:3: expected a number between 0 and 1e9 in \"prizes[1]\""},
        {R"("prizes": [5, 0, 0])", "bad.json:3: expected no prize (0) at a depot in \"prizes[0]\""},
        {R"("required": [true, 1, true])", "bad.json:3: expected true or false in \"required[1]\""},
        {R"("release_times": [0, 1])", "bad.json:3: expected an array of 3 in \"release_times\""},
        {R"("groups": [[1],
  [0, 2]])",
         "bad.json:4: expected a client index from 1 to 2 in \"groups[1]\", found '0'"},
        {R"("groups": [[1, 2], [2]])",
         "bad.json:3: expected each client in one group at most in \"groups[1]\""},
        {R"("groups": [[]])", "bad.json:3: expected a group of at least one client in \"groups[0]\""},
        {R"("skills": [[], [1], []])", "bad.json:3: expected vehicle objects with \"skills\""},
        {R"("skills": [[], [1], [1]], "vehicles": [{"skills": [2]}])",
         "bad.json:3: expected skills (and allowed_clients) that let the vehicle serve some client"},
        {R"("skills": [[4], [], []])", "bad.json:3: expected no skills ([]) at a depot in \"skills[0]\""},
        {R"("cost_decimals": 12)", "bad.json:3: expected an integer between 0 and 9 in \"cost_decimals\""},
    };
    for (const Case& c : cases) {
        const std::string text =
            std::string("{\n\"distance_matrix\": [[0, 1, 1], [1, 0, 1], [1, 1, 0]],\n") + c.lines + "\n}";
        EXPECT_TRUE(test::throws_input_error([&] { parse_json_instance(text, "bad.json"); }, c.expected))
            << text;
    }
}

TEST(IoJsonVariants, TspRefusesVariantFields) {
    EXPECT_TRUE(test::throws_input_error(
        [] {
            parse_json_instance(R"({"type": "TSP",
"distance_matrix": [[0, 1, 1], [1, 0, 1], [1, 1, 0]],
"prizes": [0, 1, 1]})",
                                "tsp.json");
        },
        "tsp.json:3: expected no \"prizes\" with \"type\": \"TSP\""));
}

// docs/json-format.md's reference example (copied to tests/data/json/every_field.json) reads as it says.
TEST(IoJsonVariants, TheDocumentedReferenceExampleReads) {
    const Instance instance = read_instance(data_file("every_field.json"));
    EXPECT_EQ(instance.num_depots(), 2);
    ASSERT_EQ(instance.vehicle_types().size(), 2u);
    EXPECT_EQ(instance.vehicle_types()[0].end_depot, 1);
    EXPECT_TRUE(instance.vehicle_types()[0].allowed_clients.empty());  // skill 1: every client
    EXPECT_EQ(instance.vehicle_types()[1].allowed_clients, (std::vector<int>{2, 4}));
    EXPECT_EQ(instance.pickup(3), 4);
    EXPECT_FALSE(instance.required(2));  // in a group
    EXPECT_TRUE(instance.required(3));
    EXPECT_FALSE(instance.required(4));
    EXPECT_EQ(instance.release(4), 20);
}

// The shipped example (the README's): two depots, two vehicle types, an optional client. Enumerating every
// assignment of the five clients to the three vehicles (or the farm to none) and every visiting order: a
// small vehicle from the north depot serves bakery and school (50 + 22+27+18), the big one from the south
// market and station (80 + 2 x (27+49+22)), the farm is left out (100): 117 + 276 + 100 = 493.
TEST(IoJsonVariants, TheShippedMixedFleetExampleSolvesToItsOptimum) {
    const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/mixed-fleet.json");
    EXPECT_EQ(instance.num_depots(), 2);
    EXPECT_FALSE(instance.required(6));
    const Solved solved = solve_and_write(instance);
    EXPECT_EQ(solved.report.cost, 493);
    EXPECT_EQ(solved.written["unvisited"], json::array({6}));
    EXPECT_EQ(solved.written["objective"]["fixed_costs"], 130);
}

}  // namespace
}  // namespace routekit
