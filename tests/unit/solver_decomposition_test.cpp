// Route-based decomposition (solver/decomposition.hpp): groups partition the routes, with and without
// coordinates; a sub-problem's answer replaces its routes only when feasible and cheaper; a whole pass
// keeps the solution feasible and never makes it cost more; and a search that decomposes gives the same
// result for a seed on any thread count.
#include <gtest/gtest.h>

#include <algorithm>

#include "routekit/heuristics/construction.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/decomposition.hpp"
#include "tests/unit/solver_test_instances.hpp"

namespace routekit {
namespace {

Instance test_instance(int clients, bool time_windows, bool coordinates, int fleet = 0) {
    testing::RandomProblemOptions options;
    options.clients = clients;
    options.capacity = 40;
    options.time_windows = time_windows;
    options.fleet = fleet;
    options.seed = 11;
    Instance instance = testing::random_instance(options);
    if (coordinates) return instance;
    InstanceData data = instance.data();
    data.coordinates.clear();
    return Instance(std::move(data));
}

// Every client alone on its route: feasible with an unlimited fleet, and easy to improve.
Solution one_route_per_client(const Instance& instance) {
    Solution solution;
    for (int client = 1; client < instance.num_nodes(); ++client) solution.routes.push_back({client});
    return solution;
}

TEST(Decomposition, GroupsPartitionTheRoutesWithAndWithoutCoordinates) {
    for (const bool coordinates : {true, false}) {
        const Instance instance = test_instance(300, false, coordinates);
        const Solution solution = savings(instance);
        const auto neighbours = shared_neighbour_lists(instance, 20);
        for (const std::uint64_t offset : {0u, 7u}) {
            const auto groups = route_groups(instance, solution, 40, offset, *neighbours);
            std::vector<int> seen(solution.routes.size(), 0);
            int largest_route = 0;
            for (const Route& route : solution.routes)
                largest_route = std::max(largest_route, static_cast<int>(route.size()));
            for (const auto& group : groups) {
                int clients = 0;
                for (const int r : group)
                    ++seen[static_cast<std::size_t>(r)], clients += solution.routes[r].size();
                // A group stops growing once it holds 40 clients (a short last sector joins the one before).
                EXPECT_LT(clients, 40 + 40 / 2 + 2 * largest_route) << "coordinates " << coordinates;
            }
            for (std::size_t r = 0; r < solution.routes.size(); ++r)
                EXPECT_EQ(seen[r], solution.routes[r].empty() ? 0 : 1) << "route " << r;
            EXPECT_GE(groups.size(), 300u / 60) << "coordinates " << coordinates;
        }
    }
}

TEST(Decomposition, ASubSolutionReplacesItsRoutesOnlyWhenFeasibleAndCheaper) {
    const Instance instance = test_instance(60, false, true);
    const Solution solution = savings(instance);
    const SubProblem sub = make_subproblem(instance, solution, {0, 1, 2}, 0);
    const int sub_clients = static_cast<int>(sub.clients.size());
    // The same routes: not cheaper, so nothing to replace.
    EXPECT_FALSE(lifted_if_better(sub, sub.current));
    // One route per client: feasible, dearer.
    EXPECT_FALSE(lifted_if_better(sub, one_route_per_client(sub.instance)));
    // Every client on one route: shorter, but over capacity.
    Solution overloaded;
    overloaded.routes.emplace_back();
    for (int k = 1; k <= sub_clients; ++k) overloaded.routes[0].push_back(k);
    ASSERT_FALSE(check_solution(sub.instance, overloaded).feasible);
    EXPECT_FALSE(lifted_if_better(sub, overloaded));
    // From one route per client, a savings construction is cheaper: lifted to the parent's clients.
    const SubProblem scattered =
        make_subproblem(instance, one_route_per_client(instance), {3, 4, 5, 6, 7, 8}, 0);
    const Solution better = savings(scattered.instance);
    const auto lifted = lifted_if_better(scattered, better);
    ASSERT_TRUE(lifted);
    std::vector<int> clients;
    for (const Route& route : *lifted) clients.insert(clients.end(), route.begin(), route.end());
    std::sort(clients.begin(), clients.end());
    EXPECT_EQ(clients, (std::vector<int>{4, 5, 6, 7, 8, 9}));
}

TEST(Decomposition, APassKeepsFeasibilityAndNeverCostsMore) {
    struct Case {
        bool time_windows, coordinates;
        int fleet;
    };
    for (const Case c :
         {Case{false, true, 0}, Case{true, true, 0}, Case{false, false, 0}, Case{true, false, 0}}) {
        const Instance instance = test_instance(240, c.time_windows, c.coordinates, c.fleet);
        const auto neighbours = shared_neighbour_lists(instance, 20);
        SolverParams parent;
        DecompositionPass pass;
        pass.target_clients = 60;
        pass.iterations = 10;
        pass.genetic.initial_size = 8;
        pass.genetic.decompose_from = 0;
        pass.parent = &parent;
        for (const Solution& start : {one_route_per_client(instance), savings(instance)}) {
            const CheckReport before = check_solution(instance, start);
            ASSERT_TRUE(before.feasible);
            const DecompositionOutcome outcome = decompose_and_solve(instance, start, *neighbours, pass);
            const CheckReport after = check_solution(instance, outcome.solution);
            EXPECT_TRUE(after.feasible) << "windows " << c.time_windows << " coordinates " << c.coordinates;
            EXPECT_LE(after.cost, before.cost);
            EXPECT_GE(outcome.groups, 3);
            EXPECT_EQ(outcome.searched, outcome.groups);  // no time limit: every group is searched
            if (start.routes.size() == static_cast<std::size_t>(instance.num_clients())) {
                EXPECT_LT(after.cost, before.cost);  // one route per client is easy to improve
                EXPECT_GT(outcome.improved, outcome.groups / 2);
            }
        }
    }
}

TEST(Decomposition, ASearchThatDecomposesIsDeterministicOnAnyThreadCount) {
    const Instance instance = test_instance(220, false, false);
    SolverParams params;
    params.iterations = 40;
    params.seed = 3;
    params.genetic.decompose_from = 100;
    params.genetic.decomposition_size = 60;
    params.genetic.decomposition_interval = 16;
    params.genetic.decomposition_iterations = 10;
    params.genetic.initial_size = 12;
    int passes = 0;
    params.on_progress = [&passes](const Progress& progress) {
        passes += progress.activity.starts_with("decomposition");
    };
    std::vector<Solution> solutions;
    for (const int threads : {1, 2, 1}) {
        params.threads = threads;
        const Result result = solve(instance, params);
        EXPECT_TRUE(result.feasible);
        solutions.push_back(result.solution);
    }
    EXPECT_EQ(solutions[0], solutions[1]);
    EXPECT_EQ(solutions[0], solutions[2]);
    EXPECT_EQ(passes, 3 * 3);  // after the first population, then after 16 and 32 offspring
}

}  // namespace
}  // namespace routekit
