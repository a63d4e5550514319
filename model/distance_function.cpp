#include "routekit/model/distance_function.hpp"

#include <algorithm>
#include <cmath>

#include "model/euclidean.hpp"

namespace routekit {

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

Cost coordinate_distance(DistanceFunction function, const Point& a, const Point& b, Rounding rounding) {
    const double dx = std::fabs(a.x - b.x);
    const double dy = std::fabs(a.y - b.y);
    const bool tsplib = rounding == Rounding::tsplib;
    switch (function) {
        case DistanceFunction::euc_2d:
            return tsplib ? euclidean_tsplib(a, b) : to_fixed(std::sqrt(dx * dx + dy * dy), rounding);
        case DistanceFunction::ceil_2d: {
            const double d = std::sqrt(dx * dx + dy * dy);
            return tsplib ? static_cast<Cost>(std::ceil(d)) : to_fixed(d, rounding);
        }
        case DistanceFunction::floor_2d: {
            // LKH-3's FLOOR_2D; sqrt is correctly rounded, so a whole distance (3-4-5) floors to itself.
            const double d = std::sqrt(dx * dx + dy * dy);
            return tsplib ? static_cast<Cost>(std::floor(d)) : to_fixed(d, rounding);
        }
        case DistanceFunction::att: {
            // Pseudo-Euclidean: round, then round up when rounding went down.
            const double r = std::sqrt((dx * dx + dy * dy) / 10.0);
            if (!tsplib) return to_fixed(r, rounding);
            const Cost t = nint(r);
            return static_cast<double>(t) < r ? t + 1 : t;
        }
        case DistanceFunction::geo: {
            const double d = geo_real(a, b);
            return tsplib ? static_cast<Cost>(d + 1.0) : to_fixed(d, rounding);
        }
        case DistanceFunction::man_2d:
            return tsplib ? nint(dx + dy) : to_fixed(dx + dy, rounding);
        case DistanceFunction::max_2d:
            return tsplib ? std::max(nint(dx), nint(dy)) : to_fixed(std::max(dx, dy), rounding);
    }
    return 0;
}

}  // namespace routekit
