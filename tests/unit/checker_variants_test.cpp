// The checker on the rich variants, each constraint on a hand-made instance with exact values: nodes on a
// line, node i at 10*i, so that every distance and travel time is 10 per step.
#include <gtest/gtest.h>

#include <algorithm>

#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/checker_test_support.hpp"

namespace routekit {
namespace {

InstanceData line_instance(int nodes) {
    InstanceData data;
    data.name = "line";
    data.num_nodes = nodes;
    for (int i = 0; i < nodes; ++i)
        for (int j = 0; j < nodes; ++j) data.distance.push_back(10 * std::abs(i - j));
    return data;
}

using test::kinds;

TEST(CheckerVariants, BackhaulOrderPutsLinehaulClientsFirst) {
    InstanceData data = line_instance(3);
    data.capacity = 5;
    data.demand = {0, 3, 0};
    data.pickup = {0, 0, 4};
    data.backhaul_order = true;
    const Instance instance(data);
    const CheckReport linehaul_first = check_solution(instance, Solution{{{1, 2}}});
    EXPECT_TRUE(linehaul_first.feasible);
    EXPECT_EQ(linehaul_first.cost, 40);
    // Picking up first also carries 4 + 3 at once.
    const CheckReport backhaul_first = check_solution(instance, Solution{{{2, 1}}});
    EXPECT_EQ(kinds(backhaul_first),
              (std::vector<ViolationKind>{ViolationKind::backhaul_order, ViolationKind::overload}));
}

TEST(CheckerVariants, SimultaneousPickupAndDeliveryChecksTheLoadOnBoard) {
    InstanceData data = line_instance(3);
    data.capacity = 5;
    data.demand = {0, 3, 0};
    data.pickup = {0, 0, 4};
    const Instance instance(data);
    // Delivering first: 3 on board, then 0, then 4. Picking up first: 3 + 4 = 7 on board.
    EXPECT_TRUE(check_solution(instance, Solution{{{1, 2}}}).feasible);
    const CheckReport overloaded = check_solution(instance, Solution{{{2, 1}}});
    EXPECT_EQ(kinds(overloaded), std::vector<ViolationKind>{ViolationKind::overload});
    EXPECT_EQ(overloaded.violations[0].message, "route 1: load 7 exceeds capacity 5");
    // The schedule's load is the most on board at once, the figure the capacity bounds.
    EXPECT_EQ(route_schedule(instance, {1, 2}).load, 4);
    EXPECT_EQ(route_schedule(instance, {2, 1}).load, 7);
}

TEST(CheckerVariants, AllowedClientsFollowTheRoutesVehicle) {
    InstanceData data = line_instance(3);
    VehicleType first, second;
    first.count = second.count = 1;
    first.allowed_clients = {1};
    second.allowed_clients = {2};
    data.vehicle_types = {first, second};
    const Instance instance(data);
    EXPECT_TRUE(check_solution(instance, Solution{{{1}, {2}}}).feasible);
    const CheckReport swapped = check_solution(instance, Solution{{{2}, {1}}});
    EXPECT_EQ(kinds(swapped),
              (std::vector<ViolationKind>{ViolationKind::forbidden_client, ViolationKind::forbidden_client}));
    // A third route has no vehicle to drive it.
    EXPECT_EQ(kinds(check_solution(instance, Solution{{{1}, {}, {2}}})),
              (std::vector<ViolationKind>{ViolationKind::fleet, ViolationKind::forbidden_client}));
}

TEST(CheckerVariants, FixedAndUnitCostsArePaidPerUsedVehicle) {
    InstanceData data = line_instance(3);
    VehicleType cheap, dear;
    cheap.count = dear.count = 1;
    cheap.fixed_cost = 100;
    dear.fixed_cost = 1000;
    dear.unit_distance_cost = 3;
    dear.unit_duration_cost = 2;
    data.vehicle_types = {cheap, dear};
    const Instance instance(data);
    EXPECT_EQ(check_solution(instance, Solution{{{1, 2}, {}}}).cost, 100 + 40);
    // The dear vehicle drives 0-1-0: distance 20 and duration 20.
    EXPECT_EQ(check_solution(instance, Solution{{{2}, {1}}}).cost, 100 + 40 + 1000 + 3 * 20 + 2 * 20);
}

TEST(CheckerVariants, AReloadStartsASecondTripAtTheDepot) {
    InstanceData data = line_instance(3);
    data.demand = {0, 4, 4};
    VehicleType truck;
    truck.count = 1;
    truck.capacity = 5;
    data.vehicle_types = {truck};
    const Instance no_reload(data);
    EXPECT_EQ(kinds(check_solution(no_reload, Solution{{{1, 0, 2}}})),
              std::vector<ViolationKind>{ViolationKind::reload});
    data.vehicle_types[0].reload_depots = {0};
    const Instance instance(data);
    const CheckReport two_trips = check_solution(instance, Solution{{{1, 0, 2}}});
    EXPECT_TRUE(two_trips.feasible);
    EXPECT_EQ(two_trips.cost, 20 + 40);
    // Each trip carries 4: the schedule's load compares with the capacity 5, not the route's total 8.
    EXPECT_EQ(route_schedule(instance, {1, 0, 2}).load, 4);
    EXPECT_EQ(route_schedule(instance, {1, 2}).load, 8);
    EXPECT_EQ(kinds(check_solution(instance, Solution{{{1, 2}}})),
              std::vector<ViolationKind>{ViolationKind::overload});
}

TEST(CheckerVariants, ATripLeavesTheDepotOnlyOnceItsClientsAreReleased) {
    InstanceData data = line_instance(3);
    data.windows = {{0, 1000}, {0, 1000}, {0, 125}};
    data.release = {0, 0, 100};
    VehicleType truck;
    truck.count = 1;
    truck.reload_depots = {0};
    data.vehicle_types = {truck};
    const Instance instance(data);
    // One trip to both: it leaves at 100 (client 2's release) and is back at 140.
    const RouteTiming one_trip = route_timing(instance, {1, 2});
    EXPECT_EQ(one_trip.time_warp, 0);
    EXPECT_EQ(one_trip.duration, 40);
    // Serving 1 first in its own trip: leaving at 85 brings the vehicle back at 105, past the release, and
    // to client 2 at 125, just in time; home at 145 (leaving earlier would only wait at the depot).
    const RouteSchedule two_trips = route_schedule(instance, {1, 0, 2});
    EXPECT_EQ(two_trips.departure, 85);
    EXPECT_EQ(two_trips.stops[2].arrival, 125);
    EXPECT_EQ(two_trips.time_warp, 0);
    EXPECT_EQ(two_trips.duration, 60);
    // Client 2 released at 110 cannot be reached by 125 any more: 130 - 125 late.
    data.release[2] = 110;
    EXPECT_EQ(route_timing(Instance(data), {1, 2}).time_warp, 5);
}

TEST(CheckerVariants, AClientLeftOutCostsItsPrize) {
    InstanceData data = line_instance(3);
    data.prize = {0, 7, 500};
    data.required = {0, 0, 0};
    const Instance instance(data);
    const CheckReport near_only = check_solution(instance, Solution{{{1}}});
    EXPECT_TRUE(near_only.feasible);
    EXPECT_EQ(near_only.cost, 20 + 500);
    EXPECT_EQ(check_solution(instance, Solution{{{2}}}).cost, 40 + 7);
    EXPECT_EQ(check_solution(instance, Solution{}).cost, 507);
}

TEST(CheckerVariants, ExactlyOneClientOfEachGroupIsVisited) {
    InstanceData data = line_instance(4);
    data.groups = {{1, 2}};
    const Instance instance(data);
    EXPECT_TRUE(check_solution(instance, Solution{{{2, 3}}}).feasible);
    EXPECT_EQ(kinds(check_solution(instance, Solution{{{1, 2, 3}}})),
              std::vector<ViolationKind>{ViolationKind::group});
    EXPECT_EQ(kinds(check_solution(instance, Solution{{{3}}})),
              std::vector<ViolationKind>{ViolationKind::group});
}

TEST(CheckerVariants, VehiclesStartAndEndAtTheirOwnDepotWithinTheirLimits) {
    InstanceData data = line_instance(4);  // depots 0 and 1, clients 2 and 3
    data.num_depots = 2;
    VehicleType west, east;
    west.count = east.count = 1;
    east.start_depot = east.end_depot = 1;
    east.max_distance = 30;
    east.max_duration = 35;
    data.vehicle_types = {west, east};
    const Instance instance(data);
    EXPECT_EQ(instance.num_clients(), 2);
    const CheckReport report = check_solution(instance, Solution{{{}, {2}}});
    EXPECT_EQ(kinds(report), std::vector<ViolationKind>{ViolationKind::missing_client});
    EXPECT_EQ(report.cost, 20);
    const CheckReport far = check_solution(instance, Solution{{{2}, {3}}});
    EXPECT_EQ(far.cost, 40 + 40);
    EXPECT_EQ(kinds(far), (std::vector<ViolationKind>{ViolationKind::duration, ViolationKind::distance}));
}

TEST(CheckerVariants, SolveRefusesWhatTheSearchDoesNotHandleNamingIt) {
    // Release times are searched, and pickups are, but not the two together.
    InstanceData data = line_instance(3);
    data.release = {0, 7, 500};
    data.pickup = {0, 1, 1};
    const Instance instance(data);
    SolverParams params;
    params.iterations = 10;
    try {
        solve(instance, params);
        FAIL() << "solve accepted an instance with release times and pickups";
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "instance line: expected reloads and release times with one depot, one capacity and no "
                  "pickups, shifts or client groups, found pickups (the search does not handle them together "
                  "yet; `routekit check` does)");
    }
    // Nor release times with client groups.
    data.pickup.clear();
    data.groups = {{1, 2}};
    try {
        solve(Instance(data), params);
        FAIL() << "solve accepted an instance with release times and client groups";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("found client groups"), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace routekit
