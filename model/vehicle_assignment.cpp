#include "model/vehicle_assignment.hpp"

#include <algorithm>
#include <numeric>

#include "routekit/model/error.hpp"

namespace routekit {

namespace {

// Vehicles of each type not yet given a route; a type of count 0 (unlimited) never runs out.
class VehiclesLeft {
  public:
    explicit VehiclesLeft(const Instance& instance) {
        for (const VehicleType& type : instance.vehicle_types())
            left_.push_back(type.count == 0 ? -1 : type.count);
    }
    bool available(int type) const { return left_[static_cast<std::size_t>(type)] != 0; }
    void take(int type) {
        if (left_[static_cast<std::size_t>(type)] > 0) --left_[static_cast<std::size_t>(type)];
    }
    int types() const { return static_cast<int>(left_.size()); }

  private:
    std::vector<int> left_;
};

Load route_load(const Instance& instance, const Route& route) {
    Load load;
    for (int client : route) load += instance.delivery_load(client);
    return load;
}

// A route's distance between its clients, without the trips from and to the depots.
Cost inner_distance(const Instance& instance, const Route& route) {
    Cost distance = 0;
    for (std::size_t k = 1; k < route.size(); ++k) distance += instance.distance(route[k - 1], route[k]);
    return distance;
}

// What `route` costs on a vehicle of `type`: its price between the type's depots (with its distance
// limit), its load penalty and its visits the type may not serve (time is left to the local search: pricing
// it would cost a schedule per type).
Cost price_on(const Instance& instance, const CostEvaluator& evaluator, const Route& route, Cost inner,
              const Load& load, int type) {
    const VehicleType& vehicle = evaluator.vehicle_type(type);
    const Cost distance = inner + instance.distance(vehicle.start_depot, route.front()) +
                          instance.distance(route.back(), vehicle.end_depot);
    Cost price =
        add_penalty(evaluator.route_price_limited(distance, type), evaluator.load_penalty_on(type, load));
    if (instance.site_dependent()) {
        const auto forbidden = std::count_if(route.begin(), route.end(),
                                             [&](int client) { return !instance.may_serve(type, client); });
        price = add_penalty(price, evaluator.forbidden_penalty(forbidden));
    }
    return price;
}

}  // namespace

bool has_vehicle_types(const Instance& instance) {
    return instance.vehicle_types().size() > 1;
}

Solution place_routes(const Instance& instance, const std::vector<Route>& routes,
                      std::span<const int> types) {
    const std::vector<VehicleType>& fleet = instance.vehicle_types();
    // First vehicle index of each type; a count of 0 (unlimited) is only valid for the last type.
    std::vector<int> next(fleet.size(), 0);
    for (std::size_t t = 1; t < fleet.size(); ++t) next[t] = next[t - 1] + fleet[t - 1].count;
    Solution solution;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        if (routes[i].empty()) continue;
        const auto type = static_cast<std::size_t>(types[i]);
        const int vehicle = next[type]++;
        if (instance.vehicle_type_of_route(vehicle) != types[i])
            throw ParameterError("placing routes: more routes of vehicle type " + std::to_string(type + 1) +
                                 " than vehicles");
        if (solution.routes.size() <= static_cast<std::size_t>(vehicle))
            solution.routes.resize(static_cast<std::size_t>(vehicle) + 1);
        solution.routes[static_cast<std::size_t>(vehicle)] = routes[i];
    }
    return solution;
}

Solution assign_vehicle_types(const Instance& instance, const std::vector<Route>& routes,
                              const CostEvaluator& evaluator, std::span<const int> preferred) {
    std::vector<Load> loads(routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) loads[i] = route_load(instance, routes[i]);
    std::vector<std::size_t> order(routes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return loads[a][0] > loads[b][0]; });
    VehiclesLeft left(instance);
    std::vector<int> types(routes.size(), 0);
    for (const std::size_t i : order) {
        if (routes[i].empty()) continue;
        int chosen = -1;
        if (!preferred.empty() && left.available(preferred[i])) {
            chosen = preferred[i];
        } else {
            const Cost inner = inner_distance(instance, routes[i]);
            Cost cheapest = kUnlimited;
            for (int t = 0; t < left.types(); ++t) {
                if (!left.available(t)) continue;
                const Cost price = price_on(instance, evaluator, routes[i], inner, loads[i], t);
                if (price < cheapest) cheapest = price, chosen = t;
            }
        }
        if (chosen < 0) throw ParameterError("assigning vehicle types: more routes than vehicles");
        left.take(chosen);
        types[i] = chosen;
    }
    return place_routes(instance, routes, types);
}

}  // namespace routekit
