#include "routekit/roads/lat_lon.hpp"

#include <cmath>
#include <numbers>

namespace routekit::roads {

double haversine_metres(LatLon a, LatLon b) {
    constexpr double kRadians = std::numbers::pi / 180;
    const double dlat = (b.lat - a.lat) * kRadians;
    const double dlon = (b.lon - a.lon) * kRadians;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(a.lat * kRadians) *
                                                                   std::cos(b.lat * kRadians) *
                                                                   std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace routekit::roads
