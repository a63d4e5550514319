// The genetic search on client groups (GVRP: exactly one member of each group served): a hand-made
// instance solved to its optimum, PyVRP's GVRP files solved to solutions the checker calls feasible at the
// cost the search reports, and a fixed seed giving the same solution.
#include <gtest/gtest.h>

#include <filesystem>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/heuristics_random_instance.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit {
namespace {

const std::filesystem::path kGvrp =
    std::filesystem::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp" / "GVRP";

// The depot at the origin and three groups of two on the axes: {(10, 0), (-40, 0)}, {(12, 0), (0, 30)},
// {(20, 0), (-5, 0)}. With every chosen member on the x axis, serving points out to x = a > 0 and back to
// x = -b < 0 costs at least 2a + 2b; (0, 30) alone costs 60 and (-40, 0) 80, so the optimum takes (10, 0),
// (12, 0) and (-5, 0) for 2 * 12 + 2 * 5 = 34 (one route or two, the same).
Instance three_groups() {
    InstanceData data;
    data.name = "three-groups";
    data.num_nodes = 7;
    data.coordinates = {{0, 0}, {10, 0}, {-40, 0}, {12, 0}, {0, 30}, {20, 0}, {-5, 0}};
    data.distance_function = DistanceFunction::euc_2d;
    data.demand = {0, 1, 1, 1, 1, 1, 1};
    data.capacity = 10;
    data.groups = {{1, 2}, {3, 4}, {5, 6}};
    return Instance(std::move(data));
}

using testing::quick;

TEST(SolverGroups, AHandMadeInstanceIsSolvedToItsOptimum) {
    const Instance instance = three_groups();
    const Result result = solve(instance, quick(50));
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_TRUE(report.feasible);
    EXPECT_EQ(result.cost, 34);
    EXPECT_EQ(report.cost, 34);
}

// A real file, a short run: feasible by the checker (each group served once), at the cost the search reports.
Result expect_feasible_solve(const std::string& name, int iterations, int seed = 1) {
    const Instance instance = read_instance((kGvrp / (name + ".vrp")).string());
    SolverParams params = quick(iterations, seed);
    params.genetic.initial_size = 4;
    const Result result = solve(instance, params);
    const CheckReport report = check_solution(instance, result.solution);
    EXPECT_TRUE(report.feasible) << name << ": "
                                 << (report.violations.empty() ? "" : report.violations.front().message);
    EXPECT_EQ(report.cost, result.cost) << name;
    return result;
}

TEST(SolverGroups, SolvesPyvrpGvrpFilesFeasibly) {
    for (const char* name : {"M-n101-k10-C34-V4", "M-n151-k12-C76-V6", "G-n262-k25-C88-V9", "L-560-C113-R5"})
        expect_feasible_solve(name, testing::scaled(10));
}

TEST(SolverGroups, AKnownOptimalFileIsSolvedToItsOptimum) {
    // The shipped solution is optimal (Freitas et al. 2023, its comment and the folder's README say); a
    // short run reaches its cost.
    const std::string name = "M-n101-k10-C34-V4";
    const Instance instance = read_instance((kGvrp / (name + ".vrp")).string());
    const CheckReport optimum =
        check_solution(instance, read_solution((kGvrp / (name + ".sol")).string(), instance));
    ASSERT_TRUE(optimum.feasible);
    const Result result = expect_feasible_solve(name, 300);
    EXPECT_EQ(result.cost, optimum.cost);
}

TEST(SolverGroups, AFixedSeedGivesTheSameSolution) {
    const Result first = expect_feasible_solve("M-n121-k7-C41-V3", 100, 7);
    const Result second = expect_feasible_solve("M-n121-k7-C41-V3", 100, 7);
    EXPECT_EQ(first.solution, second.solution);
    EXPECT_EQ(first.cost, second.cost);
}

}  // namespace
}  // namespace routekit
