#include "io/tsplib_distances.hpp"

namespace routekit::io {

std::optional<EdgeWeightType> parse_edge_weight_type(std::string_view text) {
    if (text == "EXPLICIT") return EdgeWeightType::explicit_matrix;
    if (text == "EUC_2D") return EdgeWeightType::euc_2d;
    if (text == "CEIL_2D") return EdgeWeightType::ceil_2d;
    if (text == "ATT") return EdgeWeightType::att;
    if (text == "GEO") return EdgeWeightType::geo;
    if (text == "MAN_2D") return EdgeWeightType::man_2d;
    if (text == "MAX_2D") return EdgeWeightType::max_2d;
    if (text == "EXACT_2D") return EdgeWeightType::exact_2d;
    if (text == "FLOOR_2D") return EdgeWeightType::floor_2d;
    return std::nullopt;
}

std::optional<DistanceFunction> distance_function(EdgeWeightType type) {
    switch (type) {
        // EXACT_2D is real-valued by definition: the reader's rounding (milli, from LKH-3's SCALE) scales it.
        case EdgeWeightType::euc_2d:
        case EdgeWeightType::exact_2d:
            return DistanceFunction::euc_2d;
        case EdgeWeightType::floor_2d:
            return DistanceFunction::floor_2d;
        case EdgeWeightType::ceil_2d:
            return DistanceFunction::ceil_2d;
        case EdgeWeightType::att:
            return DistanceFunction::att;
        case EdgeWeightType::geo:
            return DistanceFunction::geo;
        case EdgeWeightType::man_2d:
            return DistanceFunction::man_2d;
        case EdgeWeightType::max_2d:
            return DistanceFunction::max_2d;
        case EdgeWeightType::explicit_matrix:
            break;
    }
    return std::nullopt;
}

}  // namespace routekit::io
