#pragma once
// Pictures of routes without any plotting library: SVG written as text, PNG rasterized here (anti-aliased
// lines and discs) and encoded with libpng. Both draw the same scene; the PNG has no text (no font).
#include <ostream>
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit::cli {

struct RoutePicture {
    std::vector<Point> points;  ///< one per node, node 0 the depot
    std::vector<Route> routes;  ///< non-empty routes, client indices
    std::string title;          ///< SVG only
    int size = 800;             ///< width and height in pixels
};

void write_svg(std::ostream& out, const RoutePicture& picture);
/// Throws InputError naming `path` when libpng cannot write it.
void write_png(const std::string& path, const RoutePicture& picture);

}  // namespace routekit::cli
