#pragma once
// The optimum of a tiny instance by enumeration, for the solver tests that compare the search with it.
#include <algorithm>
#include <numeric>

#include "routekit/model/checker.hpp"

namespace routekit::testing {

/// The least cost of a solution the checker calls feasible with at most `vehicles` routes: every order of
/// the clients, cut into routes at every combination of places (kUnlimited when none is feasible).
inline Cost enumerated_optimum(const Instance& instance, int vehicles) {
    std::vector<int> order(static_cast<std::size_t>(instance.num_clients()));
    std::iota(order.begin(), order.end(), instance.num_depots());
    Cost best = kUnlimited;
    const int gaps = static_cast<int>(order.size()) - 1;
    do {
        for (int code = 0; code < (1 << gaps); ++code) {
            Solution solution;
            solution.routes.emplace_back();
            for (std::size_t k = 0; k < order.size(); ++k) {
                if (k > 0 && ((code >> (k - 1)) & 1) != 0) solution.routes.emplace_back();
                solution.routes.back().push_back(order[k]);
            }
            if (static_cast<int>(solution.routes.size()) > vehicles) continue;
            const CheckReport report = check_solution(instance, solution);
            if (report.feasible) best = std::min(best, report.cost);
        }
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}

}  // namespace routekit::testing
