#pragma once
// TSPLIB's EDGE_WEIGHT_TYPE: an explicit matrix or one of the distance functions over coordinates
// (routekit/model/distance_function.hpp computes them).
#include <optional>
#include <string_view>

#include "routekit/model/distance_function.hpp"

namespace routekit::io {

// exact_2d and floor_2d are LKH-3's: the real-valued Euclidean distance and its floor.
enum class EdgeWeightType { explicit_matrix, euc_2d, ceil_2d, att, geo, man_2d, max_2d, exact_2d, floor_2d };

/// "EXPLICIT", "EUC_2D", ..., and LKH-3's "EXACT_2D" and "FLOOR_2D"; nullopt for a type Routekit does not compute.
std::optional<EdgeWeightType> parse_edge_weight_type(std::string_view text);

/// The function an EDGE_WEIGHT_TYPE names; nullopt for EXPLICIT.
std::optional<DistanceFunction> distance_function(EdgeWeightType type);

}  // namespace routekit::io
