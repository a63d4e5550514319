#include "routekit/roads/map_instance.hpp"

#include <nlohmann/json.hpp>

#include "io/json_support.hpp"

namespace routekit::roads {

Instance read_instance_on_map(const std::string& path, const RoadGraph& roads, const MatrixOptions& matrix,
                              const ReadOptions& read) {
    const std::string text = read_file(path);
    // Everything but the matrices is checked, with line numbers, by the instance reader itself.
    const Instance as_the_crow_flies = parse_instance(text, path, read);
    if (detect_instance_format(text) != InstanceFormat::json)
        throw InputError(path, 1, "expected a JSON instance with lon/lat coordinates, found another format");
    const io::JsonDocument document(text, path);
    nlohmann::json root = document.root();
    for (const char* key : {"distance_matrix", "duration_matrix"})
        if (root.contains(key))
            throw InputError(
                path, document.line_of(key),
                std::string("expected no \"") + key + "\" (the map gives the matrices), found one");
    if (!as_the_crow_flies.has_coordinates() || root.value("coordinate_system", "") != "lonlat")
        throw InputError(path, document.line_of("coordinate_system"),
                         "expected \"coordinates\" with \"coordinate_system\": \"lonlat\", found none");

    std::vector<NamedPoint> points;
    const nlohmann::json names = root.value("names", nlohmann::json::array());
    for (std::size_t k = 0; k < as_the_crow_flies.coordinates().size(); ++k) {
        const Point& p = as_the_crow_flies.coordinates()[k];
        const std::string id = k < names.size() ? names[k].get<std::string>() : "node " + std::to_string(k);
        points.push_back({id, {p.y, p.x}});
    }
    const RoadMatrices matrices = road_matrices(roads, points, matrix);
    const auto rows = [&matrices](const std::vector<std::int64_t>& values) {
        nlohmann::json out = nlohmann::json::array();
        for (int i = 0; i < matrices.size; ++i)
            out.push_back(std::vector<std::int64_t>(values.begin() + i * matrices.size,
                                                    values.begin() + (i + 1) * matrices.size));
        return out;
    };
    root["distance_matrix"] = rows(matrices.distance_m);
    root["duration_matrix"] = rows(matrices.duration_s);
    return parse_json_instance(root.dump(), path, read);
}

}  // namespace routekit::roads
