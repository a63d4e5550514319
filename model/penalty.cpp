#include "routekit/model/penalty.hpp"

#include <algorithm>

#include "routekit/model/checker.hpp"
#include "routekit/model/cost_evaluator.hpp"

namespace routekit {

RouteCost evaluate_route(const Instance& instance, const Route& route, int vehicle_type) {
    RouteCost cost;
    if (route.empty()) return cost;
    const VehicleType& vehicle = instance.vehicle_types()[static_cast<std::size_t>(vehicle_type)];
    const Load& capacity = instance.capacity_load(vehicle_type);
    const int dimensions = instance.load_dimensions();
    Load load;
    Cost settled_excess = 0;  // of the trips before the last reload
    int previous = vehicle.start_depot;
    for (int client : route) {
        cost.distance += instance.distance(previous, client);
        if (instance.is_depot(client)) {  // a reload: the next trip starts empty
            settled_excess += instance.has_capacity() ? load.excess_over(capacity, dimensions) : 0;
            load = Load();
        }
        load += instance.delivery_load(client);
        if (!instance.may_serve(vehicle_type, client)) ++cost.forbidden_visits;
        previous = client;
    }
    if (!instance.data().pickup.empty()) {
        // Deliveries leave the depot on board and pickups come back: the load peaks along the way.
        Load on_board = load;
        for (int client : route) {
            on_board += instance.pickup_load(client) - instance.delivery_load(client);
            load = elementwise_max(load, on_board);
        }
    }
    cost.distance += instance.distance(previous, vehicle.end_depot);
    cost.vehicle_cost = vehicle_price(vehicle, cost.distance) - cost.distance;
    cost.excess_load =
        settled_excess + (instance.has_capacity() ? load.excess_over(capacity, dimensions) : 0);
    const RouteTiming timing = route_timing(instance, route, vehicle_type);
    cost.time_warp = timing.time_warp;
    cost.excess_duration = std::max<Cost>(0, timing.duration - vehicle.max_duration);
    cost.excess_distance = std::max<Cost>(0, cost.distance - vehicle.max_distance);
    return cost;
}

Cost uncollected_prizes(const Instance& instance, const Solution& solution) {
    if (instance.data().prize.empty()) return 0;
    std::vector<char> served(static_cast<std::size_t>(instance.num_nodes()), 0);
    for (const Route& route : solution.routes)
        for (int client : route) served[static_cast<std::size_t>(client)] = 1;
    Cost total = 0;
    for (int client = instance.num_depots(); client < instance.num_nodes(); ++client)
        if (!served[static_cast<std::size_t>(client)]) total = saturating_add(total, instance.prize(client));
    return total;
}

Cost penalized_cost(const Instance& instance, const Solution& solution, const PenaltyWeights& weights) {
    const CostEvaluator evaluator(instance, weights);
    Cost total = uncollected_prizes(instance, solution);
    for (std::size_t k = 0; k < solution.routes.size(); ++k) {
        // A route beyond the fleet (positions past the last vehicle) is priced as the first type's.
        const int type = std::max(instance.vehicle_type_of_route(static_cast<int>(k)), 0);
        total =
            saturating_add(total, evaluator.penalized(evaluate_route(instance, solution.routes[k], type)));
    }
    return total;
}

}  // namespace routekit
