#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <thread>

#include "routekit/heuristics/construction.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/genetic_params_text.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/sanitizer_support.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

using testing::sanitized;

// Small populations keep these tests fast; the machinery is the same as with the defaults.
SolverParams quick_params(std::int64_t iterations) {
    SolverParams params;
    params.iterations = iterations;
    params.genetic.initial_size = 12;
    params.genetic.min_population = 6;
    params.genetic.generation_size = 8;
    params.genetic.penalty_interval = 10;
    params.genetic.restart_after = 60;
    params.time_limit = 120;  // a safety net only
    return params;
}

Instance cvrp(int clients, std::uint64_t seed = 3) {
    testing::RandomProblemOptions options;
    options.clients = clients;
    options.capacity = 40;
    options.seed = seed;
    return testing::random_instance(options);
}

void expect_checked(const Instance& instance, const Result& result) {
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_TRUE(report.feasible);
    EXPECT_TRUE(result.feasible);
    EXPECT_EQ(result.cost, report.cost);
    for (const Violation& v : report.violations) ADD_FAILURE() << v.message;
}

class SolverSolveRuinShare : public ::testing::TestWithParam<double> {};

// Whatever share of the offspring ruins and recreates the best solution: the batches, not the threads,
// decide the order in which children are bred and merged.
TEST_P(SolverSolveRuinShare, SameSeedSameResultWhateverTheThreadCount) {
    const Instance instance = cvrp(sanitized() ? 16 : 30);
    const std::int64_t iterations = sanitized() ? 24 : 80;
    std::optional<Result> reference;
    for (int threads : {1, 2, 4}) {
        SolverParams params = quick_params(iterations);
        params.genetic.ruin_share = GetParam();
        params.seed = 11;
        params.threads = threads;
        const Result result = solve(instance, params);
        expect_checked(instance, result);
        EXPECT_EQ(result.iterations, iterations);
        if (!reference) {
            reference = result;
            continue;
        }
        EXPECT_EQ(result.solution, reference->solution) << threads << " threads";
        EXPECT_EQ(result.cost, reference->cost);
        EXPECT_EQ(result.trace.size(), reference->trace.size());
    }
}

INSTANTIATE_TEST_SUITE_P(Shares, SolverSolveRuinShare, ::testing::Values(0.0, 0.5, 1.0));

// Ruins that walk (record-to-record acceptance) or take other sizes, and SWAP* with its time-aware estimate:
// the accepted start is decided on the merged children in offspring order, so the thread count changes
// nothing here either.
TEST(SolverSolve, RuinAcceptanceAndSizesGiveTheSameResultWhateverTheThreadCount) {
    testing::RandomProblemOptions options;
    options.clients = sanitized() ? 16 : 30;
    options.capacity = 50;
    options.time_windows = true;
    options.seed = 7;
    const Instance instance = testing::random_instance(options);
    const std::int64_t iterations = sanitized() ? 24 : 80;
    for (const char* setting :
         {"ruin_accept=0.05", "ruin_removed=20", "ruin_max_string=2", "ruin_route_share=3", "swap_star=2"}) {
        std::optional<Result> reference;
        for (int threads : {1, 2, 4}) {
            SolverParams params = quick_params(iterations);
            params.genetic.ruin_share = 1;
            set_genetic_param(params.genetic, setting);
            params.seed = 5;
            params.threads = threads;
            const Result result = solve(instance, params);
            expect_checked(instance, result);
            EXPECT_EQ(result.iterations, iterations);
            if (!reference) {
                reference = result;
                continue;
            }
            EXPECT_EQ(result.solution, reference->solution) << setting << ", " << threads << " threads";
            EXPECT_EQ(result.cost, reference->cost) << setting;
        }
    }
}

// Offspring bred only by ruining and recreating the best: the known optima of a CVRP and of a Solomon
// VRPTW with a limited fleet (C102, 10 vehicles, its shipped optimal solution), checked independently.
TEST(SolverSolve, RuinAndRecreateOfTheBestReachesKnownOptima) {
    for (const char* name : {"E-n13-k4", "C102"}) {
        const std::string stem = std::string(ROUTEKIT_SOURCE_DIR) + "/instances/" + name;
        const Instance instance = read_instance(stem + (name[0] == 'E' ? ".vrp" : ".txt"));
        const Cost optimum = check_solution(instance, read_solution(stem + ".sol", instance)).cost;
        SolverParams params = quick_params(sanitized() ? 150 : 400);
        params.genetic.ruin_share = 1;
        params.target = optimum;
        params.seed = 4;
        const Result result = solve(instance, params);
        expect_checked(instance, result);
        EXPECT_EQ(result.cost, optimum) << name;
        // The same with ruins that may start from an accepted child up to 1 % above the best.
        params.genetic.ruin_accept = 0.01;
        const Result walking = solve(instance, params);
        expect_checked(instance, walking);
        EXPECT_EQ(walking.cost, optimum) << name << " with ruin_accept";
        // And with SWAP* whose estimate prices the time windows (on C102; inert on the CVRP).
        params.genetic.ruin_accept = 0;
        params.genetic.swap_star = 2;
        const Result timed = solve(instance, params);
        expect_checked(instance, timed);
        EXPECT_EQ(timed.cost, optimum) << name << " with swap_star=2";
    }
}

TEST(SolverSolve, StopsOnTarget) {
    const Instance instance = cvrp(30);
    SolverParams params = quick_params(sanitized() ? 20 : 60);
    const Result bounded = solve(instance, params);
    expect_checked(instance, bounded);
    // The same seed follows the same path, so it meets the cost it reached by then no later.
    SolverParams to_target = quick_params(-1);
    to_target.target = bounded.cost;
    const Result result = solve(instance, to_target);
    expect_checked(instance, result);
    EXPECT_LE(result.cost, bounded.cost);
    EXPECT_LE(result.iterations, bounded.iterations);
}

TEST(SolverSolve, CancellationFromAnotherThreadReturnsTheBest) {
    const Instance instance = cvrp(40);
    SolverParams params = quick_params(-1);
    params.time_limit = std::numeric_limits<double>::infinity();
    int progress_calls = 0;
    const auto caller = std::this_thread::get_id();
    params.on_progress = [&](const Progress& progress) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        EXPECT_GE(progress.elapsed_seconds, 0);
        ++progress_calls;
    };
    CancellationToken token = params.cancel;
    std::thread canceller([token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        token.cancel();
    });
    const Result result = solve(instance, params);
    canceller.join();
    expect_checked(instance, result);
    EXPECT_GE(progress_calls, 1);
    EXPECT_FALSE(result.trace.empty());
    EXPECT_EQ(result.trace.back().cost, result.cost);
}

// The time limit counts what budget_clock says when one is given (as `bench --cpu-time` uses it): a clock
// past the limit stops the search after its one mandatory individual; a clock that never moves leaves the
// iteration budget in charge.
TEST(SolverSolve, TimeLimitCountsTheCallersBudgetClock) {
    const Instance instance = cvrp(60);
    SolverParams params = quick_params(-1);
    params.time_limit = 5;
    params.budget_clock = [] { return 1e9; };
    const Result spent = solve(instance, params);
    EXPECT_TRUE(spent.feasible);
    EXPECT_EQ(spent.iterations, 0);
    params.budget_clock = [] { return 0.0; };
    params.iterations = 40;
    const Result counted = solve(instance, params);
    EXPECT_EQ(counted.iterations, 40);
    EXPECT_TRUE(check_solution(instance, counted.solution).feasible);
}

TEST(SolverSolve, ZeroIterationsIsTheConstructionAfterOneDescent) {
    const Instance instance = cvrp(25);
    for (const char* init : {"nn", "savings", "regret", "random", "learned", "mix"}) {
        SolverParams params = quick_params(0);
        params.init = init;
        const Result result = solve(instance, params);
        expect_checked(instance, result);
        EXPECT_EQ(result.iterations, 0);
    }
    SolverParams nn = quick_params(0);
    nn.init = "nn";
    // Nearest neighbour followed by one local-search descent: never worse than nearest neighbour alone.
    EXPECT_LE(solve(instance, nn).cost, check_solution(instance, nearest_neighbour(instance)).cost);
}

TEST(SolverSolve, EveryProblemKindThroughTheSameEngine) {
    const std::int64_t iterations = sanitized() ? 8 : 25;
    testing::RandomProblemOptions options;
    options.clients = 20;
    options.kind = ProblemKind::tsp;
    const Instance tsp = testing::random_instance(options);
    options.kind = ProblemKind::atsp;
    options.asymmetric = true;
    const Instance atsp = testing::random_instance(options);
    options.kind = ProblemKind::acvrp;
    options.capacity = 30;
    const Instance acvrp = testing::random_instance(options);
    options.kind = ProblemKind::vrptw;
    options.asymmetric = false;
    options.time_windows = true;
    options.capacity = 50;
    options.fleet = 20;  // generous: every client can be served alone
    const Instance vrptw = testing::random_instance(options);
    for (const Instance* instance : {&tsp, &atsp, &acvrp, &vrptw}) {
        for (const char* init : {"savings", "random"}) {
            SolverParams params = quick_params(iterations);
            params.init = init;
            const Result result = solve(*instance, params);
            expect_checked(*instance, result);
            if (instance->single_vehicle()) {
                EXPECT_EQ(result.solution.num_nonempty_routes(), 1);
            }
            if (instance->fleet_limited()) {
                EXPECT_LE(result.solution.num_nonempty_routes(), instance->fleet());
            }
        }
    }
}

TEST(SolverSolve, WarmStartEntersTheFirstPopulation) {
    const Instance instance = cvrp(25);
    SolverParams params = quick_params(sanitized() ? 5 : 20);
    params.init = "random";
    params.warm_start = savings(instance);
    const Result result = solve(instance, params);
    expect_checked(instance, result);
    EXPECT_LE(result.cost, check_solution(instance, *params.warm_start).cost);

    params.warm_start = Solution{{{1, 2}}};
    EXPECT_THROW(solve(instance, params), ParameterError);
}

TEST(SolverSolve, RejectsInvalidParameters) {
    const Instance instance = cvrp(5);
    SolverParams params;
    params.init = "magic";
    EXPECT_THROW(solve(instance, params), ParameterError);
    params = SolverParams{};
    params.time_limit = -1;
    EXPECT_THROW(solve(instance, params), ParameterError);
    params = SolverParams{};
    params.genetic.batch_size = 0;
    EXPECT_THROW(solve(instance, params), ParameterError);
}

}  // namespace
}  // namespace routekit

namespace routekit {
namespace {

TEST(SolverGeneticParamsText, SetsFieldsByNameAndRejectsTheRest) {
    GeneticParams params;
    set_genetic_param(params, "granularity=33");
    set_genetic_param(params, "route_crossover_share=0.25");
    set_genetic_param(params, "restart_after=123456789012");
    EXPECT_EQ(params.granularity, 33);
    EXPECT_DOUBLE_EQ(params.route_crossover_share, 0.25);
    EXPECT_EQ(params.restart_after, 123456789012);
    EXPECT_THROW(set_genetic_param(params, "granularity"), ParameterError);
    EXPECT_THROW(set_genetic_param(params, "granularity=3x"), ParameterError);
    EXPECT_THROW(set_genetic_param(params, "granularity=2.5"), ParameterError);
    EXPECT_THROW(set_genetic_param(params, "no_such=1"), ParameterError);
    // Every listed name is settable, and listed once.
    const std::vector<std::string> names = genetic_param_names();
    for (const std::string& name : names) EXPECT_NO_THROW(set_genetic_param(params, name + "=1")) << name;
    EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
    params = GeneticParams{};
    set_genetic_param(params, "neighbour_prior=1.5");
    set_genetic_param(params, "neighbour_pool=30");
    EXPECT_DOUBLE_EQ(params.neighbour_prior, 1.5);
    EXPECT_EQ(params.neighbour_pool, 30);
    set_genetic_param(params, "ruin_removed=15.5");
    set_genetic_param(params, "ruin_max_string=4");
    set_genetic_param(params, "ruin_accept=0.002");
    set_genetic_param(params, "ruin_route_share=0.8");
    EXPECT_DOUBLE_EQ(params.ruin_route_share, 0.8);
    EXPECT_DOUBLE_EQ(params.ruin_removed, 15.5);
    EXPECT_EQ(params.ruin_max_string, 4);
    EXPECT_DOUBLE_EQ(params.ruin_accept, 0.002);
    set_genetic_param(params, "ruin_share=0.75");
    EXPECT_DOUBLE_EQ(params.ruin_share, 0.75);
    set_genetic_param(params, "migration_interval=250");
    set_genetic_param(params, "migrants=3");
    EXPECT_EQ(params.migration_interval, 250);
    EXPECT_EQ(params.migrants, 3);
    set_genetic_param(params, "decomposition_iterations=77");
    EXPECT_EQ(params.decomposition_iterations, 77);
    set_genetic_param(params, "large_from=2500");
    set_genetic_param(params, "large_initial_size=2");
    EXPECT_EQ(params.large_from, 2500);
    EXPECT_EQ(params.large_initial_size, 2);
    set_genetic_param(params, "swap_star=0");
    EXPECT_EQ(params.swap_star, 0);
    SolverParams solver;
    solver.iterations = 1;
    EXPECT_EQ(GeneticParams{}.swap_star, -1);
    solver.genetic.swap_star = 3;
    EXPECT_THROW(solve(testing::random_instance({}), solver), ParameterError);
    solver.genetic.swap_star = -1;
    solver.genetic.ruin_share = 1.5;
    EXPECT_THROW(solve(testing::random_instance({}), solver), ParameterError);
    solver.genetic.ruin_share = 1;
    solver.genetic.ruin_max_string = 0;
    EXPECT_THROW(solve(testing::random_instance({}), solver), ParameterError);
    solver.genetic.ruin_max_string = 10;
    solver.genetic.ruin_accept = -0.1;
    EXPECT_THROW(solve(testing::random_instance({}), solver), ParameterError);
    solver.genetic.ruin_accept = 0;
    solver.genetic.ruin_route_share = -0.5;
    EXPECT_THROW(solve(testing::random_instance({}), solver), ParameterError);
    solver.genetic.ruin_route_share = 0;
    solver.genetic.migration_interval = 0;
    EXPECT_THROW(solve(testing::random_instance({}), solver), ParameterError);
}

}  // namespace
}  // namespace routekit
