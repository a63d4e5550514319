// Several load dimensions with pickups (backhauls, simultaneous pickup and delivery), reloads and release
// times. On random 2-dimensional instances every operator's predicted delta equals the change of the
// penalized cost recomputed by the model (each trip's peak load per dimension, the excess summed over the
// dimensions); on a small hand-made instance per feature, whose optimum the second dimension changes, the
// solver returns the optimum found by enumeration, which the checker calls feasible; a fixed seed repeats.
#include <gtest/gtest.h>

#include <algorithm>

#include "heuristics/operators/reloads.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/heuristics_delta_check.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"
#include "tests/unit/heuristics_random_trips.hpp"
#include "tests/unit/solver_enumeration.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

using testing::uniform_between;

constexpr Cost kVolume = 30;  ///< the second dimension's capacity in the random instances

/// `data` (one load dimension) with a second one: a volume of 1..kVolume wherever the first dimension has
/// a delivery or a pickup, so that backhaul clients stay backhaul clients, against a capacity of kVolume.
Instance with_volumes(InstanceData data, std::uint64_t seed) {
    Rng rng(seed * 131 + 5);
    const auto n = static_cast<std::size_t>(data.num_nodes);
    auto add_volumes = [&](std::vector<Cost>& amounts) {
        if (amounts.empty()) return;
        std::vector<Cost> both(2 * n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            both[2 * i] = amounts[i];
            if (amounts[i] > 0) both[2 * i + 1] = uniform_between(rng, 1, static_cast<int>(kVolume));
        }
        amounts = both;
    };
    add_volumes(data.demand);
    add_volumes(data.pickup);
    data.load_dimensions = 2;
    if (data.vehicle_types.empty()) {
        VehicleType vehicle;
        vehicle.count = data.fleet;
        vehicle.max_duration = data.max_route_duration;
        data.vehicle_types = {vehicle};
    }
    for (VehicleType& vehicle : data.vehicle_types) vehicle.capacities = {data.capacity, kVolume};
    return Instance(std::move(data));
}

/// Some trip of `route` over the capacity in the second dimension, its peak counted (pickups included).
bool volume_binds(const Instance& instance, const Route& route, int type) {
    return route_schedule(instance, route, type).loads[1] > instance.capacity_load(type)[1];
}

/// Backhauls (odd seeds) or simultaneous pickups and deliveries, windows on even seeds.
Instance random_pickup_instance(int seed) {
    testing::RandomInstanceOptions options;
    options.nodes = 16;
    options.windows = seed % 2 == 0;
    options.duration_limit = false;
    options.pickups = seed % 2 == 1 ? testing::RandomInstanceOptions::Pickups::backhauls
                                    : testing::RandomInstanceOptions::Pickups::simultaneous;
    return with_volumes(testing::random_instance(static_cast<std::uint64_t>(seed), options).data(),
                        static_cast<std::uint64_t>(seed));
}

/// Three vehicles that reload at the depot, clients released over the first third of the horizon.
Instance random_reload_instance(int seed) {
    testing::RandomInstanceOptions options;
    options.nodes = 16;
    options.duration_limit = false;
    InstanceData data = testing::random_instance(static_cast<std::uint64_t>(seed), options).data();
    Rng rng(static_cast<std::uint64_t>(seed) * 17 + 3);
    data.release.assign(static_cast<std::size_t>(data.num_nodes), 0);
    for (std::size_t i = 1; i < data.release.size(); ++i) data.release[i] = uniform_between(rng, 0, 200);
    VehicleType vehicle;
    vehicle.count = 3;
    vehicle.reload_depots = {0};
    data.vehicle_types = {vehicle};
    return with_volumes(std::move(data), static_cast<std::uint64_t>(seed));
}

TEST(SolverLoadDimensionsVariants, EveryOperatorsDeltaIsExactWithPickups) {
    testing::check_every_operator_where_binding(random_pickup_instance, volume_binds);
}

TEST(SolverLoadDimensionsVariants, EveryOperatorsDeltaIsExactWithReloadsAndReleaseTimes) {
    const auto start = [](const Instance& instance, Rng& rng) {
        return testing::random_trips(instance, 3, rng);
    };
    testing::check_every_operator_where_binding(random_reload_instance, volume_binds, start);
    testing::check_deltas_where_binding<Reloads>(
        random_reload_instance, volume_binds,
        [](const SearchState& s, Rng& rng) {
            ReloadMove m;
            m.route = testing::random_route(s, rng);
            m.position = testing::random_client_position(s, m.route, rng);
            m.depot = uniform_between(rng, 0, 1) == 0 ? -1 : 0;
            return m;
        },
        start);
}

// ---- the search on hand-made instances ------------------------------------------------------------------

enum class Feature { backhauls, simultaneous, reloads, release_times };

/// Six clients in two clusters of three, 20 from the depot east and west; each client weighs 1 (capacity 3)
/// in each direction it has goods, and the volumes (capacity 10, `second_dimension` only) make the east
/// cluster too bulky for one vehicle or trip, so the second dimension changes the optimum:
/// - backhauls: east 1 and 2 deliver 6 each, 3 picks up; west 4 delivers, 5 and 6 pick up;
/// - simultaneous: every client delivers 1 and picks up 1 of weight; east picks up volumes 5, 5 and 1,
///   more than 10 on the way back;
/// - reloads: one vehicle, east volumes 6, 3 and 4;
/// - release times: east volumes 6, 3 and 4, east released at 0 and due by 40, west released at 100: no
///   route serves both clusters on time.
Instance small(Feature feature, bool second_dimension) {
    InstanceData data;
    data.name = "small-dimensions";
    data.kind = feature == Feature::release_times ? ProblemKind::vrptw : ProblemKind::cvrp;
    data.num_nodes = 7;
    data.coordinates = {{0, 0}, {20, 0}, {22, 3}, {24, -2}, {-20, 0}, {-22, 3}, {-23, -3}};
    data.distance_function = DistanceFunction::euc_2d;
    data.load_dimensions = second_dimension ? 2 : 1;
    struct Goods {
        Cost weight;
        Cost volume;
    };
    std::vector<Goods> deliveries(7, {1, 2});
    std::vector<Goods> pickups;
    deliveries[0] = {0, 0};
    switch (feature) {
        case Feature::backhauls:
            data.backhaul_order = true;
            deliveries = {{0, 0}, {1, 6}, {1, 6}, {0, 0}, {1, 2}, {0, 0}, {0, 0}};
            pickups = {{0, 0}, {0, 0}, {0, 0}, {1, 2}, {0, 0}, {1, 2}, {1, 2}};
            break;
        case Feature::simultaneous:
            deliveries = {{0, 0}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}};
            pickups = {{0, 0}, {1, 5}, {1, 5}, {1, 1}, {1, 1}, {1, 1}, {1, 1}};
            break;
        case Feature::reloads:
        case Feature::release_times:
            deliveries[1].volume = 6;
            deliveries[2].volume = 3;
            deliveries[3].volume = 4;
            break;
    }
    auto amounts = [&](const std::vector<Goods>& goods) {
        std::vector<Cost> result;
        for (const Goods& g : goods) {
            result.push_back(g.weight);
            if (second_dimension) result.push_back(g.volume);
        }
        return result;
    };
    data.demand = amounts(deliveries);
    data.pickup = amounts(pickups);
    VehicleType vehicle;
    vehicle.count = feature == Feature::reloads ? 1 : 3;
    vehicle.capacity = 3;
    if (second_dimension) vehicle.capacities = {3, 10};
    if (feature == Feature::reloads) vehicle.reload_depots = {0};
    if (feature == Feature::release_times) {
        data.release = {0, 0, 0, 0, 100, 100, 100};
        data.windows = {{0, 1000}, {0, 40}, {0, 40}, {0, 40}, {0, 200}, {0, 200}, {0, 200}};
        data.service.assign(7, 0);
    }
    data.vehicle_types = {vehicle};
    return Instance(std::move(data));
}

void expect_the_optimum_the_second_dimension_makes(Feature feature) {
    const bool reloads = feature == Feature::reloads;
    const int vehicles = reloads ? 1 : 3;
    const Cost first_only = testing::enumerated_optimum(small(feature, false), vehicles, reloads);
    const Instance instance = small(feature, true);
    const Cost optimum = testing::enumerated_optimum(instance, vehicles, reloads);
    ASSERT_LT(optimum, kUnlimited);
    ASSERT_GT(optimum, first_only);  // the volumes change the optimum
    testing::expect_solved_to(instance, optimum);
}

TEST(SolverLoadDimensionsVariants, BackhaulsReachTheOptimumTheSecondDimensionMakes) {
    expect_the_optimum_the_second_dimension_makes(Feature::backhauls);
}

TEST(SolverLoadDimensionsVariants, SimultaneousPickupsReachTheOptimumTheSecondDimensionMakes) {
    expect_the_optimum_the_second_dimension_makes(Feature::simultaneous);
}

TEST(SolverLoadDimensionsVariants, ReloadsReachTheOptimumTheSecondDimensionMakes) {
    expect_the_optimum_the_second_dimension_makes(Feature::reloads);
}

TEST(SolverLoadDimensionsVariants, ReleaseTimesReachTheOptimumTheSecondDimensionMakes) {
    expect_the_optimum_the_second_dimension_makes(Feature::release_times);
}

TEST(SolverLoadDimensionsVariants, AFixedSeedGivesTheSameSolution) {
    for (const Instance& instance :
         {random_pickup_instance(1), random_pickup_instance(2), random_reload_instance(3)}) {
        const Result first = solve(instance, testing::quick(60, 3));
        const Result second = solve(instance, testing::quick(60, 3));
        EXPECT_EQ(first.solution, second.solution) << instance.name();
        EXPECT_EQ(first.cost, second.cost) << instance.name();
        const CheckReport report = check_solution(instance, first.solution);
        EXPECT_EQ(report.cost, first.cost) << instance.name();
    }
}

}  // namespace
}  // namespace routekit
