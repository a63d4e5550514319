#pragma once
// The one place that turns constraint violations into cost (PyVRP's CostEvaluator). It owns the penalty
// weights and the limits they apply to, and every search component (local search and its operators' bounds,
// SWAP*, both Split variants, route exchange, the population) prices through it, so a new constraint or a
// new kind of penalty changes this class and not each caller. All products and sums saturate
// (routekit/model/saturating.hpp): a penalized cost is never wrapped, whatever the violation.
//
// Everything is inline: the local search prices a route proposal per evaluated move.
#include <algorithm>

#include "routekit/model/error.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/saturating.hpp"

namespace routekit {

class CostEvaluator {
  public:
    CostEvaluator(const Instance& instance, const PenaltyWeights& weights)
        : weights_(weights),
          // Without a capacity (a duration limit) nothing is excess, however large: the weight is 0. For
          // load this also keeps Split's load-slope bound at 0.
          load_weight_(instance.has_capacity() ? weights.load : 0),
          duration_weight_(instance.has_duration_limit() ? weights.duration : 0),
          capacity_(instance.capacity()),
          max_duration_(instance.max_route_duration()) {
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

    /// Penalty of `excess` units of load above capacity.
    Cost excess_load_penalty(Cost excess) const { return saturating_penalty(load_weight_, excess); }
    /// Penalty of a route carrying `load`.
    Cost load_penalty(Cost load) const { return excess_load_penalty(excess_load(load)); }
    /// Penalties of two routes carrying `load_a` and `load_b`, with one product for the two (the hot
    /// paths: a move's bound, SWAP*'s estimate).
    Cost load_penalty(Cost load_a, Cost load_b) const {
        return excess_load_penalty(excess_load(load_a) + excess_load(load_b));
    }
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
        // Three penalties of at most kCostCap add up without overflow; one clamp for their sum.
        const Cost penalties = excess_load_penalty(cost.excess_load) + time_warp_penalty(cost.time_warp) +
                               saturating_penalty(duration_weight_, cost.excess_duration);
        return add_penalty(cost.distance, std::min(penalties, kCostCap));
    }

  private:
    PenaltyWeights weights_;
    Cost load_weight_;
    Cost duration_weight_;
    Cost capacity_;
    Cost max_duration_;
};

}  // namespace routekit
