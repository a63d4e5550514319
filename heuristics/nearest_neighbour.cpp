#include <algorithm>
#include <vector>

#include "heuristics/insertion_route.hpp"
#include "routekit/heuristics/construction.hpp"

namespace routekit {

Solution nearest_neighbour(const Instance& instance, Rng* rng) {
    const int n = instance.num_nodes();
    std::vector<char> visited(n, 0);
    visited[0] = 1;
    int left = n - 1;
    Solution solution;
    const bool one_route = instance.single_vehicle();
    while (left > 0) {
        Route route;
        Load load;  // the deliveries in every load dimension
        Cost clock = instance.window(0).earliest;
        int current = 0;
        while (true) {
            // Candidates that fit capacity and can still be served in their window, cheapest first.
            int best = -1;
            Cost best_cost = kUnlimited;
            std::vector<std::pair<Cost, int>> options;
            for (int j = 1; j < n; ++j) {
                if (visited[j]) continue;
                if (!one_route &&
                    (load + instance.delivery_load(j))
                            .excess_over(instance.largest_capacity_load(), instance.load_dimensions()) > 0)
                    continue;
                const Cost arrival =
                    std::max(clock + instance.duration(current, j), instance.window(j).earliest);
                if (arrival > instance.window(j).latest) continue;
                const Cost back = arrival + instance.service(j) + instance.duration(j, 0);
                if (instance.has_time_windows() && back > instance.window(0).latest) continue;
                // Leaving the depot at its opening overstates the duration (never understates it).
                if (!one_route && back - instance.window(0).earliest > instance.max_route_duration())
                    continue;
                const Cost c = instance.distance(current, j);
                if (rng) options.emplace_back(c, j);
                if (c < best_cost) best_cost = c, best = j;
            }
            if (rng && options.size() > 1) {
                const std::size_t k = std::min<std::size_t>(3, options.size());
                std::partial_sort(options.begin(), options.begin() + static_cast<long>(k), options.end());
                best = options[uniform_below(*rng, k)].second;
            }
            if (best < 0) break;
            visited[best] = 1;
            --left;
            route.push_back(best);
            load += instance.delivery_load(best);
            clock = std::max(clock + instance.duration(current, best), instance.window(best).earliest) +
                    instance.service(best);
            current = best;
        }
        if (route.empty()) {
            // Nothing fits an empty vehicle (a client that cannot be served on time): serve the first left
            // client alone so that every client is in the solution; the checker reports the violation.
            const int j = static_cast<int>(std::find(visited.begin(), visited.end(), 0) - visited.begin());
            visited[j] = 1;
            --left;
            route.push_back(j);
        }
        solution.routes.push_back(std::move(route));
    }
    if (!one_route) reduce_to_fleet(instance, solution);
    return solution;
}

}  // namespace routekit
