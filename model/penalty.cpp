#include "routekit/model/penalty.hpp"

#include <algorithm>

#include "routekit/model/checker.hpp"
#include "routekit/model/cost_evaluator.hpp"

namespace routekit {

RouteCost evaluate_route(const Instance& instance, const Route& route) {
    RouteCost cost;
    if (route.empty()) return cost;
    Cost load = 0;
    int previous = 0;
    for (int client : route) {
        cost.distance += instance.distance(previous, client);
        load += instance.demand(client);
        previous = client;
    }
    cost.distance += instance.distance(previous, 0);
    cost.excess_load = instance.has_capacity() ? std::max<Cost>(0, load - instance.capacity()) : 0;
    const RouteTiming timing = route_timing(instance, route);
    cost.time_warp = timing.time_warp;
    cost.excess_duration = instance.has_duration_limit()
                               ? std::max<Cost>(0, timing.duration - instance.max_route_duration())
                               : 0;
    return cost;
}

Cost penalized_cost(const Instance& instance, const Solution& solution, const PenaltyWeights& weights) {
    const CostEvaluator evaluator(instance, weights);
    Cost total = 0;
    for (const Route& route : solution.routes)
        total = saturating_add(total, evaluator.penalized(evaluate_route(instance, route)));
    return total;
}

}  // namespace routekit
