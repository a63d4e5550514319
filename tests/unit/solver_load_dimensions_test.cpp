// Capacity in several load dimensions in the search: every operator's predicted delta equals the change of
// the penalized cost recomputed by the model (the excess summed over the dimensions, one weight), Split
// cuts by every dimension, and on a small instance whose optimum changes because of the second dimension
// the solver returns the optimum found by enumeration, which the checker calls feasible.
#include <gtest/gtest.h>

#include <algorithm>

#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/split.hpp"
#include "tests/unit/heuristics_delta_check.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"
#include "tests/unit/solver_enumeration.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

using testing::uniform_between;

/// A random instance (windows or not) with `dimensions` load dimensions: dimension 0 is the classic
/// demand, the others random amounts against capacities that bind about as often; one vehicle type, or
/// two types of three vehicles each with different capacities.
Instance multi_instance(std::uint64_t seed, bool windows, bool two_types, int dimensions) {
    testing::RandomInstanceOptions options;
    options.nodes = 16;
    options.windows = windows;
    options.duration_limit = false;
    InstanceData data = testing::random_instance(seed, options).data();
    Rng rng(seed * 31 + 7);
    const auto n = static_cast<std::size_t>(data.num_nodes);
    const auto d = static_cast<std::size_t>(dimensions);
    std::vector<Cost> demand(n * d, 0);
    for (std::size_t i = 1; i < n; ++i) {
        demand[i * d] = data.demand[i];
        for (std::size_t k = 1; k < d; ++k) demand[i * d + k] = uniform_between(rng, 0, 30);
    }
    data.demand = demand;
    data.load_dimensions = dimensions;
    VehicleType vehicle;
    vehicle.capacities.push_back(data.capacity);
    for (std::size_t k = 1; k < d; ++k) vehicle.capacities.push_back(70 + 10 * static_cast<Cost>(k));
    vehicle.count = two_types ? 3 : 0;
    data.vehicle_types = {vehicle};
    if (two_types) {
        std::reverse(vehicle.capacities.begin() + 1, vehicle.capacities.end());
        vehicle.capacities[0] = data.capacity * 2;
        data.vehicle_types.push_back(vehicle);
    }
    return Instance(std::move(data));
}

TEST(SolverLoadDimensions, EveryOperatorsDeltaIsExact) {
    // A dimension after the first over capacity on some route.
    auto beyond_first = [](const Instance& instance, const Route& route, int type) {
        Load load;
        for (int client : route) load += instance.delivery_load(client);
        bool over = false;
        for (int dimension = 1; dimension < instance.load_dimensions(); ++dimension)
            over = over || load.excess_in(instance.capacity_load(type), dimension) > 0;
        return over;
    };
    testing::check_every_operator_where_binding(
        [](int seed) {
            return multi_instance(static_cast<std::uint64_t>(seed), seed % 2 == 0, seed > 2,
                                  seed % 2 == 0 ? 3 : 2);
        },
        beyond_first);
}

TEST(SolverLoadDimensions, SplitPricesEveryDimension) {
    const Instance instance = multi_instance(5, false, false, 2);
    std::vector<int> tour;
    for (int client = 1; client < instance.num_nodes(); ++client) tour.push_back(client);
    const PenaltyWeights weights{1000, 1, 1};
    const Solution split = split_tour(instance, tour, weights);
    // A weight far above any detour: Split's cut leaves no dimension over capacity.
    for (const Route& route : split.routes) {
        Load load;
        for (int client : route) load += instance.delivery_load(client);
        EXPECT_EQ(load.excess_over(instance.capacity_load(0), 2), 0);
    }
    EXPECT_EQ(penalized_cost(instance, split, weights), check_solution(instance, split).cost);
}

/// Six clients in two clusters of three; each client weighs 1 (capacity 3) and the volumes (capacity 10)
/// make one cluster too bulky for one vehicle, so the second dimension changes the optimum.
Instance small_multi(bool second_dimension) {
    InstanceData data;
    data.name = "small-load-dimensions";
    data.kind = ProblemKind::cvrp;
    data.num_nodes = 7;
    data.coordinates = {{0, 0}, {20, 0}, {22, 3}, {24, -2}, {-20, 0}, {-22, 3}, {-23, -3}};
    data.distance_function = DistanceFunction::euc_2d;
    data.load_dimensions = second_dimension ? 2 : 1;
    const std::vector<Cost> volumes{0, 6, 3, 4, 2, 2, 2};
    for (std::size_t i = 0; i < volumes.size(); ++i) {
        data.demand.push_back(i == 0 ? 0 : 1);
        if (second_dimension) data.demand.push_back(volumes[i]);
    }
    VehicleType vehicle;
    vehicle.count = 3;
    vehicle.capacity = 3;
    if (second_dimension) vehicle.capacities = {3, 10};
    data.vehicle_types = {vehicle};
    return Instance(std::move(data));
}

TEST(SolverLoadDimensions, TheSolverReturnsTheOptimumTheSecondDimensionMakes) {
    const Cost first_only = testing::enumerated_optimum(small_multi(false), 3);
    const Instance instance = small_multi(true);
    const Cost optimum = testing::enumerated_optimum(instance, 3);
    ASSERT_LT(optimum, kUnlimited);
    ASSERT_GT(optimum, first_only);  // the volumes change the optimum
    testing::expect_solved_to(instance, optimum);
}

TEST(SolverLoadDimensions, AFixedSeedGivesTheSameSolution) {
    const Instance instance = multi_instance(6, true, true, 3);
    const Result first = solve(instance, testing::quick(60, 3));
    const Result second = solve(instance, testing::quick(60, 3));
    EXPECT_EQ(first.solution, second.solution);
    EXPECT_EQ(first.cost, second.cost);
}

TEST(SolverLoadDimensions, PickupsAndReloadsWithSeveralDimensionsAreSolved) {
    // Refused once; now searched (solver_load_dimensions_variants_test.cpp checks the optima).
    InstanceData data = multi_instance(7, false, false, 2).data();
    data.pickup.assign(data.demand.size(), 0);
    data.pickup[2] = 1;
    data.pickup[3] = 5;
    InstanceData trips = multi_instance(7, false, false, 2).data();
    trips.vehicle_types.front().count = 2;
    trips.vehicle_types.front().reload_depots = {0};
    for (const Instance& instance : {Instance(data), Instance(trips)}) {
        const Result result = solve(instance, testing::quick(100));
        const CheckReport report = check_solution(instance, result.solution);
        for (const Violation& violation : report.violations) ADD_FAILURE() << violation.message;
        EXPECT_TRUE(result.feasible);
        EXPECT_EQ(report.cost, result.cost);
    }
}

}  // namespace
}  // namespace routekit
