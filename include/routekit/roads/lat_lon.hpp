#pragma once
// A position on the Earth in degrees (WGS 84, as OpenStreetMap stores it) and the distance between two.
namespace routekit::roads {

struct LatLon {
    double lat = 0;  ///< degrees north
    double lon = 0;  ///< degrees east
};

/// Mean Earth radius in metres (IUGG), the one the JSON reader's haversine distances use too.
inline constexpr double kEarthRadiusMetres = 6371008.8;

/// Great-circle distance in metres (haversine formula).
double haversine_metres(LatLon a, LatLon b);

}  // namespace routekit::roads
