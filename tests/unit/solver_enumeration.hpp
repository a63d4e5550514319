#pragma once
// The optimum of a tiny instance by enumeration, for the solver tests that compare the search with it.
#include <algorithm>
#include <numeric>

#include <gtest/gtest.h>

#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/solver_params_support.hpp"

namespace routekit::testing {

/// The least cost of a solution the checker calls feasible with at most `vehicles` routes: every order of
/// the clients, cut into routes (and, with `reloads`, into trips at depot 0) at every combination of places
/// (kUnlimited when none is feasible).
inline Cost enumerated_optimum(const Instance& instance, int vehicles, bool reloads = false) {
    std::vector<int> order(static_cast<std::size_t>(instance.num_clients()));
    std::iota(order.begin(), order.end(), instance.num_depots());
    Cost best = kUnlimited;
    const int kinds = reloads ? 3 : 2;  // between two clients: nothing, (a reload,) a new route
    int cuts = 1;
    for (std::size_t gap = 1; gap < order.size(); ++gap) cuts *= kinds;
    do {
        for (int code = 0; code < cuts; ++code) {
            Solution solution;
            solution.routes.emplace_back();
            int c = code;
            for (std::size_t k = 0; k < order.size(); ++k) {
                if (k > 0) {
                    const int cut = c % kinds;
                    c /= kinds;
                    if (cut == kinds - 1) solution.routes.emplace_back();
                    if (reloads && cut == 1) solution.routes.back().push_back(0);
                }
                solution.routes.back().push_back(order[k]);
            }
            if (static_cast<int>(solution.routes.size()) > vehicles) continue;
            const CheckReport report = check_solution(instance, solution);
            if (report.feasible) best = std::min(best, report.cost);
        }
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}

/// Solves `instance` with 300 offspring (one thread, seed 1): a solution the checker calls feasible, at
/// `optimum` as the checker and the solver price it.
inline void expect_solved_to(const Instance& instance, Cost optimum) {
    const Result result = solve(instance, quick(300));
    const CheckReport report = check_solution(instance, result.solution);
    for (const Violation& violation : report.violations) ADD_FAILURE() << violation.message;
    ASSERT_TRUE(report.feasible);
    EXPECT_TRUE(result.feasible);
    EXPECT_EQ(report.cost, optimum);
    EXPECT_EQ(result.cost, optimum);
}

}  // namespace routekit::testing
