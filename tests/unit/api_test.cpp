// The public API, used as an embedding program would: only <routekit/routekit.hpp>.
#include <gtest/gtest.h>

#include <routekit/model/cost_matrix.hpp>
#include <routekit/routekit.hpp>
#include <thread>

namespace routekit {
namespace {

Instance asymmetric_instance(int clients, std::uint64_t seed) {
    const int n = clients + 1;
    Rng rng(seed);
    std::vector<double> x(n), y(n);
    for (int i = 0; i < n; ++i) x[i] = uniform_unit(rng) * 100, y[i] = uniform_unit(rng) * 100;
    CostMatrix distance(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double d = std::hypot(x[i] - x[j], y[i] - y[j]);
            distance(i, j) = i == j ? 0 : static_cast<Cost>(d * (x[j] > x[i] ? 1.0 : 1.25) + 0.5);
        }
    std::vector<Cost> demand(n);
    for (int i = 1; i < n; ++i) demand[i] = 1 + static_cast<Cost>(uniform_below(rng, 9));
    return InstanceBuilder(n)
        .name("api")
        .kind(ProblemKind::acvrp)
        .distances(distance)
        .demands(demand)
        .capacity(30)
        .build();
}

TEST(PublicApi, BuildsInCodeAndRejectsBadData) {
    const Instance instance = asymmetric_instance(20, 1);
    EXPECT_EQ(instance.num_clients(), 20);
    EXPECT_FALSE(instance.distance_symmetric());
    const std::vector<Cost> too_short(10, 1);
    EXPECT_THROW(InstanceBuilder(4).distances(too_short).build(), InputError);
    EXPECT_THROW(InstanceBuilder(3).distances(CostMatrix::Zero(2, 2)), InputError);
    const std::vector<Cost> matrix(9, 1);
    const std::vector<Cost> demand{0, 5, 50};
    try {
        InstanceBuilder(3).distances(matrix).demands(demand).capacity(10).build();
        FAIL() << "an over-capacity demand must be rejected";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("capacity"), std::string::npos) << e.what();
    }
}

TEST(PublicApi, SolvesToACheckedFeasibleSolution) {
    const Instance instance = asymmetric_instance(20, 2);
    SolverParams params;
    params.iterations = 200;
    params.threads = 1;
    const Result result = solve(instance, params);
    ASSERT_TRUE(result.feasible);
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_TRUE(report.feasible);
    EXPECT_EQ(result.cost, report.cost);
    EXPECT_LE(result.time_to_best, result.elapsed);
}

TEST(PublicApi, WarmStartIsNeverWorsened) {
    const Instance instance = asymmetric_instance(20, 3);
    Solution start;
    for (int client = 1; client <= 20; ++client) start.routes.push_back({client});  // one route each
    const Cost start_cost = check_solution(instance, start).cost;
    SolverParams params;
    params.iterations = 50;
    params.threads = 1;
    params.warm_start = start;
    const Result result = solve(instance, params);
    ASSERT_TRUE(result.feasible);
    EXPECT_LE(result.cost, start_cost);
}

TEST(PublicApi, CancellationFromAnotherThreadReturnsAFeasibleSolution) {
    const Instance instance = asymmetric_instance(60, 4);
    SolverParams params;  // no limit at all: only the token stops it
    params.threads = 1;
    std::thread canceller([token = params.cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        token.cancel();
    });
    const Result result = solve(instance, params);
    canceller.join();
    EXPECT_TRUE(params.cancel.cancelled());
    EXPECT_TRUE(result.feasible);
    EXPECT_TRUE(check_solution(instance, result.solution).feasible);
}

TEST(PublicApi, ProgressArrivesInOrderOnTheCallingThread) {
    const Instance instance = asymmetric_instance(40, 5);
    SolverParams params;
    params.time_limit = 2.5;
    params.threads = 2;
    std::vector<Progress> seen;
    const auto caller = std::this_thread::get_id();
    bool same_thread = true;
    params.on_progress = [&](const Progress& p) {
        same_thread = same_thread && std::this_thread::get_id() == caller;
        seen.push_back(p);
    };
    const Result result = solve(instance, params);
    EXPECT_TRUE(same_thread);
    ASSERT_FALSE(seen.empty());
    for (std::size_t k = 1; k < seen.size(); ++k) {
        EXPECT_GE(seen[k].elapsed_seconds, seen[k - 1].elapsed_seconds);
        EXPECT_GE(seen[k].iterations, seen[k - 1].iterations);
        if (seen[k - 1].best_feasible_cost) {
            ASSERT_TRUE(seen[k].best_feasible_cost);
            EXPECT_LE(*seen[k].best_feasible_cost, *seen[k - 1].best_feasible_cost);
        }
    }
    if (seen.back().best_feasible_cost) {
        EXPECT_GE(*seen.back().best_feasible_cost, result.cost);
    }
}

TEST(PublicApi, ABudgetTooSmallForAnyIterationStillServesEveryClient) {
    const Instance instance = read_instance(ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.vrp");
    for (const char* init : {"savings", "learned", "nn"}) {
        SolverParams params;
        params.time_limit = 1e-6;
        params.threads = 1;
        params.init = init;
        const Result result = solve(instance, params);
        EXPECT_TRUE(result.feasible) << init;
        const CheckReport report = check_solution(instance, result.solution);
        EXPECT_TRUE(report.feasible) << init;
        EXPECT_EQ(result.cost, report.cost) << init;
    }
}

}  // namespace
}  // namespace routekit
