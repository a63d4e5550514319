#include "solver/penalty_manager.hpp"

#include <algorithm>
#include <cmath>

#include "solver/backhaul_arcs.hpp"

namespace routekit {

namespace {
// The weights stay within [1, kMaxWeight]: large enough to force feasibility on any instance scale
// (distances may be stored x10^7). Violations are unbounded, so weight x violation can still exceed int64:
// CostEvaluator saturates it.
constexpr Cost kMaxWeight = Cost{1} << 30;
}  // namespace

PenaltyManager::PenaltyManager(const Instance& instance, const GeneticParams& params)
    : instance_(instance), params_(params) {
    // Load: one unit of excess costs about one long edge per largest demand (HGS-CVRP's choice).
    const Cost longest = std::max<Cost>(1, longest_allowed_arc(instance));
    Cost largest_demand = 1;
    for (int i = 0; i < instance.num_nodes(); ++i)
        largest_demand = std::max({largest_demand, instance.demand(i), instance.pickup(i)});
    // With vehicle types an edge costs its unit distance cost (the cheapest type's to start with), and the
    // weight may grow as far as the dearest type's times kMaxWeight plus the largest fixed cost, so that
    // one unit of excess can outweigh another vehicle. 1 and kMaxWeight for one plain type.
    Cost cheapest_unit = kMaxWeight;
    Cost dearest_unit = 1;
    Cost largest_fixed = 0;
    for (const VehicleType& type : instance.vehicle_types()) {
        cheapest_unit = std::min(cheapest_unit, std::max<Cost>(type.unit_distance_cost, 1));
        dearest_unit = std::max(dearest_unit, type.unit_distance_cost);
        largest_fixed = std::max(largest_fixed, type.fixed_cost);
    }
    max_load_weight_ = kMaxWeight * dearest_unit + largest_fixed;
    weights_.load = std::clamp<Cost>(cheapest_unit * (longest / largest_demand), 1, max_load_weight_);
    weights_.time_warp = 1;
    weights_.duration = 1;
    load_.active = instance.has_capacity() && !instance.single_vehicle();
    time_warp_.active = instance.has_time_windows();
    duration_.active = instance.has_duration_limit() || instance.has_distance_limit();
    time_warp_.quick = duration_.quick = true;
}

PenaltyWeights PenaltyManager::repair_weights(Cost factor) const {
    return {std::min(weights_.load * factor, max_load_weight_),
            std::min(weights_.time_warp * factor, kMaxWeight),
            std::min(weights_.duration * factor, kMaxWeight)};
}

Cost PenaltyManager::adjust(Cost weight, Cost max_weight, const Tracker& tracker, int window, double target) {
    if (!tracker.active || window == 0) return weight;
    const double share = static_cast<double>(tracker.feasible) / static_cast<double>(window);
    // Far below target (under half of it) an uncalibrated weight grows by half, otherwise by a fifth.
    if (tracker.quick && share < target / 2)
        return std::min(max_weight, std::max(weight + 1, weight * 3 / 2));
    if (share < target - 0.05) return std::min(max_weight, std::max(weight + 1, (weight * 6 + 4) / 5));
    if (share > target + 0.05) return std::max<Cost>(1, weight * 85 / 100);
    return weight;
}

Cost PenaltyManager::raise_if_never_met(Cost weight, Cost max_weight, const Tracker& tracker) {
    if (!tracker.active || !tracker.quick || tracker.feasible > 0) return weight;
    return std::min(max_weight, std::max(weight + 1, weight * 3 / 2));
}

bool PenaltyManager::record(const Individual& offspring, bool may_lower) {
    window_may_lower_ = window_may_lower_ || may_lower;
    ++recorded_;
    if (offspring.feasible) ++recorded_feasible_;
    ++window_;
    if (offspring.cost.excess_load == 0) ++load_.feasible;
    if (offspring.cost.time_warp == 0) ++time_warp_.feasible;
    // The duration weight prices excess distance too (PenaltyWeights::duration).
    if (offspring.cost.excess_duration == 0 && offspring.cost.excess_distance == 0) ++duration_.feasible;
    const PenaltyWeights before = weights_;
    if (window_ < std::max(params_.penalty_interval, 1)) {
        // A constraint that no offspring of a quarter window respects is far off target: raising its
        // weight only every full window leaves a slow search (a thousand clients with tight windows breeds
        // a few dozen offspring per second) infeasible for the whole run. Raise it by half at once.
        if (window_ < std::max(params_.penalty_interval / 4, 1)) return false;
        weights_.time_warp = raise_if_never_met(weights_.time_warp, kMaxWeight, time_warp_);
        weights_.duration = raise_if_never_met(weights_.duration, kMaxWeight, duration_);
        if (before == weights_) return false;
        window_ = 0;
        window_may_lower_ = false;
        load_.feasible = time_warp_.feasible = duration_.feasible = 0;
        return true;
    }
    weights_.load = adjust(weights_.load, max_load_weight_, load_, window_, params_.target_feasible);
    weights_.time_warp = adjust(weights_.time_warp, kMaxWeight, time_warp_, window_, params_.target_feasible);
    weights_.duration = adjust(weights_.duration, kMaxWeight, duration_, window_, params_.target_feasible);
    if (!window_may_lower_) {
        weights_.load = std::max(weights_.load, before.load);
        weights_.time_warp = std::max(weights_.time_warp, before.time_warp);
        weights_.duration = std::max(weights_.duration, before.duration);
    }
    window_ = 0;
    window_may_lower_ = false;
    load_.feasible = time_warp_.feasible = duration_.feasible = 0;
    return !(before == weights_);
}

double PenaltyManager::feasible_share() const {
    return recorded_ == 0 ? 0.0 : static_cast<double>(recorded_feasible_) / static_cast<double>(recorded_);
}

}  // namespace routekit
