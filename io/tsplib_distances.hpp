#pragma once
// The TSPLIB95 distance functions over node coordinates (Reinelt, "TSPLIB 95", section 2).
#include <optional>
#include <string_view>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit::io {

// exact_2d and floor_2d are LKH-3's: the real-valued Euclidean distance and its floor.
enum class EdgeWeightType { explicit_matrix, euc_2d, ceil_2d, att, geo, man_2d, max_2d, exact_2d, floor_2d };

/// "EXPLICIT", "EUC_2D", ..., and LKH-3's "EXACT_2D" and "FLOOR_2D"; nullopt for a type Routekit does not compute.
std::optional<EdgeWeightType> parse_edge_weight_type(std::string_view text);

/// The distance from `a` to `b`. Under Rounding::tsplib this is exactly the TSPLIB95 integer function;
/// under trunc1 and exact the underlying real value goes through to_fixed instead.
Cost coordinate_distance(EdgeWeightType type, const Point& a, const Point& b, Rounding rounding);

/// The full n*n matrix over `points` (diagonal 0).
std::vector<Cost> coordinate_matrix(EdgeWeightType type, const std::vector<Point>& points, Rounding rounding);

}  // namespace routekit::io
