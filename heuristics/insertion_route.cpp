#include "heuristics/insertion_route.hpp"

#include <algorithm>

#include "routekit/model/cost_evaluator.hpp"

namespace routekit {

InsertionRoute::InsertionRoute(const Instance& instance, const Route& clients, int vehicle_type)
    : instance_(&instance), vehicle_type_(vehicle_type) {
    const VehicleType& vehicle = instance.vehicle_types()[static_cast<std::size_t>(vehicle_type)];
    nodes_.push_back(vehicle.start_depot);
    nodes_.insert(nodes_.end(), clients.begin(), clients.end());
    nodes_.push_back(vehicle.end_depot);
    refresh();
}

void InsertionRoute::refresh() {
    const Instance& instance = *instance_;
    const std::size_t size = nodes_.size();
    // The vehicle's ends: its depots' windows within its shift.
    prefix_.assign(size, DurationSegment::start(instance, vehicle_type_));
    suffix_.assign(size, DurationSegment::end(instance, vehicle_type_));
    load_ = Load();
    forbidden_ = 0;
    pickup_ = Load();
    Cost distance = 0;
    for (std::size_t k = 1; k < size; ++k) {
        const DurationSegment visit =
            k + 1 < size ? DurationSegment::visit(instance, nodes_[k]) : suffix_.back();
        prefix_[k] =
            DurationSegment::merge(prefix_[k - 1], instance.duration(nodes_[k - 1], nodes_[k]), visit);
        load_ += instance.delivery_load(nodes_[k]);
        pickup_ += instance.pickup_load(nodes_[k]);
        if (!instance.may_serve(vehicle_type_, nodes_[k])) ++forbidden_;
        distance += instance.distance(nodes_[k - 1], nodes_[k]);
    }
    cost_ = route_cost(distance, elementwise_max(load_, pickup_), forbidden_, prefix_.back(), size > 2);
    for (std::size_t k = size - 1; k-- > 1;)
        suffix_[k] = DurationSegment::merge(DurationSegment::visit(instance, nodes_[k]),
                                            instance.duration(nodes_[k], nodes_[k + 1]), suffix_[k + 1]);
    suffix_[0] = DurationSegment::merge(prefix_[0], instance.duration(nodes_[0], nodes_[1]), suffix_[1]);
}

InsertionRoute::Insertion InsertionRoute::evaluate(int client, int after) const {
    const Instance& instance = *instance_;
    const auto p = static_cast<std::size_t>(after);
    const int before = nodes_[p];
    const int next = nodes_[p + 1];
    Insertion result;
    result.distance =
        instance.distance(before, client) + instance.distance(client, next) - instance.distance(before, next);
    const DurationSegment with =
        DurationSegment::merge(DurationSegment::merge(prefix_[p], instance.duration(before, client),
                                                      DurationSegment::visit(instance, client)),
                               instance.duration(client, next), suffix_[p + 1]);
    const Cost forbidden = forbidden_ + (instance.may_serve(vehicle_type_, client) ? 0 : 1);
    result.route = route_cost(
        cost_.distance + result.distance,
        elementwise_max(load_ + instance.delivery_load(client), pickup_ + instance.pickup_load(client)),
        forbidden, with, true);
    result.violation = result.route.excess_load + result.route.time_warp + result.route.excess_duration +
                       result.route.excess_distance + result.route.forbidden_visits;
    return result;
}

RouteCost InsertionRoute::route_cost(Cost distance, const Load& load, Cost forbidden,
                                     const DurationSegment& timing, bool used) const {
    const Instance& instance = *instance_;
    const VehicleType& vehicle = instance.vehicle_types()[static_cast<std::size_t>(vehicle_type_)];
    RouteCost cost;
    cost.distance = distance;
    if (used)  // an unused vehicle costs nothing
        cost.vehicle_cost = vehicle_price(vehicle, distance) - distance;
    if (instance.has_capacity())
        cost.excess_load =
            load.excess_over(instance.capacity_load(vehicle_type_), instance.load_dimensions());
    cost.forbidden_visits = forbidden;
    cost.excess_distance = std::max<Cost>(0, distance - vehicle.max_distance);
    if (instance.has_time_windows() || instance.has_duration_limit() || vehicle.shift != TimeWindow{}) {
        cost.time_warp = timing.time_warp;
        cost.excess_duration = std::max<Cost>(0, timing.duration - vehicle.max_duration);
    }
    return cost;
}

void InsertionRoute::insert(int client, int after) {
    nodes_.insert(nodes_.begin() + after + 1, client);
    refresh();
}

void reduce_to_fleet(const Instance& instance, Solution& solution) {
    solution.remove_empty_routes();
    if (!instance.fleet_limited()) return;
    auto lighter = [&](const Route& a, const Route& b) {
        Cost load_a = 0, load_b = 0;
        for (int c : a) load_a += instance.demand(c);
        for (int c : b) load_b += instance.demand(c);
        return load_a != load_b ? load_a < load_b : a.size() < b.size();
    };
    while (static_cast<int>(solution.routes.size()) > instance.fleet()) {
        auto victim = std::min_element(solution.routes.begin(), solution.routes.end(), lighter);
        const Route dissolved = *victim;
        solution.routes.erase(victim);
        std::vector<InsertionRoute> routes;
        for (const Route& route : solution.routes) routes.emplace_back(instance, route);
        for (int client : dissolved) {
            Cost best = kUnlimited;
            std::size_t best_route = 0;
            int best_after = -1;
            for (std::size_t r = 0; r < routes.size(); ++r)
                for (int after = 0; after <= routes[r].num_clients(); ++after) {
                    const InsertionRoute::Insertion insertion = routes[r].evaluate(client, after);
                    if (insertion.violation == 0 && insertion.distance < best) {
                        best = insertion.distance;
                        best_route = r;
                        best_after = after;
                    }
                }
            if (best_after < 0) {  // it fits nowhere: keep the surplus route as it was
                solution.routes.push_back(dissolved);
                return;
            }
            routes[best_route].insert(client, best_after);
        }
        for (std::size_t r = 0; r < routes.size(); ++r) solution.routes[r] = routes[r].clients();
    }
}

}  // namespace routekit
