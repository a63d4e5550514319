#include "io/tsplib_distances.hpp"

#include <algorithm>
#include <cmath>

namespace routekit::io {

namespace {

// TSPLIB's nint: (int)(x + 0.5), for the non-negative values distances are.
Cost nint(double x) {
    return static_cast<Cost>(x + 0.5);
}

// GEO coordinates are DDD.MM (degrees and minutes); TSPLIB's reference code truncates to the degrees.
double geo_radians(double coordinate) {
    constexpr double kPi = 3.141592;  // TSPLIB's own value, part of the published optima
    const double degrees = std::trunc(coordinate);
    const double minutes = coordinate - degrees;
    return kPi * (degrees + 5.0 * minutes / 3.0) / 180.0;
}

double geo_real(const Point& a, const Point& b) {
    constexpr double kEarthRadius = 6378.388;
    const double latitude_a = geo_radians(a.x), longitude_a = geo_radians(a.y);
    const double latitude_b = geo_radians(b.x), longitude_b = geo_radians(b.y);
    const double q1 = std::cos(longitude_a - longitude_b);
    const double q2 = std::cos(latitude_a - latitude_b);
    const double q3 = std::cos(latitude_a + latitude_b);
    const double argument = std::clamp(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3), -1.0, 1.0);
    return kEarthRadius * std::acos(argument);
}

}  // namespace

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

Cost coordinate_distance(EdgeWeightType type, const Point& a, const Point& b, Rounding rounding) {
    const double dx = std::fabs(a.x - b.x);
    const double dy = std::fabs(a.y - b.y);
    const bool tsplib = rounding == Rounding::tsplib;
    switch (type) {
        // EXACT_2D is real-valued by definition: only a --rounding tsplib forced on it rounds it like EUC_2D.
        case EdgeWeightType::euc_2d:
        case EdgeWeightType::exact_2d: {
            const double d = std::sqrt(dx * dx + dy * dy);
            return tsplib ? nint(d) : to_fixed(d, rounding);
        }
        case EdgeWeightType::ceil_2d: {
            const double d = std::sqrt(dx * dx + dy * dy);
            return tsplib ? static_cast<Cost>(std::ceil(d)) : to_fixed(d, rounding);
        }
        case EdgeWeightType::floor_2d: {
            // sqrt is correctly rounded, so a whole distance (3-4-5) floors to itself, not one below.
            const double d = std::sqrt(dx * dx + dy * dy);
            return tsplib ? static_cast<Cost>(std::floor(d)) : to_fixed(d, rounding);
        }
        case EdgeWeightType::att: {
            // Pseudo-Euclidean: round, then round up when rounding went down.
            const double r = std::sqrt((dx * dx + dy * dy) / 10.0);
            if (!tsplib) return to_fixed(r, rounding);
            const Cost t = nint(r);
            return static_cast<double>(t) < r ? t + 1 : t;
        }
        case EdgeWeightType::geo: {
            const double d = geo_real(a, b);
            return tsplib ? static_cast<Cost>(d + 1.0) : to_fixed(d, rounding);
        }
        case EdgeWeightType::man_2d:
            return tsplib ? nint(dx + dy) : to_fixed(dx + dy, rounding);
        case EdgeWeightType::max_2d:
            return tsplib ? std::max(nint(dx), nint(dy)) : to_fixed(std::max(dx, dy), rounding);
        case EdgeWeightType::explicit_matrix:
            break;
    }
    return 0;
}

std::vector<Cost> coordinate_matrix(EdgeWeightType type, const std::vector<Point>& points, Rounding rounding) {
    const std::size_t n = points.size();
    std::vector<Cost> matrix(n * n, 0);
    // Every coordinate function is symmetric: compute each pair once.
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            matrix[i * n + j] = matrix[j * n + i] = coordinate_distance(type, points[i], points[j], rounding);
    return matrix;
}

}  // namespace routekit::io
