// Fixed edges (TSPLIB's FIXED_EDGES_SECTION, linhp318): which sets can lie on one tour, a start tour that
// holds them, the checker naming a missing one, and the tour engine returning the best tour that holds them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/fixed_edges.hpp"
#include "routekit/model/random.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/tour_solve.hpp"
#include "tests/unit/checker_test_support.hpp"
#include "tests/unit/cli_test_support.hpp"
#include "tests/unit/tsp_test_instances.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;
using test::random_matrix;

Instance with_fixed_edges(const Instance& base, std::vector<FixedEdge> edges) {
    InstanceData data = base.data();
    data.fixed_edges = std::move(edges);
    return Instance(std::move(data));
}

/// `count` random fixed edges forming paths: consecutive nodes of a random order, cut at random.
std::vector<FixedEdge> random_fixed_paths(int n, int count, Rng& rng) {
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[static_cast<std::size_t>(i)],
                  order[uniform_below(rng, static_cast<std::uint64_t>(i) + 1)]);
    std::vector<int> cuts(static_cast<std::size_t>(n - 1));
    std::iota(cuts.begin(), cuts.end(), 0);
    for (int i = n - 2; i > 0; --i)
        std::swap(cuts[static_cast<std::size_t>(i)],
                  cuts[uniform_below(rng, static_cast<std::uint64_t>(i) + 1)]);
    std::vector<FixedEdge> edges;
    for (int k = 0; k < count; ++k) {
        const auto at = static_cast<std::size_t>(cuts[static_cast<std::size_t>(k)]);
        edges.push_back({order[at], order[at + 1]});
    }
    return edges;
}

/// The cost of the best tour holding every fixed edge, by trying every order (node 0 first).
Cost best_tour_with_fixed_edges(const Instance& instance) {
    std::vector<int> order(static_cast<std::size_t>(instance.num_nodes()));
    std::iota(order.begin(), order.end(), 0);
    const bool directed = instance.kind() == ProblemKind::atsp;
    Cost best = -1;
    do {
        if (!fixed_edges_missing(order, directed, instance.fixed_edges()).empty()) continue;
        Cost cost = 0;
        for (std::size_t i = 0; i < order.size(); ++i)
            cost += instance.distance(order[i], order[(i + 1) % order.size()]);
        if (best < 0 || cost < best) best = cost;
    } while (std::next_permutation(order.begin() + 1, order.end()));
    return best;
}

using test::kinds;

TEST(FixedEdges, SetsThatFitNoTourAreNamed) {
    const auto problem = [](int n, bool directed, std::vector<FixedEdge> edges) {
        const auto found = fixed_edges_problem(n, directed, edges);
        return found ? std::to_string(found->edge) + ": " + found->reason : std::string("none");
    };
    EXPECT_EQ(problem(6, false, {{0, 1}, {1, 2}, {1, 3}}),
              "2: fixed edge 1-3 is a third fixed edge at node 1");
    EXPECT_EQ(problem(6, false, {{0, 1}, {1, 2}, {2, 0}}),
              "2: fixed edge 2-0 closes a cycle of 3 of the 6 nodes");
    EXPECT_EQ(problem(6, true, {{0, 1}, {0, 2}}), "1: fixed edge 0->2 leaves node 0 a second time");
    EXPECT_EQ(problem(6, true, {{0, 1}, {2, 1}}), "1: fixed edge 2->1 enters node 1 a second time");
    EXPECT_EQ(problem(6, true, {{0, 1}, {1, 0}}), "1: fixed edge 1->0 closes a cycle of 2 of the 6 nodes");
    EXPECT_EQ(problem(6, false, {{3, 3}}), "0: fixed edge 3-3 joins a node to itself");
    EXPECT_EQ(problem(6, false, {{0, 6}}), "0: fixed edge 0-6 names a node outside 0..5");
    // A repeated edge asks nothing more; a cycle through every node is the whole tour.
    EXPECT_EQ(problem(6, false, {{0, 1}, {1, 0}, {0, 1}, {1, 2}}), "none");
    EXPECT_EQ(problem(4, false, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}), "none");
    EXPECT_EQ(problem(3, true, {{0, 2}, {2, 1}, {1, 0}}), "none");
    // File ids in the reason when a label is given.
    const auto labelled = fixed_edges_problem(6, false, std::vector<FixedEdge>{{0, 1}, {1, 2}, {1, 3}},
                                              [](int node) { return std::to_string(node * 10 + 5); });
    ASSERT_TRUE(labelled);
    EXPECT_EQ(labelled->reason, "fixed edge 15-35 is a third fixed edge at node 15");
}

TEST(FixedEdges, StartTourHoldsEveryFixedEdge) {
    Rng rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 2 + static_cast<int>(uniform_below(rng, 30));
        const bool directed = trial % 2 == 1;
        const int count = static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(n)));
        const std::vector<FixedEdge> edges = random_fixed_paths(n, count, rng);
        ASSERT_FALSE(fixed_edges_problem(n, directed, edges));
        const std::vector<int> tour = tour_through_fixed_edges(n, directed, edges);
        std::vector<int> sorted = tour;
        std::sort(sorted.begin(), sorted.end());
        std::vector<int> all(static_cast<std::size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        EXPECT_EQ(sorted, all);
        EXPECT_EQ(tour.front(), 0);
        EXPECT_TRUE(fixed_edges_missing(tour, directed, edges).empty()) << "trial " << trial;
    }
    // A fixed cycle through every node is the tour, in its direction.
    const std::vector<FixedEdge> cycle{{0, 3}, {3, 1}, {1, 2}, {2, 0}};
    EXPECT_EQ(tour_through_fixed_edges(4, true, cycle), (std::vector<int>{0, 3, 1, 2}));
    EXPECT_TRUE(fixed_edges_missing(tour_through_fixed_edges(4, false, cycle), false, cycle).empty());
}

TEST(FixedEdges, CheckerNamesAMissingFixedEdge) {
    InstanceData data = random_matrix(6, false, 3).data();
    data.node_ids = {10, 20, 30, 40, 50, 60};
    data.fixed_edges = {{1, 3}};
    const Instance atsp(data);
    const CheckReport without = check_solution(atsp, Solution{{{1, 2, 3, 4, 5}}});
    EXPECT_EQ(kinds(without), std::vector<ViolationKind>{ViolationKind::fixed_edge});
    ASSERT_FALSE(without.violations.empty());
    EXPECT_EQ(without.violations[0].message, "the tour lacks the fixed edge 20->40");
    EXPECT_TRUE(check_solution(atsp, Solution{{{2, 1, 3, 4, 5}}}).feasible);
    // An arc driven the wrong way does not count; an edge of a TSP may be driven either way.
    EXPECT_FALSE(check_solution(atsp, Solution{{{2, 3, 1, 4, 5}}}).feasible);
    data.kind = ProblemKind::tsp;
    data.stored_distance = random_matrix(6, true, 3).distances();
    data.stored_duration = data.stored_distance;
    const Instance tsp(data);
    EXPECT_TRUE(check_solution(tsp, Solution{{{2, 3, 1, 4, 5}}}).feasible);
    EXPECT_FALSE(check_solution(tsp, Solution{{{1, 2, 3, 4, 5}}}).feasible);
    // Only tours can keep them.
    data.kind = ProblemKind::cvrp;
    EXPECT_THROW(Instance{data}, InputError);
}

TEST(TspFixedEdges, SolvesToTheBestTourHoldingThem) {
    Rng rng(11);
    for (int trial = 0; trial < 16; ++trial) {
        const bool directed = trial % 2 == 1;
        const int n = 6 + trial % 4;  // 6 and 7 are enumerated by the engine, 8 and 9 searched
        const Instance base = random_matrix(n, !directed, 100 + static_cast<std::uint64_t>(trial));
        const int count = 1 + static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(n - 2)));
        const Instance instance = with_fixed_edges(base, random_fixed_paths(n, count, rng));
        SolverParams params;
        params.iterations = 200;
        params.seed = static_cast<std::uint64_t>(trial) + 1;
        const Result result = solve(instance, params);
        SCOPED_TRACE("trial " + std::to_string(trial));
        const CheckReport report = check_solution(instance, result.solution);
        EXPECT_TRUE(report.feasible);
        EXPECT_EQ(report.cost, result.cost);
        EXPECT_EQ(result.cost, best_tour_with_fixed_edges(instance));
        // The trace is in true lengths, not the engine's penalised ones.
        ASSERT_FALSE(result.trace.empty());
        EXPECT_EQ(result.trace.back().cost, result.cost);
    }
}

TEST(TspFixedEdges, EngineCallTakesAndGivesTrueLengths) {
    // tsp_search_with_fixed_edges, which routekit_tsp_report calls: the target, the improvements reported
    // and the result are true lengths, and the tour holds every fixed edge. A target left in penalised
    // units would never be reached and the search would run to its kick limit.
    Rng rng(5);
    for (int trial = 0; trial < 8; ++trial) {
        const bool directed = trial % 2 == 1;
        const int n = 8 + trial % 2;
        const Instance instance =
            with_fixed_edges(random_matrix(n, !directed, 200 + static_cast<std::uint64_t>(trial)),
                             random_fixed_paths(n, 2, rng));
        const Cost best = best_tour_with_fixed_edges(instance);
        TspSearchParams params;
        params.max_iterations = 100000;
        params.target = best;
        std::vector<Cost> improvements;
        params.on_improvement = [&](Cost cost, double, std::int64_t) { improvements.push_back(cost); };
        const TspSearchResult result = tsp_search_with_fixed_edges(instance, params);
        SCOPED_TRACE("trial " + std::to_string(trial));
        const CheckReport report = check_solution(instance, result.solution);
        EXPECT_TRUE(report.feasible);
        EXPECT_EQ(report.cost, result.cost);
        EXPECT_EQ(result.cost, best);
        EXPECT_LT(result.iterations, params.max_iterations);
        ASSERT_FALSE(improvements.empty());
        EXPECT_EQ(improvements.back(), best);
    }
}

TEST(TspFixedEdges, WarmStartMustHoldThem) {
    const Instance instance = with_fixed_edges(random_matrix(10, true, 5), {{0, 5}});
    SolverParams params;
    params.iterations = 10;
    params.warm_start = Solution{{{1, 2, 3, 4, 5, 6, 7, 8, 9}}};
    EXPECT_THROW(solve(instance, params), ParameterError);
    params.warm_start = Solution{{{5, 2, 3, 4, 1, 6, 7, 8, 9}}};
    EXPECT_TRUE(check_solution(instance, solve(instance, params).solution).feasible);
}

const fs::path kLinhp318 = fs::path(ROUTEKIT_SHARED_DIR) / "instances/tsplib/linhp318.tsp";

TEST(TspFixedEdges, Linhp318KeepsItsFixedEdge) {
    if (!fs::exists(kLinhp318)) GTEST_SKIP() << "no " << kLinhp318;
    const Instance instance = read_instance(kLinhp318.string());
    ASSERT_EQ(instance.fixed_edges(), (std::vector<FixedEdge>{{0, 213}}));
    // The tour 1, 2, ..., 318 lacks the edge 1-214.
    Route in_file_order(317);
    std::iota(in_file_order.begin(), in_file_order.end(), 1);
    const CheckReport unfixed = check_solution(instance, Solution{{in_file_order}});
    EXPECT_EQ(kinds(unfixed), std::vector<ViolationKind>{ViolationKind::fixed_edge});

    SolverParams params;
    params.iterations = 2000;
    const Result result = solve(instance, params);
    EXPECT_TRUE(check_solution(instance, result.solution).feasible);
    // TSPLIB's 41345 is the Hamiltonian path from 1 to 214; the tour adds the fixed edge's 3869 (LKH-3's
    // 45214). No tour holding the edge is shorter; the engine gets within 2 %.
    EXPECT_EQ(instance.distance(0, 213), 3869);
    EXPECT_GE(result.cost, 45214);
    EXPECT_LE(result.cost, 45214 * 102 / 100);
}

TEST(TspFixedEdges, CommandLineTourAndCheckKeepTheFixedEdge) {
    if (!fs::exists(kLinhp318)) GTEST_SKIP() << "no " << kLinhp318;
    const fs::path folder = fs::temp_directory_path() / ("routekit_fixed_" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const std::string tour = (folder / "linhp318.tour").string();
    const test::CliRun solved = test::run_cli("solve " + kLinhp318.string() + " --iterations 300 -o " + tour);
    EXPECT_EQ(solved.exit_code, 0) << solved.output;
    EXPECT_EQ(test::run_cli("check " + kLinhp318.string() + " " + tour).exit_code, 0);
    // The same tour with the edge 1-214 broken: a tour in file order.
    std::ofstream(folder / "plain.tour") << "TYPE : TOUR\nDIMENSION : 318\nTOUR_SECTION\n";
    {
        std::ofstream plain(folder / "plain.tour", std::ios::app);
        for (int id = 1; id <= 318; ++id) plain << id << "\n";
        plain << "-1\nEOF\n";
    }
    const test::CliRun broken =
        test::run_cli("check " + kLinhp318.string() + " " + (folder / "plain.tour").string());
    EXPECT_EQ(broken.exit_code, 1) << broken.output;
    EXPECT_NE(broken.output.find("the tour lacks the fixed edge 1-214"), std::string::npos) << broken.output;
    fs::remove_all(folder);
}

}  // namespace
}  // namespace routekit
