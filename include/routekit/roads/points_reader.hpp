#pragma once
// Reading the points a matrix is wanted between: JSON or CSV, each point an id with a latitude and a
// longitude in degrees (docs/roads.md).
#include <string>
#include <string_view>
#include <vector>

#include "routekit/roads/snapping.hpp"

namespace routekit::roads {

/// JSON (the first non-blank character is `[` or `{`): `[{"id": "depot", "lat": 43.73, "lon": 7.42}, ...]`
/// or the same array under `"points"`; ids are strings or integers. CSV: a header naming the columns
/// `id`, `lat` and `lon` (in any order; other columns are ignored), then one point per line. Throws
/// InputError("FILE:LINE: expected ..., found ...") on anything else, on a repeated id and on no points.
std::vector<NamedPoint> parse_points(std::string_view text, const std::string& source);
std::vector<NamedPoint> read_points(const std::string& path);

}  // namespace routekit::roads
