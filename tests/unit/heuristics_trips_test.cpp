// Multi-trip routes with release times (PyVRP's MTVRPTWR): on real family files, every operator's delta
// across reloads equals the change of the penalized cost recomputed by the model (model/penalty.cpp over
// the checker's timing), reloads inserted and removed included; the search reaches the optimum of small
// hand-made instances found by enumeration, solves family files to solutions the checker calls feasible,
// and repeats itself for a fixed seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/reloads.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/heuristics_delta_check.hpp"
#include "tests/unit/heuristics_random_moves.hpp"
#include "tests/unit/heuristics_random_trips.hpp"
#include "tests/unit/solver_enumeration.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

using testing::uniform_between;

const std::filesystem::path kFamily =
    std::filesystem::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp" / "MTVRPTWR";

Instance family_instance(const std::string& name) {
    return read_instance((kFamily / (name + ".vrp")).string());
}

using testing::random_trips;

template <class Op, class Generator>
void check_deltas(Generator generate, int moves_per_file) {
    long long checked = 0;
    long long across_reloads = 0;
    int seed = 0;
    for (const char* name : {"C201R0.25", "R202R0.5", "RC205R0.5", "C2_2_01R0.5"}) {
        ++seed;
        const Instance instance = family_instance(name);
        Rng rng(static_cast<std::uint64_t>(seed) * 977);
        const PenaltyWeights weights{1 + uniform_between(rng, 0, 20), 1 + uniform_between(rng, 0, 20), 1};
        SearchState state(instance);
        ASSERT_TRUE(state.trips());
        state.load(random_trips(instance, 3 + seed, rng), weights, instance.fleet(), false);
        auto reloads_kept = [&](const Solution& before, const Solution& after) {
            int reloads = 0;
            for (const Route& route : before.routes)
                reloads += static_cast<int>(std::count(route.begin(), route.end(), 0));
            across_reloads += reloads > 0 ? 1 : 0;
            for (const Violation& v : check_solution(instance, after).violations) {
                EXPECT_NE(v.kind, ViolationKind::missing_client);
                EXPECT_NE(v.kind, ViolationKind::repeated_client);
                EXPECT_NE(v.kind, ViolationKind::reload);
            }
        };
        checked += testing::check_random_deltas<Op>(
            state, weights, rng, {moves_per_file, moves_per_file * 20, 5}, generate, reloads_kept);
        ASSERT_FALSE(::testing::Test::HasFailure()) << name;
    }
    EXPECT_GT(checked, 4LL * moves_per_file / 2);
    EXPECT_GT(across_reloads, checked / 2);
}

using testing::random_client_position;
using testing::random_route;

constexpr int kTripMoves = 150;

TEST(HeuristicsTrips, RelocateAndOrOptDeltasAreExact) {
    check_deltas<Relocate>(
        [](const SearchState& s, Rng& rng) { return testing::random_segment_move(s, rng, false); },
        kTripMoves);
    check_deltas<OrOpt>(
        [](const SearchState& s, Rng& rng) { return testing::random_segment_move(s, rng, true); },
        kTripMoves);
}

TEST(HeuristicsTrips, SwapAndTwoOptDeltasAreExact) {
    check_deltas<Swap>(testing::random_swap, kTripMoves);
    check_deltas<TwoOpt>(testing::random_two_opt, kTripMoves);
    check_deltas<TwoOptStar>(testing::random_two_opt_star, kTripMoves);
    check_deltas<SwapStar>(testing::random_swap_star, kTripMoves);
}

TEST(HeuristicsTrips, ReloadInsertionAndRemovalDeltasAreExact) {
    check_deltas<Reloads>(
        [](const SearchState& s, Rng& rng) {
            ReloadMove m;
            m.route = random_route(s, rng);
            m.position = random_client_position(s, m.route, rng);
            m.depot = uniform_between(rng, 0, 1) == 0 ? -1 : 0;
            return m;
        },
        kTripMoves);
}

// ---- the search -----------------------------------------------------------------------------------------

/// Six clients on a line and a cross, one vehicle of capacity `capacity` (or two), release times that
/// make the order of the trips matter; windows wide enough that every order is feasible.
Instance small_trips(std::uint64_t seed, int vehicles) {
    Rng rng(seed);
    InstanceData data;
    data.name = "small-trips-" + std::to_string(seed);
    data.kind = ProblemKind::vrptw;
    data.num_nodes = 7;
    for (int i = 0; i < data.num_nodes; ++i)
        data.coordinates.push_back({static_cast<double>(uniform_between(rng, 0, 40)),
                                    static_cast<double>(uniform_between(rng, 0, 40))});
    data.distance_function = DistanceFunction::euc_2d;
    data.demand = {0};
    data.release = {0};
    data.service = {0};
    data.windows = {{0, 10000}};
    for (int i = 1; i < data.num_nodes; ++i) {
        data.demand.push_back(uniform_between(rng, 1, 5));
        data.release.push_back(uniform_between(rng, 0, 150));
        data.service.push_back(5);
        data.windows.push_back({0, 10000});
    }
    VehicleType vehicle;
    vehicle.count = vehicles;
    vehicle.capacity = 8;
    vehicle.reload_depots = {0};
    data.vehicle_types = {vehicle};
    return Instance(std::move(data));
}

using testing::quick;

TEST(SolverTrips, SmallInstancesReachTheEnumeratedOptimum) {
    int with_reloads = 0;
    for (const auto& [seed, vehicles] : {std::pair{1, 1}, std::pair{2, 1}, std::pair{3, 2}}) {
        const Instance instance = small_trips(static_cast<std::uint64_t>(seed), vehicles);
        const Cost optimum = testing::enumerated_optimum(instance, vehicles, true);
        ASSERT_LT(optimum, kUnlimited);
        const Result result = solve(instance, quick(300));
        const CheckReport report = check_solution(instance, result.solution);
        ASSERT_TRUE(report.feasible) << "seed " << seed;
        EXPECT_EQ(report.cost, optimum) << "seed " << seed;
        for (const Route& route : result.solution.routes)
            with_reloads += std::count(route.begin(), route.end(), 0) > 0 ? 1 : 0;
    }
    EXPECT_GT(with_reloads, 0);  // the capacity makes trips necessary
}

TEST(SolverTrips, FamilyFilesSolveToCheckedFeasibleSolutions) {
    for (const char* name : {"C201R0.25", "R201R0.5", "RC201R0.5"}) {
        const Instance instance = family_instance(name);
        const Result result = solve(instance, quick(100));
        const CheckReport report = check_solution(instance, result.solution);
        EXPECT_TRUE(report.feasible) << name;
        EXPECT_TRUE(result.feasible) << name;
        EXPECT_EQ(report.cost, result.cost) << name;
        int reloads = 0;
        for (const Route& route : result.solution.routes)
            reloads += static_cast<int>(std::count(route.begin(), route.end(), 0));
        EXPECT_GT(reloads, 0) << name;  // the fleet alone cannot carry the demand
    }
}

TEST(SolverTrips, AFixedSeedGivesTheSameSolution) {
    const Instance instance = family_instance("R202R0.25");
    const Result first = solve(instance, quick(60, 7));
    const Result second = solve(instance, quick(60, 7));
    EXPECT_EQ(first.solution, second.solution);
    EXPECT_EQ(first.cost, second.cost);
}

}  // namespace
}  // namespace routekit
