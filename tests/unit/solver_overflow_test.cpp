// Overflow regression (issues 12 and 15): one client whose time window no route can reach and travel times
// around 10^15 make the time-warp weight climb to its cap (2^30) while every route warps by ~10^15, so
// weight x violation is ~10^24, far past int64. Every component must price such routes at the saturation
// cap, never wrapped to a negative or small cost, and the genetic search must run through it without
// undefined behaviour (the sanitizer build, `make test-sanitize`, aborts on any signed overflow).
// scripts/overflow_stress.sh runs the search test for 100,000 offspring: ROUTEKIT_OVERFLOW_OFFSPRING.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "heuristics/search_state.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/random.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/individual.hpp"
#include "solver/route_exchange.hpp"
#include "solver/split.hpp"

namespace routekit {
namespace {

constexpr Cost kWeightCap = Cost{1} << 30;  // the PenaltyManager's largest weight
constexpr Cost kHuge = Cost{1'000'000'000'000'000};
const PenaltyWeights kCapped{kWeightCap, kWeightCap, kWeightCap};

// Depot and `clients` clients on a grid: small distances, travel times of 10^15 and more, client 1's
// window closing at 0 (no route reaches it in time), a tight capacity and a duration limit.
Instance unreachable_instance(int clients) {
    InstanceData data;
    data.name = "unreachable";
    data.kind = ProblemKind::vrptw;
    const int n = clients + 1;
    data.num_nodes = n;
    const auto size = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    data.distance.assign(size, 0);
    data.duration.assign(size, 0);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            if (i == j) continue;
            const auto k = static_cast<std::size_t>(i * n + j);
            data.distance[k] = 10 + (i * 7 + j * 3) % 13;
            data.duration[k] = kHuge + data.distance[k];
        }
    data.demand.assign(static_cast<std::size_t>(n), 3);
    data.demand[0] = 0;
    data.capacity = 10;
    data.service.assign(static_cast<std::size_t>(n), 5);
    data.windows.assign(static_cast<std::size_t>(n), TimeWindow{});
    data.windows[1] = {0, 0};
    data.max_route_duration = 3 * kHuge;
    return Instance(std::move(data));
}

Solution one_route(const Instance& instance) {
    Route route;
    for (int c = 1; c < instance.num_nodes(); ++c) route.push_back(c);
    return Solution{{route}};
}

void expect_every_client_once(const Instance& instance, const Solution& solution) {
    std::vector<int> seen(static_cast<std::size_t>(instance.num_nodes()), 0);
    for (const Route& route : solution.routes)
        for (int client : route) ++seen[static_cast<std::size_t>(client)];
    for (int c = 1; c < instance.num_nodes(); ++c) EXPECT_EQ(seen[static_cast<std::size_t>(c)], 1) << c;
}

TEST(Overflow, EveryComponentPricesAtTheCapInsteadOfWrapping) {
    const Instance instance = unreachable_instance(8);
    const Solution start = one_route(instance);
    const CostEvaluator cost(instance, kCapped);
    // The violations themselves are representable; only their weighted sum is not.
    const RouteCost route = evaluate_route(instance, start.routes[0]);
    ASSERT_GT(route.time_warp, kHuge);
    ASSERT_GT(route.excess_load, 0);
    ASSERT_GT(route.excess_duration, kHuge);
    EXPECT_EQ(cost.penalized(route), kCostCap);
    EXPECT_EQ(penalized_cost(instance, start, kCapped), kCostCap);

    SearchState state(instance);
    state.load(start, kCapped, 4, false);
    EXPECT_EQ(state.total_cost(), kCostCap);
    for (int r = 0; r < state.num_routes(); ++r) {
        EXPECT_GE(state.route(r).cost, 0);
        EXPECT_LE(state.route(r).cost, kCostCap);
    }

    Rng rng(5);
    LocalSearch search(instance);
    Solution descended = start;
    search.run(descended, kCapped, rng);
    expect_every_client_once(instance, descended);
    const Cost after = penalized_cost(instance, descended, kCapped);
    EXPECT_GE(after, 0);
    EXPECT_LE(after, kCostCap);

    std::vector<int> tour = start.routes[0];
    for (const Solution& split :
         {split_tour(instance, tour, kCapped), split_limited(instance, tour, kCapped, 2)}) {
        expect_every_client_once(instance, split);
        EXPECT_EQ(penalized_cost(instance, split, kCapped), kCostCap);
    }

    const Individual first(instance, descended);
    const Individual second(instance, split_tour(instance, tour, kCapped));
    EXPECT_EQ(first.penalized(cost), kCostCap);
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Rng exchange_rng(seed);
        const Solution child = selective_route_exchange(instance, first, second, kCapped, exchange_rng);
        expect_every_client_once(instance, child);
        EXPECT_EQ(penalized_cost(instance, child, kCapped), kCostCap);
    }
}

std::int64_t offspring() {
    if (const char* value = std::getenv("ROUTEKIT_OVERFLOW_OFFSPRING")) return std::stoll(value);
    const char* sanitized = std::getenv("ROUTEKIT_SANITIZED");
    return sanitized && std::string(sanitized) == "1" ? 600 : 3000;
}

TEST(Overflow, GeneticSearchRunsThroughCappedWeightsAndHugeWarp) {
    const Instance instance = unreachable_instance(8);
    SolverParams params;
    params.iterations = offspring();
    params.seed = 3;
    params.threads = 1;
    params.genetic.initial_size = 12;
    params.genetic.min_population = 6;
    params.genetic.generation_size = 8;
    params.genetic.penalty_interval = 1;  // the weights reach their cap after ~120 offspring
    params.genetic.restart_after = 0;
    std::optional<PenaltyWeights> last;
    params.on_progress = [&](const Progress& progress) { last = progress.penalties; };
    const Result result = solve(instance, params);

    EXPECT_EQ(result.iterations, params.iterations);
    EXPECT_FALSE(result.feasible);
    expect_every_client_once(instance, result.solution);
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_FALSE(report.feasible);
    EXPECT_EQ(result.cost, report.cost);
    EXPECT_GE(result.cost, 0);
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->time_warp, kWeightCap);  // the run did price at the capped weight
    const Cost penalized = penalized_cost(instance, result.solution, *last);
    EXPECT_EQ(penalized, kCostCap);  // saturated: non-negative and not wrapped
}

}  // namespace
}  // namespace routekit
