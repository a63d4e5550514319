// Property tests of the operators' O(1) lower bounds, which the local search uses to skip moves without
// building their proposals: for random valid moves the bound never exceeds the exact delta (so no
// improving move is skipped), and without time windows or a duration limit it equals the delta. On typed
// routes (heterogeneous fleets) every applied move's delta also equals the recomputed penalized cost, and
// vehicle swaps move whole routes between types.
#include <gtest/gtest.h>

#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/operators/vehicle_swap.hpp"
#include "heuristics/search_state.hpp"
#include "model/vehicle_assignment.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"
#include "tests/unit/heuristics_random_trips.hpp"

namespace routekit {
namespace {

using testing::random_client_position;
using testing::random_instance;
using testing::random_route;
using testing::random_solution;
using testing::random_swap;
using testing::random_two_opt;
using testing::random_two_opt_star;
using testing::RandomInstanceOptions;
using testing::scaled;
using testing::uniform_between;

/// Random valid moves of `Op` over a range of random instances (asymmetric, with and without time);
/// every tenth move is applied so the routes wander and their loads exceed the capacity.
template <class Op, class Generator>
void check_bound(Generator generate) {
    long long checked = 0;
    long long exact = 0;
    for (int seed = 1; seed <= scaled(40); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed) * 977 + 3);
        RandomInstanceOptions options;
        options.nodes = uniform_between(rng, 5, 50);
        const bool timed = seed % 2 == 0;
        options.windows = options.duration_limit = timed;
        options.asymmetric = seed % 3 != 0;
        // Every fifth instance with pickups: the bounds price the demand, a lower bound of the peak load.
        const bool pickups = seed % 5 == 4;
        if (pickups) options.pickups = RandomInstanceOptions::Pickups::simultaneous;
        const Instance instance = random_instance(static_cast<std::uint64_t>(seed) * 131 + 5, options);
        const PenaltyWeights weights{uniform_between(rng, 1, 30), uniform_between(rng, 1, 30),
                                     uniform_between(rng, 1, 30)};
        const Solution solution =
            random_solution(instance, uniform_between(rng, 1, options.nodes / 3 + 1), rng);
        SearchState state(instance);
        state.load(solution, weights, solution.num_nonempty_routes() + uniform_between(rng, 0, 2), false);
        ASSERT_TRUE(state.bounds_usable());
        Op op(state);
        for (int attempt = 0; attempt < scaled(400); ++attempt) {
            const auto move = generate(state, rng);
            if (!op.valid(move)) continue;
            ++checked;
            const Cost delta = op.evaluate(move);
            const Cost bound = op.lower_bound(move);
            ASSERT_LE(bound, delta) << "seed " << seed << ", attempt " << attempt;
            if (!timed && !pickups) {
                ASSERT_EQ(bound, delta) << "seed " << seed << ", attempt " << attempt;
                ++exact;
            }
            if (attempt % 10 == 0) op.apply(move);
        }
    }
    EXPECT_GT(checked, scaled(40) * scaled(400) / 10);
    EXPECT_GT(exact, 0);
}

/// `instance` with three vehicle types: small and cheap per distance, medium, large with a high unit cost.
Instance with_vehicle_types(const Instance& instance) {
    InstanceData data = instance.data();
    const Cost capacity = data.capacity;
    VehicleType small, medium, large;
    small.count = 2, small.capacity = capacity / 2, small.fixed_cost = 40, small.unit_distance_cost = 1;
    medium.count = 3, medium.capacity = capacity, medium.fixed_cost = 100, medium.unit_distance_cost = 2;
    large.count = 4, large.capacity = 2 * capacity, large.fixed_cost = 0, large.unit_distance_cost = 3;
    data.vehicle_types = {small, medium, large};
    return Instance(std::move(data));
}

/// `instance` with nodes 1 and 2 turned into depots and the vehicle-level variants on top of
/// with_vehicle_types: each type at its own depot (one of them, when `open_ends`, returning to another),
/// its own duration limit, a shift for the medium type, and allowed clients for the small and large types
/// (each missing about a third of the clients).
Instance with_vehicle_variants(const Instance& instance, bool open_ends, Rng& rng) {
    InstanceData data = with_vehicle_types(instance).data();
    data.num_depots = 3;
    for (int depot = 1; depot < 3; ++depot) {
        const auto d = static_cast<std::size_t>(depot);
        data.demand[d] = 0;
        if (!data.pickup.empty()) data.pickup[d] = 0;
        if (!data.service.empty()) data.service[d] = 0;
        if (!data.windows.empty()) data.windows[d] = data.windows[0];
    }
    std::vector<VehicleType>& types = data.vehicle_types;
    for (int t = 0; t < 3; ++t)
        types[static_cast<std::size_t>(t)].start_depot = types[static_cast<std::size_t>(t)].end_depot = t;
    if (open_ends) types[2].end_depot = 0;
    if (data.max_route_duration < kUnlimited) {
        types[0].max_duration = data.max_route_duration / 2;
        types[1].max_duration = data.max_route_duration;
        types[2].max_duration = 2 * data.max_route_duration;
        types[1].shift = {20, 450};
    }
    for (const int t : {0, 2})
        for (int client = 3; client < data.num_nodes; ++client)
            if (uniform_below(rng, 3) != 0)
                types[static_cast<std::size_t>(t)].allowed_clients.push_back(client);
    return Instance(std::move(data));
}

/// Random valid moves of `Op` on typed routes of random instances (with and without time windows): the
/// bound never exceeds the delta (equals it without time), and every fifth move is applied and its delta
/// compared with the recomputed penalized cost of the whole solution. With `variants`, on
/// with_vehicle_variants instances (several depots, per-type limits and shifts, allowed clients), every third
/// with pickups too (load profiles priced between the type's depots).
template <class Op, class Generator>
void check_typed_moves(Generator generate, bool variants = false) {
    long long applied = 0;
    for (int seed = 1; seed <= scaled(30); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed) * 7919 + 11);
        RandomInstanceOptions options;
        options.nodes = uniform_between(rng, 6, 40);
        const bool timed = seed % 2 == 0;
        options.windows = options.duration_limit = timed;
        options.asymmetric = seed % 3 != 0;
        if (variants && seed % 3 == 2) options.pickups = RandomInstanceOptions::Pickups::simultaneous;
        const Instance plain = random_instance(static_cast<std::uint64_t>(seed) * 31 + 7, options);
        const Instance instance =
            variants ? with_vehicle_variants(plain, seed % 4 == 1, rng) : with_vehicle_types(plain);
        const PenaltyWeights weights{uniform_between(rng, 1, 30), uniform_between(rng, 1, 30),
                                     uniform_between(rng, 1, 30)};
        const Solution routes = random_solution(instance, uniform_between(rng, 1, 7), rng);
        Solution solution = assign_vehicle_types(instance, routes.routes, CostEvaluator(instance, weights));
        SearchState state(instance);
        state.load(solution, weights, 0, false);
        ASSERT_EQ(state.total_cost(), penalized_cost(instance, solution, weights));
        Op op(state);
        for (int attempt = 0; attempt < scaled(300); ++attempt) {
            const auto move = generate(state, rng);
            if (!op.valid(move)) continue;
            const Cost delta = op.evaluate(move);
            if constexpr (requires { op.lower_bound(move); }) {  // SWAP* has none
                const Cost bound = op.lower_bound(move);
                ASSERT_LE(bound, delta) << "seed " << seed << ", attempt " << attempt;
                if (!timed && !variants) {
                    ASSERT_EQ(bound, delta) << "seed " << seed << ", attempt " << attempt;
                }
            }
            if (attempt % 5 != 0) continue;
            const Cost before = penalized_cost(instance, state.solution(), weights);
            op.apply(move);
            ++applied;
            ASSERT_EQ(penalized_cost(instance, state.solution(), weights) - before, delta)
                << "seed " << seed << ", attempt " << attempt;
            ASSERT_EQ(state.total_cost(), penalized_cost(instance, state.solution(), weights));
        }
    }
    // At least one in twelve of the every-fifth attempts applied (150 of 1,800 unscaled): a floor that
    // scales with the attempts, so the sanitizer run's fewer seeds and attempts keep the same proportion.
    EXPECT_GT(applied, scaled(30) * scaled(300) / 5 / 12);
}

// The shared segment-move generator with `same_route` fixed: the checks take a (state, rng) generator.
auto segment_moves(bool same_route) {
    return [same_route](const SearchState& s, Rng& rng) {
        return testing::random_segment_move(s, rng, same_route);
    };
}

TEST(HeuristicsMoveBound, SegmentMovesNeverExceedTheDelta) {
    check_bound<Relocate>(segment_moves(false));
    check_bound<OrOpt>(segment_moves(true));
}

TEST(HeuristicsMoveBound, SwapNeverExceedsTheDelta) {
    check_bound<Swap>(random_swap);
}

VehicleSwapMove random_vehicle_swap(const SearchState& s, Rng& rng) {
    return VehicleSwapMove{random_route(s, rng), random_route(s, rng)};
}

TEST(HeuristicsMoveBound, TwoOptNeverExceedsTheDelta) {
    check_bound<TwoOpt>(random_two_opt);
    check_bound<TwoOptStar>(random_two_opt_star);
}

TEST(HeuristicsVehicleTypes, SegmentMovesPriceEachRouteWithItsType) {
    check_typed_moves<Relocate>(segment_moves(false));
    check_typed_moves<OrOpt>(segment_moves(true));
}

TEST(HeuristicsVehicleTypes, SwapsAndTailExchangesPriceEachRouteWithItsType) {
    check_typed_moves<Swap>(random_swap);
    check_typed_moves<TwoOptStar>(random_two_opt_star);
}

TEST(HeuristicsVehicleTypes, VehicleSwapsChangeRouteTypes) {
    check_typed_moves<VehicleSwap>(random_vehicle_swap);
}

TEST(HeuristicsVehicleVariants, EveryMoveIsPricedBetweenItsTypesDepotsWithItsLimits) {
    check_typed_moves<Relocate>(segment_moves(false), true);
    check_typed_moves<OrOpt>(segment_moves(true), true);
    check_typed_moves<Swap>(random_swap, true);
    check_typed_moves<TwoOpt>(random_two_opt, true);
    check_typed_moves<TwoOptStar>(random_two_opt_star, true);
    check_typed_moves<SwapStar>(testing::random_swap_star, true);
    check_typed_moves<VehicleSwap>(random_vehicle_swap, true);
}

// With reloads a route's deliveries are spread over its trips, each within the capacity: a vehicle swap's
// bound that priced a route's whole delivery against one vehicle's capacity would exceed the exact delta and
// skip improving swaps.
TEST(HeuristicsVehicleTypes, VehicleSwapBoundHoldsAcrossReloads) {
    long long checked = 0, over_capacity = 0;
    for (int seed = 1; seed <= scaled(20); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed) * 613 + 1);
        RandomInstanceOptions options;
        options.nodes = uniform_between(rng, 10, 30);
        options.windows = options.duration_limit = seed % 2 == 0;
        InstanceData data =
            with_vehicle_types(random_instance(static_cast<std::uint64_t>(seed) * 37 + 2, options)).data();
        for (VehicleType& type : data.vehicle_types) type.reload_depots = {0};
        const Instance instance(std::move(data));
        const Solution solution = testing::random_trips(instance, 3, rng);
        const PenaltyWeights weights{uniform_between(rng, 1, 30), uniform_between(rng, 1, 30),
                                     uniform_between(rng, 1, 30)};
        SearchState state(instance);
        state.load(solution, weights, 0, false);
        VehicleSwap op(state);
        for (int attempt = 0; attempt < scaled(200); ++attempt) {
            const VehicleSwapMove move = random_vehicle_swap(state, rng);
            if (!op.valid(move)) continue;
            ++checked;
            const RouteData& a = state.route(move.route_a);
            const RouteData& b = state.route(move.route_b);
            if (a.load() > instance.vehicle_types()[static_cast<std::size_t>(b.type)].capacity ||
                b.load() > instance.vehicle_types()[static_cast<std::size_t>(a.type)].capacity)
                ++over_capacity;
            ASSERT_LE(op.lower_bound(move), op.evaluate(move)) << "seed " << seed << ", attempt " << attempt;
        }
    }
    EXPECT_GT(over_capacity, checked / 10);  // routes whose trips together carry more than one vehicle holds
}

TEST(HeuristicsVehicleTypes, OneEmptyRouteIsKeptPerTypeWithVehiclesLeft) {
    RandomInstanceOptions options;
    options.nodes = 12;
    options.windows = options.duration_limit = false;
    const Instance instance = with_vehicle_types(random_instance(5, options));
    const PenaltyWeights weights{10, 1, 1};
    // Two routes on the two small vehicles: small has none left, medium and large one empty route each.
    Solution solution{{{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10, 11}}};
    SearchState state(instance);
    state.load(solution, weights, 0, false);
    ASSERT_EQ(state.empty_routes().size(), 2u);
    EXPECT_EQ(state.route(state.empty_routes()[0]).type, 1);
    EXPECT_EQ(state.route(state.empty_routes()[1]).type, 2);
    EXPECT_EQ(state.solution(), solution);
    // Route 0 onto a large vehicle (vehicle 5): the small type has a vehicle left again, the large type a
    // new empty route.
    VehicleSwap swap(state);
    swap.apply(VehicleSwapMove{0, state.empty_routes()[1]});
    const Solution moved = state.solution();
    ASSERT_EQ(moved.routes.size(), 6u);
    EXPECT_EQ(moved.routes[0], (Route{6, 7, 8, 9, 10, 11}));  // the small type's first vehicle
    EXPECT_EQ(moved.routes[5], (Route{1, 2, 3, 4, 5}));
    std::vector<int> empty_types;
    for (int r : state.empty_routes()) empty_types.push_back(state.route(r).type);
    EXPECT_EQ(empty_types, (std::vector<int>{0, 1, 2}));
}

}  // namespace
}  // namespace routekit
