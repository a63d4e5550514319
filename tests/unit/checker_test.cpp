#include <gtest/gtest.h>

#include <memory>

#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/penalty.hpp"

namespace routekit {
namespace {

// A 4-node asymmetric instance: depot 0 and clients 1..3, capacity 10.
InstanceData small_data() {
    InstanceData data;
    data.name = "small";
    data.num_nodes = 4;
    data.distance = {0, 2, 9, 4,  //
                     3, 0, 5, 7,  //
                     8, 6, 0, 1,  //
                     5, 9, 2, 0};
    data.demand = {0, 4, 5, 3};
    data.capacity = 10;
    return data;
}

TEST(Checker, CostIsDirectional) {
    const Instance instance(small_data());
    EXPECT_FALSE(instance.distance_symmetric());
    const Solution forward{{{1, 2}, {3}}};
    const CheckReport report = check_solution(instance, forward);
    EXPECT_TRUE(report.feasible);
    EXPECT_EQ(report.cost, (2 + 5 + 8) + (4 + 5));
    const Solution backward{{{2, 1}, {3}}};
    EXPECT_EQ(check_solution(instance, backward).cost, (9 + 6 + 3) + (4 + 5));
}

TEST(Checker, ReportsEveryViolation) {
    const Instance instance(small_data());
    const Solution bad{{{1, 2, 3}, {1}, {7}}};
    const CheckReport report = check_solution(instance, bad);
    EXPECT_FALSE(report.feasible);
    std::vector<ViolationKind> kinds;
    for (const auto& v : report.violations) kinds.push_back(v.kind);
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), ViolationKind::overload), kinds.end());
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), ViolationKind::repeated_client), kinds.end());
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), ViolationKind::unknown_client), kinds.end());
    const CheckReport missing = check_solution(instance, Solution{{{1, 2}}});
    ASSERT_EQ(missing.violations.size(), 1u);
    EXPECT_EQ(missing.violations[0].kind, ViolationKind::missing_client);
}

TEST(Checker, FleetLimit) {
    InstanceData data = small_data();
    data.fleet = 1;
    data.capacity = 100;
    const Instance instance(data);
    EXPECT_TRUE(check_solution(instance, Solution{{{1, 2, 3}}}).feasible);
    const CheckReport report = check_solution(instance, Solution{{{1, 2}, {3}}});
    ASSERT_EQ(report.violations.size(), 1u);
    EXPECT_EQ(report.violations[0].kind, ViolationKind::fleet);
}

TEST(Checker, TimeWindowsWaitAndWarp) {
    InstanceData data = small_data();
    data.capacity = 100;
    data.service = {0, 1, 1, 1};
    // Depot open [0, 100]; client 1 opens at 10, client 2 closes at 12.
    data.windows = {{0, 100}, {10, 20}, {0, 12}, {0, 100}};
    const Instance instance(data);
    // 0 -> 1: depart at 8 to arrive at 10 (no waiting), serve until 11, 1 -> 2 arrives 16: 4 late.
    RouteTiming timing = route_timing(instance, {1, 2});
    EXPECT_EQ(timing.time_warp, 4);
    // Route 2 -> 1: arrive 9 at 2, leave 10, arrive 16 at 1 (ok), leave 17, back at 20; start at 0
    // is best (no wait needed at 2 opening at 0), duration = 9 + 1 + 6 + 1 + 3 = 20.
    timing = route_timing(instance, {2, 1});
    EXPECT_EQ(timing.time_warp, 0);
    EXPECT_EQ(timing.duration, 20);
    // Route 1 alone: leave at 8, arrive 10, leave 11, back 14: duration 6 with the late start.
    timing = route_timing(instance, {1});
    EXPECT_EQ(timing.duration, 6);
    EXPECT_FALSE(check_solution(instance, Solution{{{1, 2}, {3}}}).feasible);
    EXPECT_TRUE(check_solution(instance, Solution{{{2, 1}, {3}}}).feasible);
}

TEST(Checker, DurationLimit) {
    InstanceData data = small_data();
    data.capacity = 100;
    data.max_route_duration = 14;
    const Instance instance(data);
    EXPECT_TRUE(check_solution(instance, Solution{{{1}, {3, 2}}}).feasible);       // durations 5 and 14
    const CheckReport report = check_solution(instance, Solution{{{1, 2}, {3}}});  // 15 and 9
    ASSERT_EQ(report.violations.size(), 1u);
    EXPECT_EQ(report.violations[0].kind, ViolationKind::duration);
}

TEST(Penalty, MatchesChecker) {
    InstanceData data = small_data();
    data.max_route_duration = 10;
    const Instance instance(data);
    const Solution solution{{{1, 2, 3}}};
    const RouteCost cost = evaluate_route(instance, solution.routes[0]);
    EXPECT_EQ(cost.distance, 2 + 5 + 1 + 5);
    EXPECT_EQ(cost.excess_load, 2);
    EXPECT_EQ(cost.excess_duration, 3);
    const PenaltyWeights weights{100, 7, 11};
    EXPECT_EQ(penalized_cost(instance, solution, weights), 13 + 200 + 33);
}

TEST(Instance, RejectsBadData) {
    InstanceData data = small_data();
    data.demand[2] = 11;
    EXPECT_THROW(Instance{data}, InputError);
    data = small_data();
    data.windows = {{0, 10}, {5, 4}, {0, 10}, {0, 10}};
    EXPECT_THROW(Instance{data}, InputError);
    data = small_data();
    data.distance.pop_back();
    EXPECT_THROW(Instance{data}, InputError);
}

// Copies and moves keep their durations readable after the original is gone (ASan caught the copy reading
// the original's freed buffer when duration_ was copied as a raw pointer); durations equal to the
// distances share their storage.
TEST(Instance, CopiesAndMovesOwnTheirDurations) {
    for (const bool separate_durations : {false, true}) {
        InstanceData data = small_data();
        if (separate_durations) data.duration = {0, 1, 1, 1, 2, 0, 2, 2, 3, 3, 0, 3, 4, 4, 4, 0};
        auto original = std::make_unique<Instance>(data);
        const Instance copy(*original);
        Instance assigned(small_data());
        assigned = *original;
        Instance moved_from(data);
        const Instance moved(std::move(moved_from));
        Instance move_assigned(small_data());
        move_assigned = Instance(data);
        original.reset();
        for (const Instance* instance :
             std::initializer_list<const Instance*>{&copy, &assigned, &moved, &move_assigned}) {
            const std::vector<Cost>& expected = separate_durations ? data.duration : data.distance;
            EXPECT_EQ(instance->durations_are_distances(), !separate_durations);
            for (int i = 0; i < 4; ++i)
                for (int j = 0; j < 4; ++j) EXPECT_EQ(instance->duration(i, j), expected[i * 4 + j]);
        }
    }
}

TEST(Cost, FormatsInTheFileUnits) {
    EXPECT_EQ(format_cost(26362, Rounding::tsplib), "26362");
    EXPECT_EQ(format_cost(26986, Rounding::trunc1), "2698.6");
    EXPECT_EQ(format_cost(5554300000, Rounding::exact), "555.43");
    EXPECT_EQ(to_fixed(0.3, Rounding::trunc1), 3);
    EXPECT_EQ(to_fixed(2.5, Rounding::tsplib), 3);
}

}  // namespace
}  // namespace routekit
