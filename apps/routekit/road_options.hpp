#pragma once
// The road options `routekit matrix` and `routekit solve --map` share: the car profile's overrides and
// how the matrices are searched.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "routekit/roads/road_matrices.hpp"

namespace routekit::cli {

struct RoadOptions {
    std::string optimise = "time";
    std::string search = "automatic";
    int threads = 0;
    double max_snap_m = 1000;
    std::vector<std::string> speeds;  ///< --speed HIGHWAY=KMH
};

void add_road_options(CLI::App& command, RoadOptions& options);
/// The default car profile with the --speed overrides (ParameterError on a bad one).
roads::CarProfile car_profile_from(const RoadOptions& options);
roads::MatrixOptions matrix_options_from(const RoadOptions& options);

}  // namespace routekit::cli
