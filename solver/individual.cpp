#include "solver/individual.hpp"

#include <algorithm>
#include <numeric>

#include "model/vehicle_assignment.hpp"

namespace routekit {

namespace {

// The order of the routes by the polar angle of their barycentre around the depot (as HGS-CVRP does), so
// that neighbouring routes lie next to each other in the giant tour and a crossover slice keeps whole
// regions. The angle is compared exactly through half-planes and cross products, not through atan2. Empty
// routes have no direction and come last.
std::vector<std::size_t> routes_by_angle(const Instance& instance, const std::vector<Route>& routes) {
    const auto& points = instance.coordinates();
    const Point depot = points[0];
    struct Direction {
        double x, y;
        bool upper() const { return y > 0 || (y == 0 && x > 0); }
    };
    std::vector<Direction> directions;
    directions.reserve(routes.size());
    for (const Route& route : routes) {
        Direction d{0, 0};
        for (int client : route) {
            d.x += points[static_cast<std::size_t>(client)].x - depot.x;
            d.y += points[static_cast<std::size_t>(client)].y - depot.y;
        }
        directions.push_back(d);
    }
    std::vector<std::size_t> order(routes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (routes[a].empty() != routes[b].empty()) return routes[b].empty();
        const Direction& u = directions[a];
        const Direction& v = directions[b];
        if (u.upper() != v.upper()) return u.upper();
        return u.x * v.y - u.y * v.x > 0;
    });
    return order;
}

}  // namespace

Individual::Individual(const Instance& instance, Solution from) : solution(std::move(from)) {
    // With several vehicle types a route's position names its vehicle (model/vehicle_assignment.hpp): the
    // routes stay where they are and only the giant tour follows the angle order.
    const bool positional = has_vehicle_types(instance);
    if (positional) {
        while (!solution.routes.empty() && solution.routes.back().empty()) solution.routes.pop_back();
    } else {
        solution.remove_empty_routes();
    }
    std::vector<std::size_t> order(solution.routes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (instance.has_coordinates() && solution.routes.size() > 1)
        order = routes_by_angle(instance, solution.routes);
    if (!positional) {
        std::vector<Route> sorted;
        sorted.reserve(order.size());
        for (const std::size_t r : order) sorted.push_back(std::move(solution.routes[r]));
        solution.routes = std::move(sorted);
        std::iota(order.begin(), order.end(), std::size_t{0});
    }
    const auto n = static_cast<std::size_t>(instance.num_nodes());
    successor.assign(n, 0);
    predecessor.assign(n, 0);
    giant_tour.reserve(n);
    bool within_fleet = true;
    for (const std::size_t r : order) {
        const Route& route = solution.routes[r];
        if (route.empty()) continue;
        route_order.push_back(static_cast<int>(r));
        const int type = instance.vehicle_type_of_route(positional ? static_cast<int>(r) : 0);
        within_fleet = within_fleet && type >= 0;
        const RouteCost route_cost = evaluate_route(instance, route, std::max(type, 0));
        cost.distance = saturating_add(cost.distance, route_cost.distance);
        cost.vehicle_cost = saturating_add(cost.vehicle_cost, route_cost.vehicle_cost);
        cost.excess_load = saturating_add(cost.excess_load, route_cost.excess_load);
        cost.time_warp = saturating_add(cost.time_warp, route_cost.time_warp);
        cost.excess_duration = saturating_add(cost.excess_duration, route_cost.excess_duration);
        cost.excess_distance = saturating_add(cost.excess_distance, route_cost.excess_distance);
        cost.forbidden_visits = saturating_add(cost.forbidden_visits, route_cost.forbidden_visits);
        int previous = 0;
        for (int client : route) {
            if (instance.is_depot(client)) {  // a reload ends a trip as the depot ends a route
                successor[static_cast<std::size_t>(previous)] = 0;
                previous = 0;
                continue;
            }
            giant_tour.push_back(client);
            predecessor[static_cast<std::size_t>(client)] = previous;
            if (previous != 0) successor[static_cast<std::size_t>(previous)] = client;
            previous = client;
        }
        successor[static_cast<std::size_t>(previous)] = 0;
    }
    if (instance.has_optional_clients()) {
        served.assign(n, 0);
        for (const int client : giant_tour) served[static_cast<std::size_t>(client)] = 1;
    }
    cost.uncollected_prizes = uncollected_prizes(instance, solution);
    if (!positional)
        within_fleet =
            !instance.fleet_limited() || static_cast<int>(solution.routes.size()) <= instance.fleet();
    feasible = cost.feasible() && within_fleet && serves_each_group_once(instance);
}

bool Individual::serves_each_group_once(const Instance& instance) const {
    return std::all_of(instance.groups().begin(), instance.groups().end(),
                       [&](const std::vector<int>& group) {
                           return std::count_if(group.begin(), group.end(), [&](int client) {
                                      return served[static_cast<std::size_t>(client)] != 0;
                                  }) == 1;
                       });
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
    const bool compare_served = !first.served.empty() && !second.served.empty();
    for (std::size_t j = 1; j < n; ++j) {
        const int client = static_cast<int>(j);
        if (compare_served && first.served[j] != second.served[j]) {
            ++broken;
            continue;
        }
        if (!has_arc(client, first.successor[j])) ++broken;
        if (first.predecessor[j] == 0 && !has_arc(0, client)) ++broken;
    }
    return static_cast<double>(broken) / static_cast<double>(n - 1);
}

}  // namespace routekit
