#include "routekit/model/solution.hpp"

#include <algorithm>

namespace routekit {

int Solution::num_nonempty_routes() const {
    return static_cast<int>(
        std::count_if(routes.begin(), routes.end(), [](const Route& r) { return !r.empty(); }));
}

void Solution::remove_empty_routes() {
    std::erase_if(routes, [](const Route& r) { return r.empty(); });
}

Cost solution_distance(const Instance& instance, const Solution& solution) {
    Cost total = 0;
    for (const Route& route : solution.routes) {
        if (route.empty()) continue;
        int previous = 0;
        for (int client : route) {
            total += instance.distance(previous, client);
            previous = client;
        }
        total += instance.distance(previous, 0);
    }
    return total;
}

}  // namespace routekit
