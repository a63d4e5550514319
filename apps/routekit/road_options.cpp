#include "apps/routekit/road_options.hpp"

#include <charconv>

#include "routekit/model/error.hpp"

namespace routekit::cli {

void add_road_options(CLI::App& command, RoadOptions& options) {
    command
        .add_option("--optimise", options.optimise,
                    "what each search minimises: time (the fastest route; its length is the distance) or "
                    "distance (the shortest route; its time is the duration)")
        ->check(CLI::IsMember({"time", "distance"}));
    command
        .add_option(
            "--search", options.search,
            "dijkstra (one search per point over the whole map), hierarchy (contraction "
            "hierarchies: a preprocessing worth about 250 searches, then small searches) or automatic "
            "(hierarchy from 256 points on). Same matrices either way")
        ->check(CLI::IsMember({"automatic", "dijkstra", "hierarchy"}));
    command.add_option("--road-threads", options.threads, "threads for the road searches (0: all cores)")
        ->check(CLI::Range(0, 1024));
    command
        .add_option("--max-snap", options.max_snap_m,
                    "metres: a point farther than this from every drivable road is an error")
        ->check(CLI::PositiveNumber);
    command.add_option("--speed", options.speeds,
                       "HIGHWAY=KMH: the car's speed on a highway type (0 forbids it); repeatable. "
                       "Defaults in docs/roads.md");
}

roads::CarProfile car_profile_from(const RoadOptions& options) {
    roads::CarProfile profile;
    for (const std::string& assignment : options.speeds) {
        const std::size_t equals = assignment.find('=');
        double kmh = -1;
        if (equals != std::string::npos) {
            const char* end = assignment.data() + assignment.size();
            const auto [at, error] = std::from_chars(assignment.data() + equals + 1, end, kmh);
            if (error != std::errc() || at != end) kmh = -1;
        }
        if (equals == std::string::npos || equals == 0 || !(kmh >= 0))
            throw ParameterError("--speed: expected HIGHWAY=KMH (a number >= 0), found " + assignment);
        const std::string highway = assignment.substr(0, equals);
        if (kmh == 0)
            profile.highway_speed_kmh.erase(highway);
        else
            profile.highway_speed_kmh[highway] = kmh;
    }
    return profile;
}

roads::MatrixOptions matrix_options_from(const RoadOptions& options) {
    roads::MatrixOptions matrix;
    matrix.optimise = options.optimise == "distance" ? roads::Optimise::distance : roads::Optimise::time;
    matrix.method = options.search == "hierarchy"  ? roads::SearchMethod::hierarchy
                    : options.search == "dijkstra" ? roads::SearchMethod::dijkstra
                                                   : roads::SearchMethod::automatic;
    matrix.threads = options.threads;
    matrix.max_snap_distance_m = options.max_snap_m;
    return matrix;
}

}  // namespace routekit::cli
