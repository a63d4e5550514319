// Property tests: for every operator and thousands of random moves on random asymmetric instances with
// capacities, time windows, duration limits, pickups (backhauls or simultaneous) and prizes, the evaluated
// delta equals the true change of the penalized cost recomputed from scratch (uncollected prizes included),
// and applying the move leaves the caches consistent.
#include <gtest/gtest.h>

#include "heuristics/operators/optional_clients.hpp"
#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/swap_star.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "tests/unit/heuristics_delta_check.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::random_solution;
using testing::RandomInstanceOptions;
using testing::scaled;
using testing::uniform_between;
using testing::uniform_index;

struct Scenario {
    Instance instance;
    PenaltyWeights weights;
    Solution solution;
    int slots;
};

Scenario make_scenario(std::uint64_t seed) {
    Rng rng(seed);
    RandomInstanceOptions options;
    options.nodes = 5 + uniform_index(rng, 56);
    options.windows = uniform_index(rng, 4) != 0;
    options.duration_limit = uniform_index(rng, 2) != 0;
    options.asymmetric = uniform_index(rng, 4) != 0;
    options.separate_durations = uniform_index(rng, 2) != 0;
    options.depot_service = uniform_index(rng, 3) == 0 ? 1 + uniform_index(rng, 20) : 0;
    // The client variants from a stream of their own: the classic scenarios stay what they were. A third
    // have pickups, half of those in backhaul order; a third have prizes (some with pickups too).
    Rng variants(seed * 104729 + 3);
    const int pickups = uniform_index(variants, 6);
    options.pickups = pickups == 0   ? RandomInstanceOptions::Pickups::backhauls
                      : pickups == 1 ? RandomInstanceOptions::Pickups::simultaneous
                                     : RandomInstanceOptions::Pickups::none;
    options.prizes = uniform_index(variants, 3) == 0;
    Instance instance = random_instance(seed * 7919 + 1, options);
    const PenaltyWeights weights{1 + uniform_index(rng, 30), 1 + uniform_index(rng, 30),
                                 1 + uniform_index(rng, 30)};
    Solution solution = random_solution(instance, 1 + uniform_index(rng, options.nodes / 3 + 1), rng);
    const int slots = solution.num_nonempty_routes() + uniform_index(rng, 3);
    return {std::move(instance), weights, std::move(solution), slots};
}

/// Checks `evaluate` against the recomputed change for `moves_per_seed` random valid moves of `Op` over a
/// range of seeds; every tenth valid move is applied so the search state wanders.
template <class Op, class Generator>
void check_operator(Generator generate, int seeds, int moves_per_seed) {
    long long checked = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
        const Scenario scenario = make_scenario(static_cast<std::uint64_t>(seed));
        const Instance& instance = scenario.instance;
        SearchState state(instance);
        state.load(scenario.solution, scenario.weights, scenario.slots, false);
        Rng rng(static_cast<std::uint64_t>(seed) * 31 + 7);
        // Every client still visited exactly once.
        auto each_once = [&](const Solution&, const Solution& after) {
            for (const Violation& v : check_solution(instance, after).violations) {
                EXPECT_NE(v.kind, ViolationKind::missing_client);
                EXPECT_NE(v.kind, ViolationKind::repeated_client);
            }
        };
        // Up to `moves_per_seed` per seed on average: a seed with few valid moves leaves room to the next.
        const auto quota = static_cast<int>(static_cast<long long>(seed) * moves_per_seed - checked);
        checked += testing::check_random_deltas<Op>(state, scenario.weights, rng,
                                                    {quota, moves_per_seed * 4, 10}, generate, each_once);
        ASSERT_FALSE(::testing::Test::HasFailure()) << "seed " << seed << ", n " << instance.num_nodes();
    }
    EXPECT_GT(checked, static_cast<long long>(seeds) * moves_per_seed / 2);
}

using testing::random_route;

const int kSeeds = scaled(40);
const int kMoves = scaled(100);

TEST(HeuristicsOperators, RelocateDeltaIsExact) {
    check_operator<Relocate>(
        [](const SearchState& s, Rng& rng) { return testing::random_segment_move(s, rng, false); }, kSeeds,
        kMoves);
}

TEST(HeuristicsOperators, OrOptDeltaIsExact) {
    check_operator<OrOpt>(
        [](const SearchState& s, Rng& rng) { return testing::random_segment_move(s, rng, true); }, kSeeds,
        kMoves);
}

TEST(HeuristicsOperators, SwapDeltaIsExact) {
    check_operator<Swap>(testing::random_swap, kSeeds, kMoves);
}

TEST(HeuristicsOperators, TwoOptDeltaIsExact) {
    check_operator<TwoOpt>(testing::random_two_opt, kSeeds, kMoves);
}

TEST(HeuristicsOperators, TwoOptStarDeltaIsExact) {
    check_operator<TwoOptStar>(testing::random_two_opt_star, kSeeds, kMoves);
}

TEST(HeuristicsOperators, SwapStarDeltaIsExact) {
    check_operator<SwapStar>(testing::random_swap_star, kSeeds, kMoves);
}

// Removing a served optional client or inserting a left-out one, behind the interface check_operator
// drives.
struct OptionalMove {
    bool insert = false;
    int client = 0;
    int route = 0;
    int after = 0;
    int length = 1;  ///< removal: the client and the length - 1 after it
};

class OptionalMoves {
  public:
    explicit OptionalMoves(SearchState& state) : state_(state), op_(state) {}
    bool valid(const OptionalMove& move) const {
        const Instance& instance = state_.instance();
        if (move.client <= 0 || move.client >= instance.num_nodes() || instance.required(move.client))
            return false;
        if (!move.insert) {
            if (state_.route_of(move.client) < 0) return false;
            const RouteData& route = state_.route(state_.route_of(move.client));
            const int first = state_.position_of(move.client);
            if (first + move.length - 1 > route.num_clients()) return false;
            for (int k = first; k < first + move.length; ++k)
                if (instance.required(route.node(k))) return false;
            return true;
        }
        return state_.route_of(move.client) < 0 && move.after >= 0 &&
               move.after < state_.route(move.route).last();
    }
    Cost evaluate(const OptionalMove& move, Cost bound = kUnlimited) {
        if (!move.insert) {
            if (move.length == 1) return op_.removal_delta(move.client);
            const int r = state_.route_of(move.client);
            const int first = state_.position_of(move.client);
            Cost prizes = 0;
            for (int k = first; k < first + move.length; ++k)
                prizes += state_.instance().prize(state_.route(r).node(k));
            return op_.segment_removal_delta(r, first, first + move.length - 1, prizes);
        }
        const InsertionMove insertion{move.client, move.route, move.after};
        const Cost delta = op_.insertion_delta(insertion, bound);
        // The O(1) bound never exceeds the delta.
        EXPECT_LE(op_.insertion_bound(insertion), delta);
        return delta;
    }
    void apply(const OptionalMove& move) {
        if (move.insert)
            op_.insert({move.client, move.route, move.after});
        else if (move.length == 1)
            op_.remove(move.client);
        else
            op_.remove_segment(state_.route_of(move.client), state_.position_of(move.client),
                               state_.position_of(move.client) + move.length - 1);
    }

  private:
    SearchState& state_;
    OptionalClients op_;
};

TEST(HeuristicsOperators, OptionalClientMovesAreExact) {
    check_operator<OptionalMoves>(
        [](const SearchState& s, Rng& rng) {
            // An optional client, left out or served as the move asks when there is one (the scenarios
            // without prizes have none: every move invalid, the others make up the count).
            OptionalMove m;
            m.insert = uniform_index(rng, 2) == 1;
            std::vector<int> candidates;
            for (int c = 1; c < s.instance().num_nodes(); ++c)
                if (!s.instance().required(c) && (s.route_of(c) < 0) == m.insert) candidates.push_back(c);
            m.client = candidates.empty() ? 0
                                          : candidates[static_cast<std::size_t>(
                                                uniform_index(rng, static_cast<int>(candidates.size())))];
            m.route = random_route(s, rng);
            m.after = uniform_between(rng, 0, s.route(m.route).last() - 1);
            m.length = uniform_index(rng, 2) == 0 ? 1 : uniform_between(rng, 2, 4);
            return m;
        },
        kSeeds, kMoves);
}

TEST(HeuristicsOperators, SwapStarCandidateIsPricedExactly) {
    // The candidate search estimates by distance and load, which on a CVRP without time constraints is the
    // whole penalized cost: each improving candidate's evaluation must equal, to the unit, the change of the
    // model's penalized cost when the move is applied, and be negative.
    int candidates = 0;
    for (int seed = 1; seed <= 20; ++seed) {
        RandomInstanceOptions options;
        options.nodes = 30;
        options.windows = false;
        options.duration_limit = false;
        const Instance instance = random_instance(static_cast<std::uint64_t>(seed), options);
        Rng rng(static_cast<std::uint64_t>(seed));
        const Solution start = random_solution(instance, 5, rng);
        const PenaltyWeights weights{10, 1, 1};
        for (int a = 0; a < 5; ++a)
            for (int b = a + 1; b < 5; ++b) {
                SearchState state(instance);
                state.load(start, weights, 5, false);
                SwapStar op(state);
                const auto candidate = op.best_candidate(a, b);
                if (!candidate) continue;
                ++candidates;
                ASSERT_TRUE(op.valid(*candidate));
                const Cost before = penalized_cost(instance, state.solution(), weights);
                const Cost delta = op.evaluate(*candidate);
                op.apply(*candidate);
                const Cost after = penalized_cost(instance, state.solution(), weights);
                EXPECT_EQ(delta, after - before) << "seed " << seed << " routes " << a << ", " << b;
                EXPECT_LT(delta, 0) << "seed " << seed << " routes " << a << ", " << b;
            }
    }
    EXPECT_GT(candidates, 20);
}

TEST(HeuristicsSearchState, TimePenaltyChangeMatchesTheModel) {
    // SWAP*'s time-aware estimate reads SearchState::time_penalty_change: for random or-opt moves within a
    // route (inner pieces, reversed or not) it must equal the change of the route's time-warp and duration
    // penalties recomputed from scratch.
    long long checked = 0;
    for (int seed = 1; seed <= kSeeds; ++seed) {
        const Scenario scenario = make_scenario(static_cast<std::uint64_t>(seed));
        const Instance& instance = scenario.instance;
        SearchState state(instance);
        state.load(scenario.solution, scenario.weights, scenario.slots, false);
        if (!state.time_matters()) continue;
        const CostEvaluator cost(instance, scenario.weights);
        auto time_penalty = [&](int r) {
            const RouteData& route = state.route(r);
            const Route clients(route.nodes.begin() + 1, route.nodes.end() - 1);
            const RouteCost timing = evaluate_route(instance, clients, route.type);
            return cost.penalized(
                RouteCost{.time_warp = timing.time_warp, .excess_duration = timing.excess_duration});
        };
        OrOpt op(state);
        Rng rng(static_cast<std::uint64_t>(seed) * 31 + 7);
        for (int k = 0; k < kMoves; ++k) {
            const SegmentMove move = testing::random_segment_move(state, rng, true);
            if (!op.valid(move)) continue;
            const Cost predicted = state.time_penalty_change(op.proposals(move).first);
            const Cost before = time_penalty(move.from_route);
            op.apply(move);
            EXPECT_EQ(predicted, time_penalty(move.from_route) - before) << "seed " << seed;
            ++checked;
        }
    }
    EXPECT_GT(checked, static_cast<long long>(kSeeds) * kMoves / 4);
}

TEST(HeuristicsSearchState, RouteCostsMatchTheModel) {
    // The segment algebra against route_timing, the reference, on many random routes with tight windows.
    for (int seed = 1; seed <= scaled(300); ++seed) {
        const Scenario scenario = make_scenario(static_cast<std::uint64_t>(seed) + 1000);
        SearchState state(scenario.instance);
        state.load(scenario.solution, scenario.weights, scenario.slots, false);
        ASSERT_EQ(state.total_cost(), penalized_cost(scenario.instance, scenario.solution, scenario.weights))
            << "seed " << seed;
    }
}

}  // namespace
}  // namespace routekit
