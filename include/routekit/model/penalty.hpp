#pragma once
// The penalized cost the search minimises while it is allowed to be infeasible:
//   distance + load * excess load + time_warp * time warp + duration * (excess route duration + excess
//   route distance)
//   (+ a fixed weight per visit of a client the route's vehicle may not serve),
// priced by routekit::CostEvaluator (routekit/model/cost_evaluator.hpp), the one place that multiplies a
// weight by a violation. Integer weights keep every evaluation exact, so a move's predicted delta equals
// the recomputed change.
#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

struct PenaltyWeights {
    Cost load = 1;       ///< per unit of demand above capacity
    Cost time_warp = 1;  ///< per stored time unit of lateness
    /// per stored time unit above the route-duration limit, and per distance unit above a vehicle type's
    /// max_distance: both are limits on a route's length, met or missed together on the instances that
    /// state either (DCVRP), so one adaptive weight serves both and the penalty manager keeps three
    Cost duration = 1;
    friend bool operator==(const PenaltyWeights&, const PenaltyWeights&) = default;
};

struct RouteCost {
    Cost distance = 0;
    Cost excess_load = 0;
    Cost time_warp = 0;
    Cost excess_duration = 0;
    Cost excess_distance = 0;  ///< distance above the vehicle type's max_distance
    /// What the route's vehicle type adds to its distance in the objective: fixed cost + (unit distance cost
    /// - 1) x distance. 0 for the one plain vehicle type of CVRP/VRPTW; additive over routes like the rest.
    Cost vehicle_cost = 0;
    /// Clients the route's vehicle type may not serve (site dependence, VehicleType::allowed_clients).
    Cost forbidden_visits = 0;
    /// The prizes of the optional clients a solution leaves out: 0 for one route, set on a solution's sum.
    Cost uncollected_prizes = 0;
    bool feasible() const {
        return excess_load == 0 && time_warp == 0 && excess_duration == 0 && excess_distance == 0 &&
               forbidden_visits == 0;
    }
};

/// Recomputes one route, driven by a vehicle of `vehicle_type`, from scratch (the reference every fast
/// evaluation is tested against).
RouteCost evaluate_route(const Instance& instance, const Route& route, int vehicle_type = 0);
/// The prizes of the clients no route of `solution` serves (0 for an instance without prizes).
Cost uncollected_prizes(const Instance& instance, const Solution& solution);
/// Sum of evaluate_route over the routes, penalized with `weights` (saturating, see CostEvaluator), plus the
/// uncollected prizes; route k is driven by vehicle k (Instance::vehicle_type_of_route).
Cost penalized_cost(const Instance& instance, const Solution& solution, const PenaltyWeights& weights);

}  // namespace routekit
