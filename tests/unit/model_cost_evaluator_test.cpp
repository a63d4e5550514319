// Saturating cost arithmetic at the int64 edges, and the CostEvaluator that prices violations with it: exact
// below the cap, clamped (never wrapped) above it.
#include <gtest/gtest.h>

#include <limits>

#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/saturating.hpp"

namespace routekit {
namespace {

constexpr Cost kMax = std::numeric_limits<Cost>::max();
constexpr Cost kMin = std::numeric_limits<Cost>::min();
constexpr Cost kWeightCap = Cost{1} << 30;  // the PenaltyManager's largest weight

TEST(SaturatingArithmetic, IsExactBelowTheCap) {
    EXPECT_EQ(saturating_add(2, 3), 5);
    EXPECT_EQ(saturating_add(-7, 3), -4);
    EXPECT_EQ(saturating_add(kCostCap - 1, 1), kCostCap);
    EXPECT_EQ(saturating_add(-kCostCap + 1, -1), -kCostCap);
    EXPECT_EQ(saturating_mul(kWeightCap, 1000), kWeightCap * 1000);
    EXPECT_EQ(saturating_mul(-3, 4), -12);
    EXPECT_EQ(saturating_mul(0, kMax), 0);
    EXPECT_EQ(saturating_mul(kMin, 0), 0);
    // The largest exact product of a capped weight: just below the cap.
    const Cost largest = kCostCap / kWeightCap;
    EXPECT_EQ(saturating_mul(kWeightCap, largest), kWeightCap * largest);
    EXPECT_EQ(saturating_mul(kWeightCap, largest + 1), kCostCap);
}

TEST(SaturatingArithmetic, ClampsAtTheInt64Limits) {
    EXPECT_EQ(saturating_add(kMax, 1), kCostCap);
    EXPECT_EQ(saturating_add(kMax, kMax), kCostCap);
    EXPECT_EQ(saturating_add(kMin, -1), -kCostCap);
    EXPECT_EQ(saturating_add(kMin, kMin), -kCostCap);
    EXPECT_EQ(saturating_add(kMax, kMin), -1);  // no overflow: the exact sum
    EXPECT_EQ(saturating_add(kCostCap, 1), kCostCap);
    EXPECT_EQ(saturating_add(kCostCap, kCostCap), kCostCap);
    EXPECT_EQ(saturating_mul(kMax, kMax), kCostCap);
    EXPECT_EQ(saturating_mul(kMin, kMin), kCostCap);
    EXPECT_EQ(saturating_mul(kMax, kMin), -kCostCap);
    EXPECT_EQ(saturating_mul(kMin, -1), kCostCap);  // -INT64_MIN is not representable
    EXPECT_EQ(saturating_mul(kWeightCap, kMax), kCostCap);
    EXPECT_EQ(saturating_mul(kWeightCap, kMax / 2), kCostCap);
    EXPECT_EQ(saturating_mul(-kWeightCap, kMax), -kCostCap);
    EXPECT_EQ(saturating_mul(kWeightCap, Cost{1} << 40), kCostCap);  // 2^70
    EXPECT_EQ(saturating_mul(kWeightCap, Cost{1} << 29), kCostCap);  // 2^59: in range, above the cap
    EXPECT_EQ(clamp_cost(kMax), kCostCap);
    EXPECT_EQ(clamp_cost(kMin), -kCostCap);
}

TEST(SaturatingArithmetic, PenaltyFormsAgreeWithTheGeneralOnesOnNonNegativeOperands) {
    for (const Cost weight : {Cost{0}, Cost{1}, Cost{7}, kWeightCap, kMax})
        for (const Cost amount : {Cost{0}, Cost{3}, Cost{1} << 29, Cost{1} << 40, kCostCap, kMax})
            EXPECT_EQ(saturating_penalty(weight, amount), saturating_mul(weight, amount))
                << weight << " " << amount;
    for (const Cost price : {Cost{0}, Cost{12}, kCostCap - 5, kCostCap, kMax})
        for (const Cost penalty : {Cost{0}, Cost{9}, kCostCap})
            EXPECT_EQ(add_penalty(price, penalty), saturating_add(clamp_cost(price), penalty))
                << price << " " << penalty;
    EXPECT_EQ(add_penalty(-40, 15), -25);
    EXPECT_EQ(add_penalty(kMin, kCostCap), kMin + kCostCap);  // no overflow below either
}

TEST(SaturatingArithmetic, TheCapLeavesRoomForSumsAndSentinels) {
    // A delta adds a handful of capped prices with plain arithmetic; sentinels must compare above any price.
    EXPECT_LT(kCostCap, kUnlimited);
    EXPECT_LE(kCostCap, kMax / 16);
    EXPECT_GE(kCostCap, Cost{1} << 58);  // far above any real cost, even stored x10^7
}

Instance instance_with(Cost capacity, Cost max_duration) {
    InstanceData data;
    data.name = "evaluator";
    data.num_nodes = 2;
    data.distance = {0, 1, 1, 0};
    data.demand = {0, std::min<Cost>(capacity, 1)};
    data.capacity = capacity;
    data.max_route_duration = max_duration;
    return Instance(std::move(data));
}

TEST(CostEvaluator, PricesViolationsExactlyBelowTheCap) {
    const Instance instance = instance_with(10, 100);
    const CostEvaluator cost(instance, PenaltyWeights{7, 3, 5});
    EXPECT_EQ(cost.excess_load(9), 0);
    EXPECT_EQ(cost.excess_load(14), 4);
    EXPECT_EQ(cost.load_penalty(14), 28);
    EXPECT_EQ(cost.load_penalty(10), 0);
    EXPECT_EQ(cost.time_warp_penalty(6), 18);
    EXPECT_EQ(cost.excess_duration(120), 20);
    EXPECT_EQ(cost.duration_penalty(120), 100);
    EXPECT_EQ(cost.duration_penalty(80), 0);
    EXPECT_EQ(cost.time_penalty(6, 120), 118);
    EXPECT_EQ(cost.penalized(RouteCost{50, 4, 6, 20}), 50 + 28 + 18 + 100);
    EXPECT_EQ(cost.weights(), (PenaltyWeights{7, 3, 5}));
    EXPECT_EQ(cost.load_penalty(14, 12), 28 + 14);  // two routes, one product
    EXPECT_EQ(cost.load_penalty(9, 10), 0);
}

TEST(CostEvaluator, RejectsNegativeWeights) {
    // The operators' bounds assume non-negative penalties.
    const Instance instance = instance_with(10, 100);
    EXPECT_THROW(CostEvaluator(instance, PenaltyWeights{-1, 1, 1}), ParameterError);
    EXPECT_THROW(CostEvaluator(instance, PenaltyWeights{1, -1, 1}), ParameterError);
    EXPECT_THROW(CostEvaluator(instance, PenaltyWeights{1, 1, -1}), ParameterError);
    EXPECT_NO_THROW(CostEvaluator(instance, PenaltyWeights{0, 0, 0}));
}

TEST(CostEvaluator, WithoutCapacityOrDurationLimitNothingIsExcess) {
    const Instance instance = instance_with(kUnlimited, kUnlimited);
    const CostEvaluator cost(instance, PenaltyWeights{kWeightCap, kWeightCap, kWeightCap});
    EXPECT_EQ(cost.load_penalty(kMax / 4), 0);
    EXPECT_EQ(cost.excess_load_penalty(1000), 0);  // Split's load-slope bound: no capacity, no slope
    EXPECT_EQ(cost.duration_penalty(kMax / 4), 0);
    EXPECT_EQ(cost.penalized(RouteCost{5, kMax / 4, 0, kMax / 4}), 5);
}

TEST(CostEvaluator, SaturatesHugeViolationsUnderCappedWeights) {
    const Instance instance = instance_with(10, 100);
    const CostEvaluator cost(instance, PenaltyWeights{kWeightCap, kWeightCap, kWeightCap});
    // ~860 s of warp stored x10^7 is where the old products wrapped negative (issue 12).
    const Cost warp = Cost{860} * 10'000'000;
    EXPECT_EQ(cost.time_warp_penalty(warp), kCostCap);
    EXPECT_EQ(cost.load_penalty(kMax), kCostCap);
    EXPECT_EQ(cost.duration_penalty(kMax), kCostCap);
    EXPECT_EQ(cost.time_penalty(kMax, kMax), kCostCap);
    EXPECT_EQ(cost.penalized(RouteCost{kMax, kMax, kMax, kMax}), kCostCap);
    EXPECT_EQ(cost.penalized(RouteCost{123, 0, warp, 0}), kCostCap);
    // Below the cap it stays exact even with capped weights.
    EXPECT_EQ(cost.penalized(RouteCost{123, 2, 3, 0}), 123 + 5 * kWeightCap);
    EXPECT_EQ(cost.load_penalty(kMax / 4, kMax / 4), kCostCap);
}

TEST(CostEvaluator, PenalizedCostOfManySaturatedRoutesStaysAtTheCap) {
    InstanceData data;
    data.name = "unreachable";
    data.num_nodes = 4;
    const Cost huge = Cost{1} << 50;
    data.distance.assign(16, 1);
    data.duration.assign(16, huge);
    for (std::size_t i = 0; i < 4; ++i) data.distance[5 * i] = data.duration[5 * i] = 0;
    data.windows = {{0, kUnlimited}, {0, 0}, {0, 0}, {0, 0}};  // unreachable: every client warps
    const Instance instance(std::move(data));
    const Solution solution{{{1}, {2}, {3}}};
    const Cost cost = penalized_cost(instance, solution, PenaltyWeights{kWeightCap, kWeightCap, kWeightCap});
    EXPECT_EQ(cost, kCostCap);
    EXPECT_EQ(penalized_cost(instance, solution, PenaltyWeights{1, 1, 1}), 6 + 3 * huge);
}

}  // namespace
}  // namespace routekit
