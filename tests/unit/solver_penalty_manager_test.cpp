#include <gtest/gtest.h>

#include "solver/individual.hpp"
#include "solver/penalty_manager.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

// An offspring with the given violations (the routes do not matter to the manager).
Individual offspring(const Instance& instance, Cost excess_load, Cost time_warp) {
    Individual individual(instance, Solution{{{1, 2, 3, 4, 5, 6, 7, 8}}});
    individual.cost.excess_load = excess_load;
    individual.cost.time_warp = time_warp;
    individual.cost.excess_duration = 0;
    individual.feasible = excess_load == 0 && time_warp == 0;
    return individual;
}

Instance windowed_instance() {
    testing::RandomProblemOptions options;
    options.time_windows = true;
    options.capacity = 1000;
    return testing::random_instance(options);
}

// No offspring meets the windows: a quarter of the window (25 of 100) raises the time-warp weight by half
// (at least 1) and leaves the load weight, which they all meet, alone.
TEST(SolverPenaltyManager, ConstraintNeverMetIsRaisedAfterAQuarterWindow) {
    const Instance instance = windowed_instance();
    GeneticParams params;
    params.penalty_interval = 100;
    PenaltyManager manager(instance, params);
    const PenaltyWeights start = manager.weights();
    ASSERT_EQ(start.time_warp, 1);
    const Individual late = offspring(instance, 0, 50);
    for (int i = 1; i < 25; ++i) EXPECT_FALSE(manager.record(late)) << i;
    EXPECT_TRUE(manager.record(late));
    EXPECT_EQ(manager.weights().time_warp, 2);
    EXPECT_EQ(manager.weights().load, start.load);
    // Each further quarter window without a feasible offspring raises it again: 2 -> 3 -> 4 -> 6 -> 9.
    for (const Cost expected : {3, 4, 6, 9}) {
        for (int i = 0; i < 25; ++i) manager.record(late);
        EXPECT_EQ(manager.weights().time_warp, expected);
    }
}

// Over a full window: under half the target share raises the weight by half, under the target by a fifth,
// above it lowers it by 15 %; one feasible offspring in the first quarter keeps the quick rise away.
TEST(SolverPenaltyManager, FullWindowStepsDependOnHowFarTheShareIsFromTarget) {
    const Instance instance = windowed_instance();
    GeneticParams params;
    params.penalty_interval = 100;
    params.target_feasible = 0.2;
    auto window_with = [&](PenaltyManager& manager, int feasible) {
        for (int i = 0; i < 100; ++i) manager.record(offspring(instance, 0, i < feasible ? 0 : 50));
    };
    PenaltyManager far(instance, params);
    window_with(far, 5);  // 5 %: under half the target
    EXPECT_EQ(far.weights().time_warp, 2);
    window_with(far, 5);
    EXPECT_EQ(far.weights().time_warp, 3);
    window_with(far, 5);
    EXPECT_EQ(far.weights().time_warp, 4);
    window_with(far, 12);  // 12 %: under the target, over half of it
    EXPECT_EQ(far.weights().time_warp, 5);
    window_with(far, 40);  // over the target
    EXPECT_EQ(far.weights().time_warp, 4);
}

// The load weight starts at an estimate of its scale and keeps the plain steps: a quarter window of
// overloaded offspring leaves it alone.
TEST(SolverPenaltyManager, LoadWeightHasNoQuickRise) {
    const Instance instance = windowed_instance();
    GeneticParams params;
    params.penalty_interval = 100;
    PenaltyManager manager(instance, params);
    const Cost start = manager.weights().load;
    for (int i = 0; i < 50; ++i) EXPECT_FALSE(manager.record(offspring(instance, 7, 0)));
    EXPECT_EQ(manager.weights().load, start);
}

// A window of offspring all recorded without may_lower (children of the best solution) cannot lower a
// weight however feasible they are, but raises one they miss; a single ordinary offspring in the window
// lets the plain rule lower it again.
TEST(SolverPenaltyManager, WindowWithoutMayLowerOnlyRaises) {
    const Instance instance = windowed_instance();
    GeneticParams params;
    params.penalty_interval = 20;
    PenaltyManager manager(instance, params);
    const PenaltyWeights start = manager.weights();
    const Individual feasible = offspring(instance, 0, 0);
    for (int i = 0; i < 20; ++i) manager.record(feasible, false);
    EXPECT_EQ(manager.weights(), start);
    for (int i = 0; i < 20; ++i) manager.record(offspring(instance, 9, 0), false);
    const Cost raised = manager.weights().load;
    EXPECT_GT(raised, start.load);
    for (int i = 0; i < 19; ++i) manager.record(feasible, false);
    EXPECT_TRUE(manager.record(feasible, true));
    EXPECT_LT(manager.weights().load, raised);
}

}  // namespace
}  // namespace routekit
