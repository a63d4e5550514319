#pragma once
// The TSP engine's distance: EUC_2D and CEIL_2D (TSPLIB rounding) computed inline from the coordinates,
// anything else through the instance's ArcCosts. Inline, a distance is a few multiplications and a square
// root, cheaper than the out-of-line on-demand call above 10,000 nodes and than a cache miss in a matrix of
// hundreds of megabytes below; the values are the ones coordinate_distance gives.
#include <cmath>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

class TspDistance {
  public:
    explicit TspDistance(const Instance& instance) : costs_(instance.distances()) {
        const auto& function = instance.data().distance_function;
        if (!function || !instance.has_coordinates() || instance.rounding() != Rounding::tsplib) return;
        if (*function != DistanceFunction::euc_2d && *function != DistanceFunction::ceil_2d) return;
        ceil_ = *function == DistanceFunction::ceil_2d;
        points_ = instance.coordinates().data();
    }

    Cost operator()(int from, int to) const {
        if (points_) {
            const double dx = points_[from].x - points_[to].x;
            const double dy = points_[from].y - points_[to].y;
            const double d = std::sqrt(dx * dx + dy * dy);
            return ceil_ ? static_cast<Cost>(std::ceil(d)) : static_cast<Cost>(d + 0.5);
        }
        return costs_(from, to);
    }

  private:
    ArcCosts costs_;
    const Point* points_ = nullptr;
    bool ceil_ = false;
};

}  // namespace routekit
