#include "solver/penalty_manager.hpp"

#include <algorithm>
#include <cmath>

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
    const Cost longest = std::max<Cost>(1, instance.distances().max_value());
    Cost largest_demand = 1;
    for (int i = 0; i < instance.num_nodes(); ++i)
        largest_demand = std::max(largest_demand, instance.demand(i));
    weights_.load = std::clamp<Cost>(longest / largest_demand, 1, kMaxWeight);
    weights_.time_warp = 1;
    weights_.duration = 1;
    load_.active = instance.has_capacity() && !instance.single_vehicle();
    time_warp_.active = instance.has_time_windows();
    duration_.active = instance.has_duration_limit();
}

PenaltyWeights PenaltyManager::repair_weights(Cost factor) const {
    return {std::min(weights_.load * factor, kMaxWeight), std::min(weights_.time_warp * factor, kMaxWeight),
            std::min(weights_.duration * factor, kMaxWeight)};
}

Cost PenaltyManager::adjust(Cost weight, const Tracker& tracker, int window, double target) {
    if (!tracker.active || window == 0) return weight;
    const double share = static_cast<double>(tracker.feasible) / static_cast<double>(window);
    if (share < target - 0.05) return std::min(kMaxWeight, std::max(weight + 1, (weight * 6 + 4) / 5));
    if (share > target + 0.05) return std::max<Cost>(1, weight * 85 / 100);
    return weight;
}

bool PenaltyManager::record(const Individual& offspring) {
    ++recorded_;
    if (offspring.feasible) ++recorded_feasible_;
    ++window_;
    if (offspring.cost.excess_load == 0) ++load_.feasible;
    if (offspring.cost.time_warp == 0) ++time_warp_.feasible;
    if (offspring.cost.excess_duration == 0) ++duration_.feasible;
    if (window_ < std::max(params_.penalty_interval, 1)) return false;
    const PenaltyWeights before = weights_;
    weights_.load = adjust(weights_.load, load_, window_, params_.target_feasible);
    weights_.time_warp = adjust(weights_.time_warp, time_warp_, window_, params_.target_feasible);
    weights_.duration = adjust(weights_.duration, duration_, window_, params_.target_feasible);
    window_ = 0;
    load_.feasible = time_warp_.feasible = duration_.feasible = 0;
    return !(before == weights_);
}

double PenaltyManager::feasible_share() const {
    return recorded_ == 0 ? 0.0 : static_cast<double>(recorded_feasible_) / static_cast<double>(recorded_);
}

}  // namespace routekit
