#pragma once
// A synthetic road map for benchmarks: a square grid of streets written as an OpenStreetMap file, so that
// timing it exercises the same reading code as a real extract.
#include <string>

namespace routekit::bench {

/// Writes side x side junctions `spacing_m` apart (ids 1..side^2, row by row, south-west corner at 45 N,
/// 5 E) and one way per row and per column: every 10th a primary road with maxspeed 50, the others
/// residential; every 4th residential line one-way (every other one of them against its drawing
/// direction, oneway=-1). The format follows the file name (.osm.pbf, .osm).
void write_road_grid(const std::string& path, int side, double spacing_m);

}  // namespace routekit::bench
