// routekit matrix MAP POINTS -o OUT: road distance and duration matrices between points on an
// OpenStreetMap extract, as a Routekit JSON instance or a TSPLIB ATSP file.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/output_file.hpp"
#include "apps/routekit/road_options.hpp"
#include "routekit/model/error.hpp"
#include "routekit/roads/points_reader.hpp"
#include "routekit/roads/road_matrices.hpp"

namespace routekit::cli {

namespace {

constexpr const char* kAttribution = "Map data (c) OpenStreetMap contributors, ODbL";

struct MatrixCommandOptions {
    std::string map;
    std::string points;
    std::string output;
    std::optional<std::string> format;
    std::string weight = "distance";
    RoadOptions roads;
    bool quiet = false;
};

void write_json(std::ostream& out, const std::string& name, const std::vector<roads::NamedPoint>& points,
                const roads::RoadMatrices& m) {
    const auto matrix = [&](const std::vector<std::int64_t>& values) {
        std::string text = "[";
        for (int i = 0; i < m.size; ++i) {
            text += i ? ",\n    [" : "\n    [";
            for (int j = 0; j < m.size; ++j) text += (j ? ", " : "") + std::to_string(values[i * m.size + j]);
            text += "]";
        }
        return text + "]";
    };
    nlohmann::json names = nlohmann::json::array(), coordinates = nlohmann::json::array();
    for (const roads::NamedPoint& p : points) {
        names.push_back(p.id);
        coordinates.push_back({p.location.lon, p.location.lat});
    }
    out << "{\n  \"name\": " << nlohmann::json(name).dump() << ",\n  \"rounding\": \"tsplib\",\n"
        << "  \"coordinate_system\": \"lonlat\",\n  \"names\": " << names.dump()
        << ",\n  \"coordinates\": " << coordinates.dump()
        << ",\n  \"distance_matrix\": " << matrix(m.distance_m)
        << ",\n  \"duration_matrix\": " << matrix(m.duration_s) << "\n}\n";
}

void write_tsplib_atsp(std::ostream& out, const std::string& name, const std::string& weight,
                       const roads::RoadMatrices& m) {
    const bool metres = weight == "distance";
    out << "NAME: " << name << "\nTYPE: ATSP\nCOMMENT: road "
        << (metres ? "distances in metres" : "durations in seconds") << " (" << kAttribution
        << ")\nDIMENSION: " << m.size
        << "\nEDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: FULL_MATRIX\nEDGE_WEIGHT_SECTION\n";
    const std::vector<std::int64_t>& values = metres ? m.distance_m : m.duration_s;
    for (int i = 0; i < m.size; ++i) {
        for (int j = 0; j < m.size; ++j) out << (j ? " " : "") << values[i * m.size + j];
        out << "\n";
    }
    out << "EOF\n";
}

void run_matrix(const MatrixCommandOptions& options) {
    const std::string extension = std::filesystem::path(options.output).extension().string();
    const std::string format = options.format.value_or(extension == ".json" ? "json" : "tsplib");
    // A bad output path fails before the map is read; an existing file keeps its content until the
    // matrices replace it.
    require_writable(options.output);
    const auto start = std::chrono::steady_clock::now();
    const std::vector<roads::NamedPoint> points = roads::read_points(options.points);
    if (points.size() < 2)
        throw InputError(options.points, 0,
                         "expected at least two points, found " + std::to_string(points.size()));
    const roads::RoadGraph graph = roads::read_road_graph(options.map, car_profile_from(options.roads));
    const roads::RoadMatrices m = roads::road_matrices(graph, points, matrix_options_from(options.roads));
    const std::string name = std::filesystem::path(options.points).stem().string();
    std::ofstream out = open_output_file(options.output);
    if (format == "json")
        write_json(out, name, points, m);
    else
        write_tsplib_atsp(out, name, options.weight, m);
    out.close();
    if (!out) throw InputError(options.output, 0, "expected the matrices written, found a write error");
    if (!options.quiet) {
        double farthest_snap = 0;
        for (const roads::SnappedPoint& s : m.snapped)
            farthest_snap = std::max(farthest_snap, s.snap_distance_m);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(
            stderr,
            "routekit: %d x %d matrices from %zu junctions, %zu arcs; farthest snap %.1f m; %.2f s; %s\n",
            m.size, m.size, graph.num_vertices(), graph.num_arcs(), farthest_snap, seconds, kAttribution);
    }
}

}  // namespace

void add_matrix_command(CLI::App& app) {
    auto options = std::make_shared<MatrixCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "matrix",
        "road distance (metres) and duration (seconds) matrices between points on an OpenStreetMap map, "
        "asymmetric, by a car profile (docs/roads.md)");
    command->add_option("map", options->map, "OpenStreetMap extract: .osm.pbf or .osm")->required();
    command
        ->add_option(
            "points", options->points,
            "points: JSON [{\"id\": ..., \"lat\": ..., \"lon\": ...}, ...] or CSV with an id,lat,lon "
            "header; the first is the depot of the JSON instance")
        ->required();
    command->add_option("--output,-o", options->output, "the file to write")->required();
    command->option_defaults()->always_capture_default();
    command
        ->add_option(
            "--format", options->format,
            "json: a Routekit JSON instance with both matrices (docs/json-format.md); tsplib: TSPLIB "
            "ATSP, EXPLICIT FULL_MATRIX, one matrix (--weight). Default: json for a .json file, "
            "else tsplib")
        ->check(CLI::IsMember({"json", "tsplib"}));
    command->add_option("--weight", options->weight, "the matrix a TSPLIB file holds: distance or duration")
        ->check(CLI::IsMember({"distance", "duration"}));
    add_road_options(*command, options->roads);
    command->add_flag("--quiet,-q", options->quiet, "no summary line on stderr");
    command->callback([options] { run_matrix(*options); });
}

}  // namespace routekit::cli
