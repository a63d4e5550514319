#include "routekit/roads/random_places.hpp"

#include <random>
#include <string>

namespace routekit::roads {

std::vector<NamedPoint> random_places(const RoadGraph& roads, int count, std::uint64_t seed) {
    const std::vector<std::uint32_t> streets = strongly_connected_streets(roads);
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> along(0, 1);
    std::vector<NamedPoint> points;
    for (int k = 0; k < count; ++k) {
        const Street& street = roads.streets()[streets[random() % streets.size()]];
        const std::uint32_t segment =
            street.first_point + random() % (street.last_point - street.first_point);
        const LatLon a = roads.shape_points()[segment], b = roads.shape_points()[segment + 1];
        const double t = along(random);
        points.push_back({std::to_string(k), {a.lat + t * (b.lat - a.lat), a.lon + t * (b.lon - a.lon)}});
    }
    return points;
}

}  // namespace routekit::roads
