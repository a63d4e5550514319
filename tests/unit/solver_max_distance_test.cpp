// A vehicle type's maximum route distance (VehicleType::max_distance) in the search: every operator's
// predicted delta equals the change of the penalized cost recomputed by the model while the limit binds,
// and on a small instance whose unconstrained optimum breaks the limit the solver returns the constrained
// optimum found by enumeration, which the checker calls feasible.
#include <gtest/gtest.h>

#include <algorithm>

#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/heuristics_delta_check.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"
#include "tests/unit/solver_enumeration.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

/// A random instance (windows or not) whose vehicles drive at most `limit`: one type, or two types of
/// three vehicles each, the second with a limit half as long again.
Instance limited_instance(std::uint64_t seed, bool windows, bool two_types, Cost limit) {
    testing::RandomInstanceOptions options;
    options.nodes = 16;
    options.windows = windows;
    options.duration_limit = false;
    InstanceData data = testing::random_instance(seed, options).data();
    VehicleType vehicle;
    vehicle.capacity = data.capacity;
    vehicle.max_distance = limit;
    vehicle.count = two_types ? 3 : 0;
    data.vehicle_types = {vehicle};
    if (two_types) {
        vehicle.max_distance = limit * 3 / 2;
        data.vehicle_types.push_back(vehicle);
    }
    return Instance(std::move(data));
}

TEST(SolverMaxDistance, EveryOperatorsDeltaIsExact) {
    testing::check_every_operator_where_binding(
        [](int seed) {
            return limited_instance(static_cast<std::uint64_t>(seed), seed % 2 == 0, seed > 2, 120);
        },
        [](const Instance& instance, const Route& route, int type) {
            return evaluate_route(instance, route, type).excess_distance > 0;
        });
}

TEST(SolverMaxDistance, TheModelPricesTheExcessWithTheDurationWeight) {
    const Instance instance = limited_instance(3, false, false, 50);
    const Route route{1, 2, 3, 4, 5};
    const RouteCost cost = evaluate_route(instance, route, 0);
    ASSERT_GT(cost.distance, 50);
    EXPECT_EQ(cost.excess_distance, cost.distance - 50);
    EXPECT_FALSE(cost.feasible());
    const CostEvaluator evaluator(instance, {1, 1, 7});
    EXPECT_EQ(evaluator.penalized(cost), cost.distance + cost.excess_load + 7 * cost.excess_distance);
}

/// Five clients at the corners of a cross around the depot, one far out: serving the far one with a
/// neighbour is shortest, but breaks the limit.
Instance small_limited(Cost limit) {
    InstanceData data;
    data.name = "small-max-distance";
    data.kind = ProblemKind::cvrp;
    data.num_nodes = 7;
    data.coordinates = {{0, 0}, {10, 0}, {0, 10}, {-10, 0}, {0, -10}, {30, 2}, {12, 12}};
    data.distance_function = DistanceFunction::euc_2d;
    data.demand = {0, 1, 1, 1, 1, 1, 1};
    data.capacity = 3;
    VehicleType vehicle;
    vehicle.capacity = 3;
    vehicle.count = 3;
    vehicle.max_distance = limit;
    data.vehicle_types = {vehicle};
    return Instance(std::move(data));
}

TEST(SolverMaxDistance, TheSolverReturnsTheConstrainedOptimum) {
    const Cost unconstrained = testing::enumerated_optimum(small_limited(kUnlimited), 3);
    const Instance instance = small_limited(60);
    const Cost constrained = testing::enumerated_optimum(instance, 3);
    ASSERT_LT(constrained, kUnlimited);
    ASSERT_GT(constrained, unconstrained);  // the limit changes the optimum
    testing::expect_solved_to(instance, constrained);
}

}  // namespace
}  // namespace routekit
