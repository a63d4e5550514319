#pragma once
// The exactness check of the operator tests: random valid moves on a loaded search state, each predicted
// delta compared with the change of the penalized cost the model recomputes from scratch
// (model/penalty.cpp), and each bounded evaluation with the exact one.
#include <gtest/gtest.h>

#include "heuristics/search_state.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"

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

}  // namespace routekit::testing
