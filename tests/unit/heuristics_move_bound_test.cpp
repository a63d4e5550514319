// Property tests of the operators' O(1) lower bounds, which the local search uses to skip moves without
// building their proposals: for random valid moves the bound never exceeds the exact delta (so no
// improving move is skipped), and without time windows or a duration limit it equals the delta.
#include <gtest/gtest.h>

#include "heuristics/operators/or_opt.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/two_opt.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/search_state.hpp"
#include "tests/unit/heuristics_random_instance.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::random_solution;
using testing::RandomInstanceOptions;
using testing::scaled;

int between(Rng& rng, int low, int high) {
    return low +
           static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(std::max(1, high - low + 1))));
}

/// Random valid moves of `Op` over a range of random instances (asymmetric, with and without time);
/// every tenth move is applied so the routes wander and their loads exceed the capacity.
template <class Op, class Generator>
void check_bound(Generator generate) {
    long long checked = 0;
    long long exact = 0;
    for (int seed = 1; seed <= scaled(40); ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed) * 977 + 3);
        RandomInstanceOptions options;
        options.nodes = between(rng, 5, 50);
        const bool timed = seed % 2 == 0;
        options.windows = options.duration_limit = timed;
        options.asymmetric = seed % 3 != 0;
        const Instance instance = random_instance(static_cast<std::uint64_t>(seed) * 131 + 5, options);
        const PenaltyWeights weights{between(rng, 1, 30), between(rng, 1, 30), between(rng, 1, 30)};
        const Solution solution = random_solution(instance, between(rng, 1, options.nodes / 3 + 1), rng);
        SearchState state(instance);
        state.load(solution, weights, solution.num_nonempty_routes() + between(rng, 0, 2), false);
        ASSERT_TRUE(state.bounds_usable());
        Op op(state);
        for (int attempt = 0; attempt < scaled(400); ++attempt) {
            const auto move = generate(state, rng);
            if (!op.valid(move)) continue;
            ++checked;
            const Cost delta = op.evaluate(move);
            const Cost bound = op.lower_bound(move);
            ASSERT_LE(bound, delta) << "seed " << seed << ", attempt " << attempt;
            if (!timed) {
                ASSERT_EQ(bound, delta) << "seed " << seed << ", attempt " << attempt;
                ++exact;
            }
            if (attempt % 10 == 0) op.apply(move);
        }
    }
    EXPECT_GT(checked, scaled(40) * scaled(400) / 10);
    EXPECT_GT(exact, 0);
}

int random_route(const SearchState& s, Rng& rng) {
    return between(rng, 0, s.num_routes() - 1);
}
int random_client(const SearchState& s, int route, Rng& rng) {
    return between(rng, 1, std::max(1, s.route(route).num_clients()));
}

TEST(HeuristicsMoveBound, SegmentMovesNeverExceedTheDelta) {
    auto generate = [](bool same_route) {
        return [same_route](const SearchState& s, Rng& rng) {
            SegmentMove m;
            m.from_route = random_route(s, rng);
            m.to_route = same_route ? m.from_route : random_route(s, rng);
            m.first = random_client(s, m.from_route, rng);
            m.length = between(rng, 1, 3);
            m.reversed = between(rng, 0, 1) == 1;
            m.after = between(rng, 0, s.route(m.to_route).last() - 1);
            return m;
        };
    };
    check_bound<Relocate>(generate(false));
    check_bound<OrOpt>(generate(true));
}

TEST(HeuristicsMoveBound, SwapNeverExceedsTheDelta) {
    check_bound<Swap>([](const SearchState& s, Rng& rng) {
        SwapMove m;
        m.route_a = random_route(s, rng);
        m.route_b = between(rng, 0, 2) == 0 ? m.route_a : random_route(s, rng);
        m.first_a = random_client(s, m.route_a, rng);
        m.first_b = random_client(s, m.route_b, rng);
        m.length_a = between(rng, 1, 2);
        m.length_b = between(rng, 1, 2);
        return m;
    });
}

TEST(HeuristicsMoveBound, TwoOptNeverExceedsTheDelta) {
    check_bound<TwoOpt>([](const SearchState& s, Rng& rng) {
        TwoOptMove m;
        m.route = random_route(s, rng);
        m.first = random_client(s, m.route, rng);
        m.last = random_client(s, m.route, rng);
        return m;
    });
    check_bound<TwoOptStar>([](const SearchState& s, Rng& rng) {
        TwoOptStarMove m;
        m.route_a = random_route(s, rng);
        m.route_b = random_route(s, rng);
        m.pos_a = between(rng, 0, s.route(m.route_a).last() - 1);
        m.pos_b = between(rng, 0, s.route(m.route_b).last() - 1);
        m.reversed = between(rng, 0, 1) == 1;
        return m;
    });
}

}  // namespace
}  // namespace routekit
