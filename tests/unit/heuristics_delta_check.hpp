#pragma once
// The exactness check of the operator tests: random valid moves on a loaded search state, each predicted
// delta compared with the change of the penalized cost the model recomputes from scratch
// (model/penalty.cpp), and each bounded evaluation with the exact one.
#include <gtest/gtest.h>

#include <algorithm>

#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"

namespace routekit::testing {

struct DeltaCheck {
    int moves = 150;      ///< valid moves to check
    int attempts = 3000;  ///< moves drawn at the most (invalid ones are skipped)
    int apply_every = 4;  ///< every so many checked moves is applied, so that the state wanders
};

/// Checks up to `check.moves` valid moves of `Op` drawn by `generate(state, rng)` on `state` (loaded with
/// `weights`): delta == recomputed change, the state's total after the move == the model's, and a bounded
/// evaluation (bound 0) exact when below the bound and below it whenever the move improves.
/// `observe(before, after)` sees each pair of solutions. Returns how many moves were checked.
template <class Op, class Generator, class Observe>
int check_random_deltas(SearchState& state, const PenaltyWeights& weights, Rng& rng, const DeltaCheck& check,
                        Generator generate, Observe observe) {
    const Instance& instance = state.instance();
    EXPECT_EQ(state.total_cost(), penalized_cost(instance, state.solution(), weights));
    Op op(state);
    int done = 0;
    for (int attempt = 0; attempt < check.attempts && done < check.moves; ++attempt) {
        const auto move = generate(state, rng);
        if (!op.valid(move)) continue;
        ++done;
        const Solution before = state.solution();
        const Cost delta = op.evaluate(move);
        SearchState after_state = state;
        Op after_op(after_state);
        after_op.apply(move);
        const Solution after = after_state.solution();
        const Cost expected =
            penalized_cost(instance, after, weights) - penalized_cost(instance, before, weights);
        EXPECT_EQ(delta, expected) << instance.name() << ", move " << done;
        EXPECT_EQ(after_state.total_cost(), penalized_cost(instance, after, weights));
        const Cost bounded = op.evaluate(move, 0);
        if (bounded < 0) {
            EXPECT_EQ(bounded, delta);
        }
        if (delta < 0) {
            EXPECT_LT(bounded, 0);
        }
        if (delta != expected || ::testing::Test::HasFailure()) return done;
        observe(before, after);
        if (done % check.apply_every == 0) {
            op.apply(move);
            EXPECT_EQ(state.total_cost(), penalized_cost(instance, state.solution(), weights));
        }
    }
    return done;
}

/// The start of check_deltas_where_binding by default: the clients in six random routes.
struct SixRandomRoutes {
    Solution operator()(const Instance& instance, Rng& rng) const {
        return random_solution(instance, 6, rng);
    }
};

/// check_random_deltas for `Op` on four instances `make(seed)` (seeds 1-4), each from `start(instance,
/// rng)` (six random routes unless given), where `binds(instance, route, type)` says whether the constraint
/// under test is violated on a route of a vehicle of `type`: more than 400 moves checked, more than half
/// with the constraint violated before or after.
template <class Op, class Make, class Binds, class Generator, class Start = SixRandomRoutes>
void check_deltas_where_binding(Make make, Binds binds, Generator generate, Start start = {}) {
    long long checked = 0;
    long long binding = 0;
    for (int seed = 1; seed <= 4; ++seed) {
        const Instance instance = make(seed);
        Rng rng(static_cast<std::uint64_t>(seed) * 7919);
        const PenaltyWeights weights{1 + uniform_between(rng, 0, 9), 1 + uniform_between(rng, 0, 9),
                                     1 + uniform_between(rng, 0, 9)};
        auto count_binding = [&](const Solution& before, const Solution& after) {
            bool any = false;
            for (const Solution* solution : {&before, &after})
                for (std::size_t k = 0; k < solution->routes.size(); ++k) {
                    const int type = std::max(instance.vehicle_type_of_route(static_cast<int>(k)), 0);
                    any = any || binds(instance, solution->routes[k], type);
                }
            binding += any ? 1 : 0;
        };
        SearchState state(instance);
        const Solution first = start(instance, rng);
        state.load(first, weights, static_cast<int>(first.routes.size()), false);
        checked += check_random_deltas<Op>(state, weights, rng, {}, generate, count_binding);
    }
    EXPECT_GT(checked, 400);
    EXPECT_GT(binding, checked / 2);
}

/// check_deltas_where_binding for every route operator: Relocate, OrOpt, Swap, 2-opt, 2-opt*, SWAP*.
template <class Make, class Binds, class Start = SixRandomRoutes>
void check_every_operator_where_binding(Make make, Binds binds, Start start = {}) {
    check_deltas_where_binding<Relocate>(
        make, binds, [](const SearchState& s, Rng& rng) { return random_segment_move(s, rng, false); },
        start);
    check_deltas_where_binding<OrOpt>(
        make, binds, [](const SearchState& s, Rng& rng) { return random_segment_move(s, rng, true); }, start);
    check_deltas_where_binding<Swap>(make, binds, random_swap, start);
    check_deltas_where_binding<TwoOpt>(make, binds, random_two_opt, start);
    check_deltas_where_binding<TwoOptStar>(make, binds, random_two_opt_star, start);
    check_deltas_where_binding<SwapStar>(make, binds, random_swap_star, start);
}

}  // namespace routekit::testing
