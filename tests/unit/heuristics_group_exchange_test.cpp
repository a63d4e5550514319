// Client groups in the local search: the group exchange's predicted delta equals the recomputed change of
// the penalized cost (uncollected prizes included) and its O(1) bound never exceeds it, on random instances
// with windows, duration limits, pickups and prizes whose clients are partly grouped; and the descent
// repairs a solution serving groups twice or not at all into one serving each exactly once.
#include <gtest/gtest.h>

#include "heuristics/operators/group_exchange.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/penalty.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/heuristics_random_moves.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::random_solution;
using testing::RandomInstanceOptions;
using testing::uniform_index;

// A random instance whose clients, shuffled, fall into groups of 1 to 4 members, about one in five left
// in no group.
Instance grouped_instance(std::uint64_t seed) {
    Rng rng(seed);
    RandomInstanceOptions options;
    options.nodes = 8 + uniform_index(rng, 50);
    options.windows = uniform_index(rng, 2) != 0;
    options.duration_limit = uniform_index(rng, 2) != 0;
    options.asymmetric = uniform_index(rng, 3) == 0;
    options.prizes = uniform_index(rng, 3) == 0;
    options.pickups = uniform_index(rng, 4) == 0 ? RandomInstanceOptions::Pickups::simultaneous
                                                 : RandomInstanceOptions::Pickups::none;
    InstanceData data = random_instance(seed * 7919 + 5, options).data();
    std::vector<int> clients;
    for (int c = data.num_depots; c < data.num_nodes; ++c) clients.push_back(c);
    portable_shuffle(clients.begin(), clients.end(), rng);
    for (std::size_t k = 0; k < clients.size();) {
        const auto size = static_cast<std::size_t>(1 + uniform_index(rng, 4));
        if (uniform_index(rng, 5) == 0) {
            ++k;
            continue;
        }
        data.groups.emplace_back(
            clients.begin() + static_cast<std::ptrdiff_t>(k),
            clients.begin() + static_cast<std::ptrdiff_t>(std::min(k + size, clients.size())));
        k += size;
    }
    return Instance(std::move(data));
}

// A random solution, then per group one served member kept (a random member put in a random route when
// none was served).
Solution one_member_each(const Instance& instance, Solution solution, Rng& rng) {
    std::vector<char> keep(static_cast<std::size_t>(instance.num_nodes()), 1);
    for (std::size_t g = 0; g < instance.groups().size(); ++g) {
        const std::vector<int>& group = instance.groups()[g];
        std::vector<int> served;
        for (const Route& route : solution.routes)
            for (int c : route)
                if (instance.group_of(c) == static_cast<int>(g)) served.push_back(c);
        if (served.empty()) {
            Route& route = solution.routes[uniform_below(rng, solution.routes.size())];
            route.insert(route.begin() + static_cast<std::ptrdiff_t>(uniform_below(rng, route.size() + 1)),
                         group[uniform_below(rng, group.size())]);
            continue;
        }
        const int kept = served[uniform_below(rng, served.size())];
        for (int c : served) keep[static_cast<std::size_t>(c)] = c == kept;
    }
    for (Route& route : solution.routes)
        std::erase_if(route, [&](int c) { return !keep[static_cast<std::size_t>(c)]; });
    return solution;
}

bool serves_each_group_once(const Instance& instance, const Solution& solution) {
    const CheckReport report = check_solution(instance, solution);
    for (const Violation& v : report.violations)
        if (v.kind == ViolationKind::group || v.kind == ViolationKind::missing_client ||
            v.kind == ViolationKind::repeated_client)
            return false;
    return true;
}

TEST(HeuristicsGroupExchange, DeltaIsExactAndBoundNeverExceedsIt) {
    long long checked = 0, improving = 0;
    for (int seed = 1; seed <= 60; ++seed) {
        const Instance instance = grouped_instance(static_cast<std::uint64_t>(seed));
        Rng rng(static_cast<std::uint64_t>(seed) * 31 + 7);
        const Solution start =
            one_member_each(instance, random_solution(instance, 1 + uniform_index(rng, 5), rng), rng);
        ASSERT_TRUE(serves_each_group_once(instance, start));
        const PenaltyWeights weights{1 + uniform_index(rng, 30), 1 + uniform_index(rng, 30),
                                     1 + uniform_index(rng, 30)};
        SearchState state(instance);
        state.load(start, weights, start.num_nonempty_routes() + uniform_index(rng, 3), false);
        GroupExchange op(state);
        for (int attempt = 0; attempt < 400; ++attempt) {
            const int member = instance.num_depots() + uniform_index(rng, instance.num_clients());
            const int group = instance.group_of(member);
            if (group < 0 || state.route_of(member) < 0) continue;
            const std::vector<int>& members = instance.groups()[static_cast<std::size_t>(group)];
            if (members.size() < 2) continue;
            int other = member;
            while (other == member) other = members[uniform_below(rng, members.size())];
            const int route = uniform_index(rng, state.num_routes());
            const GroupExchangeMove move{member, other, route, uniform_index(rng, state.route(route).last())};
            const Solution before = state.solution();
            const Cost delta = op.delta(move);
            EXPECT_LE(op.lower_bound(move), delta);
            SearchState after_state = state;
            GroupExchange after_op(after_state);
            after_op.apply(move);
            const Solution after = after_state.solution();
            ASSERT_EQ(delta,
                      penalized_cost(instance, after, weights) - penalized_cost(instance, before, weights))
                << "seed " << seed;
            ASSERT_EQ(after_state.total_cost(), penalized_cost(instance, after, weights));
            ASSERT_TRUE(serves_each_group_once(instance, after));
            ASSERT_EQ(after_state.route_of(member), -1);
            const Cost bounded = op.delta(move, 0);
            if (bounded < 0) {
                ASSERT_EQ(bounded, delta);
            }
            if (delta < 0) {
                ASSERT_LT(bounded, 0);
            }
            ++checked;
            improving += delta < 0;
            if (checked % 7 == 0) {
                op.apply(move);
                ASSERT_EQ(state.total_cost(), penalized_cost(instance, state.solution(), weights));
            }
        }
    }
    EXPECT_GT(checked, 3000);
    EXPECT_GT(improving, 100);
}

TEST(HeuristicsGroupExchange, TheDescentServesEachGroupExactlyOnce) {
    for (int seed = 1; seed <= 30; ++seed) {
        const Instance instance = grouped_instance(static_cast<std::uint64_t>(seed));
        Rng rng(static_cast<std::uint64_t>(seed) + 99);
        // Every client served (groups several times), then a few groups emptied.
        Solution solution;
        solution.routes.resize(3);
        for (int c = instance.num_depots(); c < instance.num_nodes(); ++c)
            solution.routes[uniform_below(rng, 3)].push_back(c);
        for (std::size_t g = 0; g < instance.groups().size(); g += 3)
            for (Route& route : solution.routes)
                std::erase_if(route, [&](int c) { return instance.group_of(c) == static_cast<int>(g); });
        LocalSearch search(instance);
        Solution first = solution;
        Rng first_rng(5);
        search.run(first, PenaltyWeights{10, 10, 10}, first_rng);
        EXPECT_TRUE(serves_each_group_once(instance, first)) << "seed " << seed;
        // The same input and seed: the same result.
        Solution second = solution;
        Rng second_rng(5);
        search.run(second, PenaltyWeights{10, 10, 10}, second_rng);
        EXPECT_EQ(first, second);
    }
}

}  // namespace
}  // namespace routekit
