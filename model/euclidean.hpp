#pragma once
// EUC_2D under Rounding::tsplib, inline for the two places that compute it: coordinate instances too large
// for a matrix (PyVRP-XXL) compute a distance on every call, and the out-of-line call through
// coordinate_distance's switch was a third of a profile of Brussels1 (n = 15,001).
#include <cmath>

#include "routekit/model/units.hpp"

namespace routekit {

/// TSPLIB's nint of the Euclidean distance from `a` to `b`.
inline Cost euclidean_tsplib(const Point& a, const Point& b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return static_cast<Cost>(std::sqrt(dx * dx + dy * dy) + 0.5);
}

}  // namespace routekit
