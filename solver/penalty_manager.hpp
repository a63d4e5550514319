#pragma once
// Adapts the penalty weights towards a target share of feasible offspring, one weight per constraint:
// raised by 20 % when too few offspring respect that constraint, lowered by 15 % when too many do. The
// weights that start uncalibrated (time warp, duration) are raised by 50 % instead when under half the
// target, and after a quarter window in which no offspring respected them at all.
#include <vector>

#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/individual.hpp"

namespace routekit {

class PenaltyManager {
  public:
    PenaltyManager(const Instance& instance, const GeneticParams& params);

    const PenaltyWeights& weights() const { return weights_; }
    /// Prices under the current weights.
    CostEvaluator cost_evaluator() const { return {instance_, weights_}; }
    /// The weights a repair runs under: `factor` times the current ones (HGS: 10).
    PenaltyWeights repair_weights(Cost factor) const;

    /// Counts an educated offspring (before any repair); every `penalty_interval` offspring the weights
    /// are adjusted. Returns true when they changed. A window in which no offspring was recorded with
    /// `may_lower` only raises weights: children of the best solution are nearly all feasible, and lowering
    /// the weights for them would let every descent wander off feasibility.
    bool record(const Individual& offspring, bool may_lower = true);

    /// Share of the recorded offspring that were feasible, over the whole run.
    double feasible_share() const;

  private:
    struct Tracker {
        bool active = false;  // the instance has this constraint
        // The weight starts at 1, with no estimate of its scale (time warp and duration; the load weight
        // starts at HGS's estimate): far from target it moves by half, not a fifth. Measured on X, the quick
        // steps hurt the calibrated load weight (3 CPU-s, 15 instances: 2.25 % -> 2.45 %).
        bool quick = false;
        int feasible = 0;
    };
    static Cost adjust(Cost weight, Cost max_weight, const Tracker& tracker, int window, double target);
    /// `weight` raised by half (up to `max_weight`) when no offspring of the current window met the
    /// constraint.
    static Cost raise_if_never_met(Cost weight, Cost max_weight, const Tracker& tracker);

    const Instance& instance_;
    const GeneticParams& params_;
    PenaltyWeights weights_;
    Tracker load_;
    Tracker time_warp_;
    Tracker duration_;
    Cost max_load_weight_ =
        0;  ///< kMaxWeight times the largest unit distance cost (load is priced in cost units)
    int window_ = 0;
    bool window_may_lower_ = false;  ///< some offspring of the current window was recorded with may_lower
    std::int64_t recorded_ = 0;
    std::int64_t recorded_feasible_ = 0;
};

}  // namespace routekit
