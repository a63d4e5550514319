#include "solver/individual.hpp"

#include <algorithm>

namespace routekit {

namespace {

// Orders the routes by the polar angle of their barycentre around the depot (as HGS-CVRP does), so that
// neighbouring routes lie next to each other in the giant tour and a crossover slice keeps whole regions.
// The angle is compared exactly through half-planes and cross products, not through atan2.
void sort_routes_by_angle(const Instance& instance, std::vector<Route>& routes) {
    const auto& points = instance.coordinates();
    const Point depot = points[0];
    struct Direction {
        double x, y;
        bool upper() const { return y > 0 || (y == 0 && x > 0); }
    };
    std::vector<std::pair<Direction, Route>> keyed;
    keyed.reserve(routes.size());
    for (Route& route : routes) {
        Direction d{0, 0};
        for (int client : route) {
            d.x += points[static_cast<std::size_t>(client)].x - depot.x;
            d.y += points[static_cast<std::size_t>(client)].y - depot.y;
        }
        keyed.emplace_back(d, std::move(route));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        const Direction& u = a.first;
        const Direction& v = b.first;
        if (u.upper() != v.upper()) return u.upper();
        return u.x * v.y - u.y * v.x > 0;
    });
    for (std::size_t r = 0; r < routes.size(); ++r) routes[r] = std::move(keyed[r].second);
}

}  // namespace

Individual::Individual(const Instance& instance, Solution from) : solution(std::move(from)) {
    solution.remove_empty_routes();
    if (instance.has_coordinates() && solution.routes.size() > 1)
        sort_routes_by_angle(instance, solution.routes);
    const auto n = static_cast<std::size_t>(instance.num_nodes());
    successor.assign(n, 0);
    predecessor.assign(n, 0);
    giant_tour.reserve(n);
    for (const Route& route : solution.routes) {
        const RouteCost route_cost = evaluate_route(instance, route);
        cost.distance = saturating_add(cost.distance, route_cost.distance);
        cost.excess_load = saturating_add(cost.excess_load, route_cost.excess_load);
        cost.time_warp = saturating_add(cost.time_warp, route_cost.time_warp);
        cost.excess_duration = saturating_add(cost.excess_duration, route_cost.excess_duration);
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
