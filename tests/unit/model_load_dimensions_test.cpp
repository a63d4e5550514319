// Capacity in several load dimensions in the model: the Load type's arithmetic, PyVRP's VRPLIB rows
// ("id d1 d2", CAPACITY with one value per dimension, CAPACITY_SECTION rows "vehicle c1 c2") and their bad
// forms (one line naming the file and the line), the checker reporting the excess per dimension and the
// penalty summing it over the dimensions with the one load weight.
#include <gtest/gtest.h>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/load.hpp"
#include "routekit/model/penalty.hpp"
#include "tests/unit/io_test_support.hpp"

namespace routekit {
namespace {

using test::throws_input_error;

TEST(ModelLoadDimensions, LoadAddsComparesAndSumsTheExcessPerDimension) {
    Load a;
    a[0] = 5, a[1] = 7;
    Load b;
    b[0] = 2, b[1] = 9, b[2] = 4;
    EXPECT_EQ((a + b)[1], 16);
    EXPECT_EQ((a + b - b), a);
    EXPECT_EQ(elementwise_max(a, b)[0], 5);
    EXPECT_EQ(elementwise_max(a, b)[1], 9);
    Load capacity;
    capacity[0] = 6, capacity[1] = 10, capacity[2] = 1;
    const Load sum = a + b;                         // 7, 16, 4
    EXPECT_EQ(sum.excess_in(capacity, 0), 1);       // 7 - 6
    EXPECT_EQ(sum.excess_over(capacity, 2), 7);     // 1 + 6
    EXPECT_EQ(sum.excess_over(capacity, 3), 10);    // 1 + 6 + 3
    EXPECT_EQ(Load(9).excess_over(Load(4), 1), 5);  // one dimension: the classic excess
}

// Line numbers count from 1 at "NAME".
std::string two_dimension_file(const std::string& capacity, const std::string& demands) {
    return "NAME : dims\nTYPE : CVRP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : " + capacity +
           "\nNODE_COORD_SECTION\n1 0 0\n2 10 0\n3 0 10\n4 10 10\nDEMAND_SECTION\n" + demands +
           "DEPOT_SECTION\n1\n-1\nEOF\n";  // demands from line 12
}

constexpr const char* kTwoDimensionDemands = "1 0 0\n2 3 8\n3 4 1\n4 2 5\n";

TEST(ModelLoadDimensions, VrplibRowsCarryOneAmountPerDimension) {
    const Instance instance = parse_instance(two_dimension_file("6 10", kTwoDimensionDemands), "dims.vrp");
    ASSERT_EQ(instance.load_dimensions(), 2);
    EXPECT_EQ(instance.demand(1), 3);  // dimension 0 answers as a classic demand
    EXPECT_EQ(instance.delivery_load(1)[1], 8);
    EXPECT_EQ(instance.delivery_load(3)[1], 5);
    EXPECT_EQ(instance.capacity(), 6);
    EXPECT_EQ(instance.capacity_load(0)[1], 10);
    EXPECT_EQ(instance.rich_features(), std::vector<std::string>{"several load dimensions"});
    // One value per row reads as before.
    const Instance classic = parse_instance(two_dimension_file("6", "1 0\n2 3\n3 4\n4 2\n"), "one.vrp");
    EXPECT_EQ(classic.load_dimensions(), 1);
    EXPECT_TRUE(classic.rich_features().empty());
}

TEST(ModelLoadDimensions, CapacitySectionRowsGiveEachVehicleItsCapacities) {
    std::string text = two_dimension_file("6 10", kTwoDimensionDemands);
    text.insert(text.find("DEPOT_SECTION"), "CAPACITY_SECTION\n1 6 10\n2 9 4\n");
    text.insert(text.find("CAPACITY :"), "VEHICLES : 2\n");
    const Instance instance = parse_instance(text, "fleet.vrp");
    ASSERT_EQ(instance.vehicle_types().size(), 2U);
    EXPECT_EQ(instance.capacity_load(0)[1], 10);
    EXPECT_EQ(instance.capacity_load(1)[0], 9);
    EXPECT_EQ(instance.capacity_load(1)[1], 4);
}

TEST(ModelLoadDimensions, BadRowsNameTheFileAndTheLine) {
    EXPECT_TRUE(throws_input_error(
        [] { parse_instance(two_dimension_file("6 10", "1 0 0\n2 3 8\n3 4\n4 2 5\n"), "bad.vrp"); },
        "bad.vrp:14: expected 2 demand amounts per row, one per load dimension (as on line 12), found 1"));
    EXPECT_TRUE(
        throws_input_error([] { parse_instance(two_dimension_file("6", kTwoDimensionDemands), "bad.vrp"); },
                           "bad.vrp:5: expected 2 CAPACITY values, one per load dimension"));
    EXPECT_TRUE(throws_input_error(
        [] { parse_instance(two_dimension_file("6 10 x", kTwoDimensionDemands), "bad.vrp"); },
        "bad.vrp:5: expected an integer CAPACITY >= 0, found 'x'"));
    std::string rows = two_dimension_file("6 10", kTwoDimensionDemands);
    rows.insert(rows.find("DEPOT_SECTION"), "CAPACITY_SECTION\n1 6 10\n2 9\n");  // lines 16-18
    rows.insert(rows.find("CAPACITY :"), "VEHICLES : 2\n");                      // one line more
    EXPECT_TRUE(throws_input_error([&] { parse_instance(rows, "bad.vrp"); },
                                   "bad.vrp:19: expected 2 capacities per CAPACITY_SECTION row"));
}

TEST(ModelLoadDimensions, TheModelRefusesMismatchedSizes) {
    InstanceData data = parse_instance(two_dimension_file("6 10", kTwoDimensionDemands), "dims.vrp").data();
    data.demand.pop_back();
    EXPECT_THROW(Instance{data}, InputError);
    data = parse_instance(two_dimension_file("6 10", kTwoDimensionDemands), "dims.vrp").data();
    data.vehicle_types[0].capacities = {6};
    EXPECT_THROW(Instance{data}, InputError);
    data.vehicle_types[0].capacities = {6, 10};
    data.load_dimensions = kMaxLoadDimensions + 1;
    EXPECT_THROW(Instance{data}, InputError);
}

TEST(ModelLoadDimensions, TheCheckerReportsTheExcessPerDimension) {
    const Instance instance = parse_instance(two_dimension_file("6 10", kTwoDimensionDemands), "dims.vrp");
    // Clients 1 and 3 (3 + 2 of 6 in dimension 1; 8 + 5 of 10 in dimension 2): only the second overflows.
    const CheckReport one = check_solution(instance, {{{1, 3}, {2}}});
    ASSERT_FALSE(one.feasible);
    ASSERT_EQ(one.violations.size(), 1U);
    EXPECT_EQ(one.violations[0].kind, ViolationKind::overload);
    EXPECT_EQ(one.violations[0].message, "route 1: load 13 exceeds capacity 10 in load dimension 2");
    // All three on one route: both overflow, each reported.
    const CheckReport both = check_solution(instance, {{{1, 2, 3}}});
    ASSERT_EQ(both.violations.size(), 2U);
    EXPECT_EQ(both.violations[0].message, "route 1: load 9 exceeds capacity 6 in load dimension 1");
    EXPECT_EQ(both.violations[1].message, "route 1: load 14 exceeds capacity 10 in load dimension 2");
    EXPECT_TRUE(check_solution(instance, {{{1}, {2, 3}}}).feasible);
}

TEST(ModelLoadDimensions, ThePenaltySumsTheExcessOverDimensionsWithOneWeight) {
    const Instance instance = parse_instance(two_dimension_file("6 10", kTwoDimensionDemands), "dims.vrp");
    const RouteCost cost = evaluate_route(instance, {1, 2, 3});
    EXPECT_EQ(cost.excess_load, 3 + 4);  // 9 - 6 and 14 - 10
    const CostEvaluator evaluator(instance, {5, 1, 1});
    EXPECT_EQ(evaluator.penalized(cost), cost.distance + 5 * 7);
}

}  // namespace
}  // namespace routekit
