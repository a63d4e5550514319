#include "solver/individual.hpp"

namespace routekit {

Individual::Individual(const Instance& instance, Solution from) : solution(std::move(from)) {
    solution.remove_empty_routes();
    const auto n = static_cast<std::size_t>(instance.num_nodes());
    successor.assign(n, 0);
    predecessor.assign(n, 0);
    giant_tour.reserve(n);
    for (const Route& route : solution.routes) {
        const RouteCost route_cost = evaluate_route(instance, route);
        cost.distance += route_cost.distance;
        cost.excess_load += route_cost.excess_load;
        cost.time_warp += route_cost.time_warp;
        cost.excess_duration += route_cost.excess_duration;
        int previous = 0;
        for (int client : route) {
            giant_tour.push_back(client);
            predecessor[static_cast<std::size_t>(client)] = previous;
            if (previous != 0) successor[static_cast<std::size_t>(previous)] = client;
            previous = client;
        }
        successor[static_cast<std::size_t>(previous)] = 0;
    }
    feasible = cost.feasible() &&
               (!instance.fleet_limited() || static_cast<int>(solution.routes.size()) <= instance.fleet());
}

double broken_pairs_distance(const Individual& first, const Individual& second, bool symmetric) {
    const std::size_t n = first.successor.size();
    if (n <= 1) return 0;
    int broken = 0;
    auto has_arc = [&](int from, int to) {
        // Arcs are read from the client's side: (client, successor) and (depot, first client).
        if (from != 0) {
            const auto i = static_cast<std::size_t>(from);
            return second.successor[i] == to || (symmetric && second.predecessor[i] == to);
        }
        const auto j = static_cast<std::size_t>(to);
        return second.predecessor[j] == 0 || (symmetric && second.successor[j] == 0);
    };
    for (std::size_t j = 1; j < n; ++j) {
        const int client = static_cast<int>(j);
        if (!has_arc(client, first.successor[j])) ++broken;
        if (first.predecessor[j] == 0 && !has_arc(0, client)) ++broken;
    }
    return static_cast<double>(broken) / static_cast<double>(n - 1);
}

}  // namespace routekit
