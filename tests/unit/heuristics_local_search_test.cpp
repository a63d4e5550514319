// The descent ends in a true local optimum: a brute-force enumeration of every operator's moves within
// the granular neighbourhood finds nothing that improves, and the checker agrees with the search's cost.
#include <gtest/gtest.h>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/penalty.hpp"
#include "tests/unit/heuristics_random_instance.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::random_solution;
using testing::RandomInstanceOptions;
using testing::scaled;

/// Every improving move the driver's neighbourhoods contain, counted by brute force.
int improving_moves(const Instance& instance, const Solution& solution, const PenaltyWeights& weights,
                    const LocalSearchParams& params) {
    SearchState state(instance);
    const bool single = instance.single_vehicle();
    const int slots = single                     ? 1
                      : instance.fleet_limited() ? instance.fleet()
                                                 : solution.num_nonempty_routes() + 1;
    state.load(solution, weights, slots, !single && !instance.fleet_limited());
    Relocate relocate(state);
    OrOpt or_opt(state);
    Swap swap(state);
    TwoOpt two_opt(state);
    TwoOptStar two_opt_star(state);
    SwapStar swap_star(state);
    swap_star.price_time(params.swap_star_windows);
    int found = 0;
    auto check = [&](auto& op, const auto& move) {
        if (op.valid(move) && op.evaluate(move) < 0) ++found;
    };
    const auto neighbours = granular_neighbours(instance, params.granularity);
    for (int u = 1; u < instance.num_nodes(); ++u) {
        const int ru = state.route_of(u);
        const int pu = state.position_of(u);
        for (int v : neighbours[static_cast<std::size_t>(u)]) {
            const int rv = state.route_of(v);
            const int pv = state.position_of(v);
            for (int length = 1; length <= 3; ++length)
                for (bool reversed : {false, true})
                    for (int after = pv - 1; after <= pv; ++after) {
                        const SegmentMove move{ru, pu, length, reversed && length > 1, rv, after};
                        if (ru == rv)
                            check(or_opt, move);
                        else
                            check(relocate, move);
                    }
            for (int la = 1; la <= 2; ++la)
                for (int lb = 1; lb <= 2; ++lb) check(swap, SwapMove{ru, pu, la, rv, pv, lb});
            for (int da = 0; da <= 1; ++da)
                for (int db = 0; db <= 1; ++db) {
                    // Tails exchanged to join u->v or v->u; reversed to join u..v either way.
                    if (da + db == 1) check(two_opt_star, TwoOptStarMove{ru, pu - da, rv, pv - db, false});
                    if (da == db) check(two_opt_star, TwoOptStarMove{ru, pu - da, rv, pv - db, true});
                }
            if (ru == rv) {
                check(two_opt, TwoOptMove{ru, std::min(pu, pv) + 1, std::max(pu, pv)});
                check(two_opt, TwoOptMove{ru, std::min(pu, pv), std::max(pu, pv) - 1});
            }
        }
        if (state.empty_route() >= 0 && state.route(ru).num_clients() > 1)
            for (int length = 1; length <= 3; ++length)
                check(relocate, SegmentMove{ru, pu, length, false, state.empty_route(), 0});
    }
    if (params.swap_star && !single)
        for (int a = 0; a < state.num_routes(); ++a)
            for (int b = a + 1; b < state.num_routes(); ++b) {
                bool close = false;
                for (int u = 1; u < instance.num_nodes() && !close; ++u)
                    for (int v : neighbours[static_cast<std::size_t>(u)])
                        if (std::min(state.route_of(u), state.route_of(v)) == a &&
                            std::max(state.route_of(u), state.route_of(v)) == b)
                            close = true;
                if (!close) continue;
                if (const auto candidate = swap_star.best_candidate(a, b))
                    if (swap_star.evaluate(*candidate) < 0) ++found;
            }
    return found;
}

void expect_every_client_once(const Instance& instance, const Solution& solution) {
    for (const Violation& v : check_solution(instance, solution).violations) {
        EXPECT_NE(v.kind, ViolationKind::missing_client) << v.message;
        EXPECT_NE(v.kind, ViolationKind::repeated_client) << v.message;
        EXPECT_NE(v.kind, ViolationKind::fleet) << v.message;
    }
}

/// Instance options that vary with the seed: windows, duration limits and asymmetry in turn.
RandomInstanceOptions varied_options(int seed, int nodes) {
    RandomInstanceOptions options;
    options.nodes = nodes;
    options.windows = seed % 3 != 0;
    options.duration_limit = seed % 2 == 0;
    options.asymmetric = seed % 4 != 1;
    return options;
}

/// Penalty weights that vary with the seed.
PenaltyWeights varied_weights(int seed) {
    return {1 + seed % 7, 1 + seed % 5, 1 + seed % 3};
}

TEST(HeuristicsLocalSearch, DescentEndsInAGranularLocalOptimum) {
    for (int seed = 1; seed <= scaled(30); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed));
        RandomInstanceOptions options = varied_options(seed, 5 + static_cast<int>(uniform_below(rng, 56)));
        options.fleet = seed % 5 == 0 ? options.nodes : 0;
        const Instance instance = random_instance(static_cast<std::uint64_t>(seed) * 101, options);
        const PenaltyWeights weights = varied_weights(seed);
        LocalSearchParams params{4 + seed % 12, seed % 2 == 0, nullptr};
        // Every other SWAP* run with the time-aware estimate: the descent ends where that estimate finds
        // nothing.
        params.swap_star_windows = seed % 4 == 0;
        LocalSearch search(instance, params);
        Solution solution = random_solution(instance, 1 + options.nodes / 6, rng);
        const Cost start = penalized_cost(instance, solution, weights);
        search.run(solution, weights, rng);
        expect_every_client_once(instance, solution);
        EXPECT_LE(penalized_cost(instance, solution, weights), start);
        EXPECT_EQ(improving_moves(instance, solution, weights, params), 0) << "seed " << seed;
        // The checker's view agrees with the search's: a penalized cost equal to the distance means feasible.
        const CheckReport report = check_solution(instance, solution);
        EXPECT_EQ(report.cost, solution_distance(instance, solution));
        EXPECT_EQ(report.feasible, penalized_cost(instance, solution, weights) == report.cost)
            << "seed " << seed;
        std::uint64_t evaluations = 0;
        for (const OperatorStats& s : search.stats()) evaluations += s.evaluations;
        EXPECT_GT(evaluations, 0u);
    }
}

// Routes kept from a local optimum need no second look at each other: skipping their pairs changes nothing
// in the descent (same moves, same result, still a full granular local optimum), it only saves evaluations.
TEST(HeuristicsLocalSearch, SettledRoutesAreSkippedWithoutChangingTheDescent) {
    int compared = 0;
    std::uint64_t all_full = 0, all_skipping = 0;
    for (int seed = 1; seed <= scaled(30); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed));
        const RandomInstanceOptions options =
            varied_options(seed, 30 + static_cast<int>(uniform_below(rng, 50)));
        const Instance instance = random_instance(static_cast<std::uint64_t>(seed) * 37, options);
        const PenaltyWeights weights = varied_weights(seed);
        const LocalSearchParams params{6 + seed % 10, seed % 2 == 0, nullptr};
        LocalSearch search(instance, params);
        Solution optimum = random_solution(instance, 2 + options.nodes / 8, rng);
        search.run(optimum, weights, rng);
        if (optimum.routes.size() < 3) continue;
        // A child: the optimum with its first two routes' clients dealt anew between them, an empty route
        // placed first (settled flags index solution.routes, empty ones included).
        Solution child = optimum;
        Route pooled = child.routes[0];
        pooled.insert(pooled.end(), child.routes[1].begin(), child.routes[1].end());
        portable_shuffle(pooled.begin(), pooled.end(), rng);
        child.routes[0].assign(pooled.begin(), pooled.begin() + static_cast<long>(pooled.size() / 2));
        child.routes[1].assign(pooled.begin() + static_cast<long>(pooled.size() / 2), pooled.end());
        child.routes.insert(child.routes.begin(), Route{});
        std::vector<char> settled(child.routes.size(), 1);
        settled[0] = settled[1] = settled[2] = 0;
        Solution full = child;
        Solution skipping = child;
        Rng full_rng(static_cast<std::uint64_t>(seed) + 1000);
        Rng skipping_rng = full_rng;
        LocalSearch full_search(instance, params);
        LocalSearch skipping_search(instance, params);
        full_search.run(full, weights, full_rng);
        skipping_search.run(skipping, weights, skipping_rng, {}, settled);
        EXPECT_EQ(skipping, full) << "seed " << seed;
        EXPECT_EQ(improving_moves(instance, skipping, weights, params), 0) << "seed " << seed;
        std::uint64_t full_evaluations = 0, skipping_evaluations = 0;
        for (const OperatorStats& s : full_search.stats()) full_evaluations += s.evaluations;
        for (const OperatorStats& s : skipping_search.stats()) skipping_evaluations += s.evaluations;
        // Most skipped pairs fail the O(1) bound anyway, which the statistics do not count: fewer overall.
        EXPECT_LE(skipping_evaluations, full_evaluations) << "seed " << seed;
        all_full += full_evaluations;
        all_skipping += skipping_evaluations;
        ++compared;
    }
    EXPECT_GE(compared, scaled(30) / 2);
    EXPECT_LT(all_skipping, all_full);
}

// The focused descent (LocalSearchParams::focused_from) visits only the clients near routes that are not
// settled or changed since: it must still end in a full granular local optimum, never cost more than the
// child, and depend only on its inputs (not on what an earlier focused run left in the object).
TEST(HeuristicsLocalSearch, FocusedDescentEndsInAGranularLocalOptimum) {
    int compared = 0;
    for (int seed = 1; seed <= scaled(30); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed));
        const RandomInstanceOptions options =
            varied_options(seed, 30 + static_cast<int>(uniform_below(rng, 50)));
        const Instance instance = random_instance(static_cast<std::uint64_t>(seed) * 53, options);
        const PenaltyWeights weights = varied_weights(seed);
        LocalSearchParams params{6 + seed % 10, seed % 2 == 0, nullptr};
        LocalSearch search(instance, params);
        Solution optimum = random_solution(instance, 2 + options.nodes / 8, rng);
        search.run(optimum, weights, rng);
        if (optimum.routes.size() < 3) continue;
        // A child: the optimum's first two routes dealt anew, an empty route placed first.
        Solution child = optimum;
        Route pooled = child.routes[0];
        pooled.insert(pooled.end(), child.routes[1].begin(), child.routes[1].end());
        portable_shuffle(pooled.begin(), pooled.end(), rng);
        child.routes[0].assign(pooled.begin(), pooled.begin() + static_cast<long>(pooled.size() / 2));
        child.routes[1].assign(pooled.begin() + static_cast<long>(pooled.size() / 2), pooled.end());
        child.routes.insert(child.routes.begin(), Route{});
        std::vector<char> settled(child.routes.size(), 1);
        settled[0] = settled[1] = settled[2] = 0;
        params.focused_from = 1;
        LocalSearch fresh(instance, params);
        LocalSearch used(instance, params);
        Solution warmup = child;
        Rng other(static_cast<std::uint64_t>(seed) + 7);
        used.run(warmup, weights, other, {}, settled);  // must not change what the next run does
        Solution a = child, b = child;
        Rng rng_a(static_cast<std::uint64_t>(seed) + 1000), rng_b = rng_a;
        fresh.run(a, weights, rng_a, {}, settled);
        used.run(b, weights, rng_b, {}, settled);
        EXPECT_EQ(a, b) << "seed " << seed;
        expect_every_client_once(instance, a);
        EXPECT_LE(penalized_cost(instance, a, weights), penalized_cost(instance, child, weights));
        EXPECT_EQ(improving_moves(instance, a, weights, params), 0) << "seed " << seed;
        ++compared;
    }
    EXPECT_GE(compared, scaled(30) / 2);
}

TEST(HeuristicsLocalSearch, SingleVehicleToursUseIntraRouteMoves) {
    for (bool asymmetric : {false, true}) {
        RandomInstanceOptions options;
        options.nodes = 80;
        options.windows = false;
        options.duration_limit = false;
        options.asymmetric = asymmetric;
        options.separate_durations = false;
        InstanceData data = random_instance(asymmetric ? 5 : 6, options).data();
        data.kind = asymmetric ? ProblemKind::atsp : ProblemKind::tsp;
        data.demand.clear();
        data.capacity = kUnlimited;
        data.fleet = 1;
        const Instance instance(data);
        Solution solution = nearest_neighbour(instance);
        ASSERT_EQ(solution.routes.size(), 1u);
        const Cost start = solution_distance(instance, solution);
        LocalSearch search(instance);
        Rng rng(3);
        search.run(solution, PenaltyWeights{}, rng);
        ASSERT_EQ(solution.routes.size(), 1u);
        EXPECT_TRUE(check_solution(instance, solution).feasible);
        EXPECT_LT(solution_distance(instance, solution), start);
        EXPECT_EQ(improving_moves(instance, solution, PenaltyWeights{}, LocalSearchParams{}), 0);
    }
}

TEST(HeuristicsLocalSearch, RunDependsOnlyOnItsInputs) {
    RandomInstanceOptions options;
    options.nodes = 50;
    const Instance instance = random_instance(77, options);
    const PenaltyWeights weights{5, 5, 5};
    Rng start_rng(1);
    const Solution start = random_solution(instance, 6, start_rng);
    LocalSearch fresh(instance);
    LocalSearch used(instance);
    Solution warmup = start;
    Rng other(99);
    used.run(warmup, weights, other);  // an earlier run must not change what the next one does
    Solution a = start, b = start;
    Rng rng_a(42), rng_b(42);
    fresh.run(a, weights, rng_a);
    used.run(b, weights, rng_b);
    EXPECT_EQ(a, b);
}

// A stop request ends the descent early with a complete solution; a predicate that never fires changes
// nothing.
TEST(HeuristicsLocalSearch, StopsEarlyWhenAsked) {
    RandomInstanceOptions options;
    options.nodes = 200;
    const Instance instance = random_instance(78, options);
    const PenaltyWeights weights{5, 5, 5};
    Rng start_rng(1);
    const Solution start = random_solution(instance, 12, start_rng);
    LocalSearch local_search(instance);
    Solution full = start, never = start, stopped = start;
    Rng rng_full(3), rng_never(3), rng_stopped(3);
    local_search.run(full, weights, rng_full);
    int polls = 0;
    local_search.run(never, weights, rng_never, [&] { return ++polls < 0; });
    EXPECT_EQ(full, never);
    EXPECT_GT(polls, 0);
    polls = 0;
    local_search.run(stopped, weights, rng_stopped, [&] { return ++polls >= 2; });
    EXPECT_EQ(polls, 2);
    const CheckReport report = check_solution(instance, stopped);
    EXPECT_TRUE(std::none_of(report.violations.begin(), report.violations.end(), [](const Violation& v) {
        return v.kind == ViolationKind::missing_client || v.kind == ViolationKind::repeated_client;
    }));
    EXPECT_GT(penalized_cost(instance, stopped, weights), penalized_cost(instance, full, weights));
    EXPECT_LT(penalized_cost(instance, stopped, weights), penalized_cost(instance, start, weights));
}

TEST(HeuristicsLocalSearch, OpensAnotherRouteOnlyWhenTheFleetAllows) {
    RandomInstanceOptions options;
    options.nodes = 12;
    options.windows = false;
    options.duration_limit = false;
    for (int fleet : {0, 1, 3}) {
        InstanceData data = random_instance(9, options).data();
        data.fleet = fleet;
        const Instance instance(data);
        // Everything in one overloaded route; overload costs far more than any detour.
        Route all;
        for (int c = 1; c < instance.num_nodes(); ++c) all.push_back(c);
        Solution solution{{all}};
        LocalSearch search(instance);
        Rng rng(2);
        search.run(solution, PenaltyWeights{10000, 1, 1}, rng);
        if (fleet == 1) {
            EXPECT_EQ(solution.routes.size(), 1u);
        } else {
            EXPECT_TRUE(check_solution(instance, solution).feasible) << "fleet " << fleet;
            if (fleet > 0) {
                EXPECT_LE(static_cast<int>(solution.routes.size()), fleet);
            }
        }
    }
}

TEST(HeuristicsLocalSearch, DescentKeepsShippedInstancesFeasible) {
    // Penalties above any distance a move can save: a descent from a feasible start stays feasible, and
    // the checker's cost is the search's.
    for (const char* file : {"X-n106-k14.vrp", "C102.txt", "A034-02f.vrp", "CMT6.vrp"}) {
        const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/" + file);
        Cost longest = 0;
        for (int i = 0; i < instance.num_nodes(); ++i)
            for (int j = 0; j < instance.num_nodes(); ++j)
                longest = std::max(longest, instance.distance(i, j));
        const PenaltyWeights strict{8 * longest + 1, 8 * longest + 1, 8 * longest + 1};
        LocalSearch search(instance);
        for (const char* method : {"savings", "regret"}) {
            Solution solution = construct(instance, method);
            const Cost before = check_solution(instance, solution).cost;
            Rng rng(1);
            search.run(solution, strict, rng);
            const CheckReport report = check_solution(instance, solution);
            EXPECT_TRUE(report.feasible) << file << " " << method;
            EXPECT_LE(report.cost, before) << file << " " << method;
            EXPECT_EQ(report.cost, penalized_cost(instance, solution, strict)) << file << " " << method;
        }
    }
}

TEST(HeuristicsLocalSearch, TinyInstancesAndBadInput) {
    RandomInstanceOptions options;
    options.nodes = 2;
    const Instance one_client = random_instance(3, options);
    for (const char* method : {"nn", "savings", "regret"}) {
        Solution solution = construct(one_client, method);
        ASSERT_EQ(solution, (Solution{{{1}}})) << method;
        LocalSearch search(one_client);
        Rng rng(1);
        search.run(solution, PenaltyWeights{}, rng);
        EXPECT_EQ(solution, (Solution{{{1}}}));
    }
    options.nodes = 6;
    const Instance instance = random_instance(4, options);
    LocalSearch search(instance);
    Rng rng(1);
    Solution missing{{{1, 2, 3}, {4}}};
    EXPECT_THROW(search.run(missing, PenaltyWeights{}, rng), ParameterError);
    Solution repeated{{{1, 2, 3}, {4, 5, 1}}};
    EXPECT_THROW(search.run(repeated, PenaltyWeights{}, rng), ParameterError);
}

// A ruin child of the optimum of two_rays_with_a_prize that lost client 3 (the recreation left it out) keeps
// both routes as they were in the parent, settled: the descent must still offer 3 to them, or the child
// stays at 40 + 40 + 100.
TEST(HeuristicsLocalSearch, ALeftOutClientIsOfferedToSettledRoutes) {
    const Instance instance = testing::two_rays_with_a_prize();
    for (int granularity : {1, 2, 4}) {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            Solution child;
            child.routes = {{1, 2}, {4, 5}};
            LocalSearch search(instance, LocalSearchParams{granularity, true, nullptr});
            Rng rng(seed);
            search.run(child, PenaltyWeights{100, 1, 1}, rng, {}, std::vector<char>{1, 1});
            const CheckReport report = check_solution(instance, child);
            ASSERT_TRUE(report.feasible);
            EXPECT_EQ(report.cost, 100) << "granularity " << granularity << ", seed " << seed;
        }
    }
}

// Whichever routes are settled, a descent from the optimum stays there and one from the child reaches it.
TEST(HeuristicsLocalSearch, PrizeOptimumIsReachedWithOrWithoutSettledRoutes) {
    const Instance instance = testing::two_rays_with_a_prize();
    for (const std::vector<char>& settled : {std::vector<char>{0, 0}, std::vector<char>{1, 0},
                                             std::vector<char>{0, 1}, std::vector<char>{1, 1}}) {
        for (const std::vector<Route>& start :
             {std::vector<Route>{{1, 2}, {4, 5}}, std::vector<Route>{{1, 2, 3}, {4, 5}}}) {
            Solution solution;
            solution.routes = start;
            LocalSearch search(instance, LocalSearchParams{2, true, nullptr});
            Rng rng(7);
            search.run(solution, PenaltyWeights{100, 1, 1}, rng, {}, settled);
            EXPECT_EQ(check_solution(instance, solution).cost, 100);
        }
    }
}

}  // namespace
}  // namespace routekit
