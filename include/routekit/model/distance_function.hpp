#pragma once
// The TSPLIB95 distance functions over node coordinates (Reinelt, "TSPLIB 95", section 2), in the model so
// that an Instance can compute a distance when it is asked for instead of storing n*n of them.
#include "routekit/model/units.hpp"

namespace routekit {

enum class DistanceFunction { euc_2d, ceil_2d, floor_2d, att, geo, man_2d, max_2d };

/// The distance from `a` to `b`. Under Rounding::tsplib this is exactly the TSPLIB95 integer function;
/// under trunc1 and exact the underlying real value goes through to_fixed instead. Every function is
/// symmetric.
Cost coordinate_distance(DistanceFunction function, const Point& a, const Point& b, Rounding rounding);

}  // namespace routekit
