#include "bench/roads/road_grid_writer.hpp"

#include <cmath>
#include <numbers>
#include <osmium/builder/attr.hpp>
#include <osmium/io/any_output.hpp>
#include <vector>

#include "routekit/roads/lat_lon.hpp"

namespace routekit::bench {

void write_road_grid(const std::string& path, int side, double spacing_m) {
    using namespace osmium::builder::attr;
    constexpr double kSouth = 45, kWest = 5;
    const double metres_per_degree = roads::kEarthRadiusMetres * std::numbers::pi / 180;
    const double dlat = spacing_m / metres_per_degree;
    const double dlon = dlat / std::cos(kSouth * std::numbers::pi / 180);
    const auto node_id = [side](int row, int column) {
        return static_cast<osmium::object_id_type>(row) * side + column + 1;
    };

    osmium::io::Header header;
    header.set("generator", "routekit road grid");
    osmium::io::Writer writer(path, header, osmium::io::overwrite::allow);
    osmium::memory::Buffer buffer(1 << 20, osmium::memory::Buffer::auto_grow::yes);
    for (int row = 0; row < side; ++row)
        for (int column = 0; column < side; ++column)
            osmium::builder::add_node(buffer, _id(node_id(row, column)), _version(1),
                                      _location(kWest + column * dlon, kSouth + row * dlat));
    osmium::object_id_type way_id = 1;
    const auto add_line = [&](int line, const std::vector<osmium::object_id_type>& nodes) {
        const bool primary = line % 10 == 0;
        const char* oneway = primary || line % 4 != 1 ? "no" : (line % 8 == 1 ? "yes" : "-1");
        osmium::builder::add_way(buffer, _id(way_id++), _version(1), _nodes(nodes),
                                 _tag("highway", primary ? "primary" : "residential"), _tag("oneway", oneway),
                                 _tag("maxspeed", primary ? "50" : "30"));
    };
    std::vector<osmium::object_id_type> nodes(static_cast<std::size_t>(side));
    for (int row = 0; row < side; ++row) {
        for (int column = 0; column < side; ++column) nodes[column] = node_id(row, column);
        add_line(row, nodes);
    }
    for (int column = 0; column < side; ++column) {
        for (int row = 0; row < side; ++row) nodes[row] = node_id(row, column);
        add_line(column, nodes);
    }
    writer(std::move(buffer));
    writer.close();
}

}  // namespace routekit::bench
