#pragma once
// The one place that turns constraint violations into cost (PyVRP's CostEvaluator). It owns the penalty
// weights and the limits they apply to, and every search component (local search and its operators' bounds,
// SWAP*, both Split variants, route exchange, the population) prices through it, so a new constraint or a
// new kind of penalty changes this class and not each caller. All products and sums saturate
// (routekit/model/saturating.hpp): a penalized cost is never wrapped, whatever the violation.
//
// Everything is inline: the local search prices a route proposal per evaluated move.
#include <algorithm>
#include <vector>

#include "routekit/model/error.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/load.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/saturating.hpp"

namespace routekit {

/// What a used vehicle of `vehicle`'s type travelling `distance` costs in the objective: its fixed cost plus
/// its unit distance cost times the distance (the distance itself for the plain vehicle of CVRP/VRPTW).
inline Cost vehicle_price(const VehicleType& vehicle, Cost distance) {
    return saturating_add(vehicle.fixed_cost, saturating_mul(vehicle.unit_distance_cost, distance));
}

class CostEvaluator {
  public:
    CostEvaluator(const Instance& instance, const PenaltyWeights& weights)
        : weights_(weights),
          // Without a capacity (a duration limit) nothing is excess, however large: the weight is 0. For
          // load this also keeps Split's load-slope bound at 0.
          load_weight_(instance.has_capacity() ? weights.load : 0),
          duration_weight_(instance.has_duration_limit() ? weights.duration : 0),
          distance_weight_(instance.has_distance_limit() ? weights.duration : 0),
          capacity_(instance.capacity()),
          max_duration_(instance.max_route_duration()),
          max_distance_(instance.max_route_distance()),
          forbidden_weight_(instance.forbidden_visit_weight()),
          vehicle_types_(&instance.vehicle_types()),
          instance_(&instance) {
        // Non-negative weights keep every penalty non-negative: the operators' bounds rely on it, and the
        // hot paths then need one saturation bound, not two.
        if (weights.load < 0 || weights.time_warp < 0 || weights.duration < 0)
            throw ParameterError("penalty weights must be non-negative");
    }

    const PenaltyWeights& weights() const { return weights_; }

    /// Demand above the vehicle capacity (0 without a capacity).
    Cost excess_load(Cost load) const { return std::max<Cost>(0, load - capacity_); }
    /// Route duration above the limit (0 without a limit).
    Cost excess_duration(Cost duration) const { return std::max<Cost>(0, duration - max_duration_); }
    /// Route distance above the largest type's max_distance (0 without a limit): Split's classic vehicle.
    Cost excess_distance(Cost distance) const { return std::max<Cost>(0, distance - max_distance_); }
    /// Whether some vehicle type limits its route's distance (else distance penalties are 0).
    bool distance_limited() const { return distance_weight_ > 0; }

    /// Penalty of `excess` units of load above capacity.
    Cost excess_load_penalty(Cost excess) const { return saturating_penalty(load_weight_, excess); }
    /// Penalty of a route carrying `load`.
    Cost load_penalty(Cost load) const { return excess_load_penalty(excess_load(load)); }
    /// Penalties of two routes carrying `load_a` and `load_b`, with one product for the two (the hot
    /// paths: a move's bound, SWAP*'s estimate).
    Cost load_penalty(Cost load_a, Cost load_b) const {
        return excess_load_penalty(excess_load(load_a) + excess_load(load_b));
    }
    // ---- per vehicle type: its capacity and what it costs. Type 0 of a classic instance is the plain
    // vehicle (the capacity above, fixed cost 0, unit cost 1), so these agree with the functions above.
    const VehicleType& vehicle_type(int type) const {
        return (*vehicle_types_)[static_cast<std::size_t>(type)];
    }
    /// Demand above the capacity of a vehicle of `type`.
    Cost excess_load_on(int type, Cost load) const {
        return std::max<Cost>(0, load - vehicle_type(type).capacity);
    }
    /// Penalty of a route of `type` carrying `load`.
    Cost load_penalty_on(int type, Cost load) const {
        return excess_load_penalty(excess_load_on(type, load));
    }
    /// Penalties of two routes (`load_a` on a vehicle of `type_a`, `load_b` on one of `type_b`), one product.
    Cost load_penalty_on(int type_a, Cost load_a, int type_b, Cost load_b) const {
        return excess_load_penalty(excess_load_on(type_a, load_a) + excess_load_on(type_b, load_b));
    }
    // ---- several load dimensions: the excess is summed over them, one weight for all (PyVRP's).
    /// Load above the capacities of a vehicle of `type`.
    Cost excess_load_on(int type, const Load& load) const {
        return load.excess_over(instance_->capacity_load(type), instance_->load_dimensions());
    }
    /// Penalty of a route of `type` carrying `load`.
    Cost load_penalty_on(int type, const Load& load) const {
        return excess_load_penalty(excess_load_on(type, load));
    }
    /// Penalties of two routes, one product (as with one dimension).
    Cost load_penalty_on(int type_a, const Load& load_a, int type_b, const Load& load_b) const {
        return excess_load_penalty(excess_load_on(type_a, load_a) + excess_load_on(type_b, load_b));
    }
    /// Load above the largest capacity in each dimension (Split's vehicle; 0 without a capacity).
    Cost excess_load(const Load& load) const {
        return load.excess_over(instance_->largest_capacity_load(), instance_->load_dimensions());
    }
    /// vehicle_price of a vehicle of `type`.
    Cost route_price(Cost distance, int type) const { return vehicle_price(vehicle_type(type), distance); }
    /// RouteCost::vehicle_cost of a used vehicle of `type` travelling `distance`.
    Cost vehicle_cost(Cost distance, int type) const { return route_price(distance, type) - distance; }

    /// Route duration above the limit of a vehicle of `type`.
    Cost excess_duration_on(int type, Cost duration) const {
        return std::max<Cost>(0, duration - vehicle_type(type).max_duration);
    }
    /// Penalty of a route of `type` lasting `duration` with `time_warp` units of lateness.
    Cost time_penalty_on(int type, Cost time_warp, Cost duration) const {
        return add_penalty(time_warp_penalty(time_warp),
                           saturating_penalty(duration_weight_, excess_duration_on(type, duration)));
    }
    /// Route distance above the limit of a vehicle of `type`.
    Cost excess_distance_on(int type, Cost distance) const {
        return std::max<Cost>(0, distance - vehicle_type(type).max_distance);
    }
    /// Penalty of a route of `type` travelling `distance` (its own limit; the weight is the duration's).
    Cost distance_penalty_on(int type, Cost distance) const {
        return saturating_penalty(distance_weight_, excess_distance_on(type, distance));
    }
    /// vehicle_price of `type` for `distance` plus the penalty of `distance` over the type's limit: what a
    /// route costs before load, time and site penalties.
    Cost route_price_limited(Cost distance, int type) const {
        const Cost price = route_price(distance, type);
        return distance_weight_ == 0 ? price : add_penalty(price, distance_penalty_on(type, distance));
    }
    /// Penalty of `visits` visits of clients that their vehicles may not serve.
    Cost forbidden_penalty(Cost visits) const { return saturating_penalty(forbidden_weight_, visits); }

    /// Penalty of `time_warp` units of lateness.
    Cost time_warp_penalty(Cost time_warp) const { return saturating_penalty(weights_.time_warp, time_warp); }
    /// Penalty of a route lasting `duration`.
    Cost duration_penalty(Cost duration) const {
        return saturating_penalty(duration_weight_, excess_duration(duration));
    }
    /// Penalty of a route's timing: its time warp and its duration.
    Cost time_penalty(Cost time_warp, Cost duration) const {
        return add_penalty(time_warp_penalty(time_warp), duration_penalty(duration));
    }

    /// Distance plus the weighted violations of `cost` (one route, or summed over several).
    Cost penalized(const RouteCost& cost) const {
        // Five penalties of at most kCostCap add up without overflow; one clamp for their sum.
        const Cost penalties = excess_load_penalty(cost.excess_load) + time_warp_penalty(cost.time_warp) +
                               saturating_penalty(duration_weight_, cost.excess_duration) +
                               saturating_penalty(distance_weight_, cost.excess_distance) +
                               forbidden_penalty(cost.forbidden_visits);
        return add_penalty(
            saturating_add(saturating_add(cost.distance, cost.vehicle_cost), cost.uncollected_prizes),
            std::min(penalties, kCostCap));
    }

  private:
    PenaltyWeights weights_;
    Cost load_weight_;
    Cost duration_weight_;
    Cost distance_weight_;  ///< the duration weight where a type limits distance (see PenaltyWeights)
    Cost capacity_;
    Cost max_duration_;
    Cost max_distance_;
    Cost forbidden_weight_;  ///< fixed, not adapted: see Instance::forbidden_visit_weight
    const std::vector<VehicleType>* vehicle_types_;  ///< the instance's, which outlives every evaluator
    const Instance* instance_;
};

}  // namespace routekit
