// JSON instances (schema in docs/json-format.md): matrices as a routing engine returns them (OSRM, Valhalla),
// node 0 the depot (nodes 0..k-1 with "depots": k); the variant fields are read by io/json_variants.
#include <algorithm>
#include <cmath>
#include <iterator>

#include "io/json_support.hpp"
#include "io/json_variants.hpp"
#include "io/reader_common.hpp"
#include "io/tsplib_distances.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

namespace {

using nlohmann::json;

std::optional<ProblemKind> parse_kind(std::string_view text) {
    for (ProblemKind kind :
         {ProblemKind::tsp, ProblemKind::atsp, ProblemKind::cvrp, ProblemKind::acvrp, ProblemKind::vrptw})
        if (text == to_string(kind)) return kind;
    return std::nullopt;
}

bool integral(double value) {
    return std::floor(value) == value;
}

class JsonInstanceReader {
  public:
    JsonInstanceReader(std::string_view text, const std::string& source, const ReadOptions& options)
        : doc_(text, source), options_(options) {}

    Instance read() {
        if (!doc_.root().is_object())
            throw InputError(doc_.source(), 1, "expected a JSON object holding the instance's fields");
        reject_unknown_fields();
        InstanceData data;
        if (const json* name = doc_.member("name")) {
            if (!name->is_string()) doc_.fail("name", "a string", *name);
            data.name = name->get<std::string>();
        }
        // The node count comes from the first of these that is present.
        const json* distance = doc_.member("distance_matrix");
        const json* coordinates = doc_.member("coordinates");
        if (!distance && !coordinates)
            throw InputError(doc_.source(), 1,
                             "expected \"distance_matrix\" (or \"coordinates\"), found neither");
        const std::size_t n = distance ? doc_.array("distance_matrix", *distance).size()
                                       : doc_.array("coordinates", *coordinates).size();
        if (n < 2 || n > static_cast<std::size_t>(io::kMaxNodes))
            doc_.fail_found(distance ? "distance_matrix" : "coordinates",
                            "between 2 and " + std::to_string(io::kMaxNodes) + " nodes",
                            std::to_string(n) + " nodes");
        if (const auto shortfall = io::memory_shortfall(static_cast<long long>(n), distance != nullptr))
            doc_.fail_found(distance ? "distance_matrix" : "coordinates", *shortfall,
                            std::to_string(n) + " nodes");
        data.num_nodes = static_cast<int>(n);
        const io::JsonVariants variants(doc_, data.num_nodes);
        all_integral_ = all_integral_ && variants.all_integral();

        std::vector<double> distances, durations, service;
        if (distance) distances = matrix("distance_matrix", *distance, n);
        if (const json* duration = doc_.member("duration_matrix"))
            durations = matrix("duration_matrix", *duration, n);
        const bool lonlat = coordinate_system() == "lonlat";
        bool fractional_coordinates = false;
        if (coordinates) {
            for (const json& point : doc_.array("coordinates", *coordinates, n)) {
                doc_.array("coordinates", point, 2);
                data.coordinates.push_back({doc_.number("coordinates", point[0], -io::kMaxMagnitude),
                                            doc_.number("coordinates", point[1], -io::kMaxMagnitude)});
                const Point& p = data.coordinates.back();
                fractional_coordinates = fractional_coordinates || !integral(p.x) || !integral(p.y);
                if (lonlat && (std::abs(p.x) > 180 || std::abs(p.y) > 90))
                    doc_.fail("coordinates",
                              "[longitude, latitude] in degrees within [-180, 180] x [-90, 90]", point);
            }
        }
        if (const json* values = doc_.member("service_times")) service = vector("service_times", *values, n);
        std::vector<std::pair<double, double>> windows;
        if (const json* values = doc_.member("time_windows")) {
            for (const json& window : doc_.array("time_windows", *values, n)) {
                doc_.array("time_windows", window, 2);
                const double earliest = doc_.number("time_windows", window[0]);
                const double latest = doc_.number("time_windows", window[1]);
                if (earliest > latest) doc_.fail("time_windows", "earliest <= latest", window);
                windows.emplace_back(earliest, latest);
                all_integral_ = all_integral_ && integral(earliest) && integral(latest);
            }
        }
        std::optional<double> max_duration;
        if (const json* value = doc_.member("max_route_duration")) {
            max_duration = doc_.number("max_route_duration", *value);
            all_integral_ = all_integral_ && integral(*max_duration);
        }

        data.rounding = rounding();
        if (distance) {
            data.distance = fixed(distances, data.rounding);
        } else if (lonlat) {
            data.distance = great_circle_matrix(data.coordinates, data.rounding);
        } else {
            if (fractional_coordinates && scale_of(data.rounding) == 1 && options_.on_warning)
                options_.on_warning(
                    doc_.source() + ":" + std::to_string(doc_.line_of("coordinates")) +
                    ": warning: fractional coordinates under rounding tsplib: each distance is "
                    "rounded to an integer (\"rounding\": \"exact\" keeps decimals; "
                    "\"coordinate_system\": \"lonlat\" reads longitude and latitude)");
            data.distance_function = DistanceFunction::euc_2d;
        }
        if (!data.distance.empty())
            for (std::size_t i = 0; i < n; ++i) data.distance[i * n + i] = 0;
        if (!durations.empty()) {
            data.duration = fixed(durations, data.rounding);
            for (std::size_t i = 0; i < n; ++i) data.duration[i * n + i] = 0;
        }
        if (!service.empty()) data.service = fixed(service, data.rounding);
        for (const auto& [earliest, latest] : windows)
            data.windows.push_back({to_fixed(earliest, data.rounding), to_fixed(latest, data.rounding)});
        if (max_duration) data.max_route_duration = to_fixed(*max_duration, data.rounding);

        const io::LoadShape& shape = variants.load_shape();
        std::vector<Cost> capacity(static_cast<std::size_t>(shape.dimensions), kUnlimited);
        if (const json* value = doc_.member("capacity"))
            capacity = io::json_amounts(doc_, doc_.place("capacity"), *value, shape);
        data.capacity = capacity.front();
        if (const json* value = doc_.member("vehicles"); value && !value->is_array()) {
            if (!value->is_number())
                doc_.fail("vehicles", "a number of vehicles or an array of vehicle objects", *value);
            data.fleet = static_cast<int>(doc_.integer("vehicles", *value, 0, io::kMaxNodes));
        }
        variants.apply(data, {capacity, data.max_route_duration});
        read_demands(data, shape, variants.largest_capacity(capacity), variants.has_vehicle_objects());
        if (const json* values = doc_.member("node_ids")) {
            for (const json& value : doc_.array("node_ids", *values, n))
                data.node_ids.push_back(doc_.integer("node_ids", value, -io::kMaxQuantity, io::kMaxQuantity));
        }
        if (const json* values = doc_.member("names")) {
            for (const json& value : doc_.array("names", *values, n))
                if (!value.is_string()) doc_.fail("names", "a string", value);
        }
        data.kind = kind(data);
        if (data.kind == ProblemKind::tsp || data.kind == ProblemKind::atsp) {
            // The tour engines see only the distances: a constraint here would be silently ignored.
            std::vector<std::string_view> constraints = {"time_windows", "max_route_duration", "capacity",
                                                         "demands", "vehicles"};
            constraints.insert(constraints.end(), std::begin(io::JsonVariants::kFields),
                               std::end(io::JsonVariants::kFields));
            for (std::string_view field : constraints)
                if (const json* value = doc_.member(field);
                    value && !(*value == 1 && field == std::string_view("vehicles")))
                    doc_.fail_found(field,
                                    "no \"" + std::string(field) + "\" with \"type\": \"" +
                                        std::string(to_string(data.kind)) +
                                        "\" (one vehicle, no constraints; use \"CVRP\" or \"VRPTW\")",
                                    "\"" + std::string(field) + "\"");
            data.fleet = 1;
        }
        return io::make_instance(std::move(data), doc_.source());
    }

  private:
    // Demands (and pickups) within the largest capacity of the fleet in each load dimension, and none at a
    // depot; with several dimensions stored node by node.
    void read_demands(InstanceData& data, const io::LoadShape& shape, const std::vector<Cost>& largest,
                      bool vehicle_objects) const {
        const auto within = [&](std::size_t d) {
            return (vehicle_objects ? "within the largest vehicle capacity " : "within the capacity ") +
                   std::to_string(largest[d]) +
                   (shape.dimensions > 1 ? " of load dimension " + std::to_string(d + 1) : std::string());
        };
        if (const json* values = doc_.member("demands")) {
            const json& array = doc_.array("demands", *values, static_cast<std::size_t>(data.num_nodes));
            for (std::size_t i = 0; i < array.size(); ++i) {
                const io::JsonPlace at = doc_.place("demands", i);
                const std::vector<Cost> amounts = io::json_amounts(doc_, at, array[i], shape);
                for (std::size_t d = 0; d < amounts.size(); ++d) {
                    if (static_cast<int>(i) < data.num_depots && amounts[d] != 0)
                        doc_.fail(at,
                                  data.num_depots == 1 ? "demand 0 at the depot (node 0)"
                                                       : "demand 0 at a depot (nodes 0 to " +
                                                             std::to_string(data.num_depots - 1) + ")",
                                  array[i]);
                    if (amounts[d] > largest[d]) doc_.fail(at, "demands " + within(d), array[i]);
                }
                data.demand.insert(data.demand.end(), amounts.begin(), amounts.end());
            }
        }
        const auto dimensions = static_cast<std::size_t>(shape.dimensions);
        for (std::size_t k = 0; k < data.pickup.size(); ++k)
            if (data.pickup[k] > largest[k % dimensions])
                doc_.fail_found(doc_.place("pickups", k / dimensions), "pickups " + within(k % dimensions),
                                std::to_string(data.pickup[k]));
    }

    std::string coordinate_system() const {
        const json* value = doc_.member("coordinate_system");
        if (!value) return "euclidean";
        if (!value->is_string() || (*value != "euclidean" && *value != "lonlat"))
            doc_.fail("coordinate_system", "\"euclidean\" or \"lonlat\"", *value);
        return value->get<std::string>();
    }

    // Great-circle distances in metres between [longitude, latitude] points (haversine, mean Earth radius).
    static std::vector<Cost> great_circle_matrix(const std::vector<Point>& points, Rounding rounding) {
        constexpr double kEarthRadius = 6371008.8;  // metres, the IUGG mean radius
        constexpr double kRadians = 3.14159265358979323846 / 180;
        const std::size_t n = points.size();
        std::vector<Cost> result(n * n, 0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j) continue;
                const double lat1 = points[i].y * kRadians, lat2 = points[j].y * kRadians;
                const double dlat = lat2 - lat1, dlon = (points[j].x - points[i].x) * kRadians;
                const double h = std::pow(std::sin(dlat / 2), 2) +
                                 std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dlon / 2), 2);
                result[i * n + j] =
                    to_fixed(2 * kEarthRadius * std::asin(std::sqrt(std::min(1.0, h))), rounding);
            }
        return result;
    }

    // A misspelt field ("capcity") would otherwise be ignored and the problem solved without it.
    void reject_unknown_fields() const {
        static constexpr std::string_view kClassic[] = {"name",
                                                        "type",
                                                        "rounding",
                                                        "distance_matrix",
                                                        "duration_matrix",
                                                        "demands",
                                                        "service_times",
                                                        "time_windows",
                                                        "capacity",
                                                        "vehicles",
                                                        "max_route_duration",
                                                        "coordinates",
                                                        "names",
                                                        "node_ids",
                                                        "coordinate_system"};
        std::vector<std::string_view> fields(std::begin(kClassic), std::end(kClassic));
        for (std::string_view field : io::JsonVariants::kFields)
            if (std::find(fields.begin(), fields.end(), field) == fields.end()) fields.push_back(field);
        for (const auto& [key, value] : doc_.root().items()) {
            if (std::find(std::begin(fields), std::end(fields), key) != std::end(fields)) continue;
            std::string known;
            for (std::string_view field : fields) known += (known.empty() ? "" : ", ") + std::string(field);
            doc_.fail_found(key, "an instance field (" + known + ")", "\"" + key + "\"");
        }
    }

    std::vector<double> vector(std::string_view key, const json& value, std::size_t n) {
        std::vector<double> result;
        result.reserve(n);
        for (const json& x : doc_.array(key, value, n)) {
            result.push_back(doc_.number(key, x));
            all_integral_ = all_integral_ && integral(result.back());
        }
        return result;
    }

    std::vector<double> matrix(std::string_view key, const json& value, std::size_t n) {
        std::vector<double> result;
        result.reserve(n * n);
        for (const json& row : doc_.array(key, value, n)) {
            doc_.array(key, row, n);
            for (const json& x : row) {
                result.push_back(doc_.number(key, x));
                all_integral_ = all_integral_ && integral(result.back());
            }
        }
        return result;
    }

    static std::vector<Cost> fixed(const std::vector<double>& values, Rounding rounding) {
        std::vector<Cost> result;
        result.reserve(values.size());
        for (double x : values) result.push_back(to_fixed(x, rounding));
        return result;
    }

    Rounding rounding() const {
        if (options_.rounding) return *options_.rounding;
        if (const json* value = doc_.member("rounding")) {
            if (!value->is_string() || !parse_rounding(value->get<std::string>()))
                doc_.fail("rounding", "\"tsplib\", \"trunc1\" or \"exact\"", *value);
            return *parse_rounding(value->get<std::string>());
        }
        return all_integral_ ? Rounding::tsplib : Rounding::exact;
    }

    ProblemKind kind(const InstanceData& data) const {
        if (const json* value = doc_.member("type")) {
            const std::optional<ProblemKind> kind =
                value->is_string() ? parse_kind(value->get<std::string>()) : std::nullopt;
            if (!kind) doc_.fail("type", "\"TSP\", \"ATSP\", \"CVRP\", \"ACVRP\" or \"VRPTW\"", *value);
            return *kind;
        }
        return data.windows.empty() ? ProblemKind::cvrp : ProblemKind::vrptw;
    }

    io::JsonDocument doc_;
    ReadOptions options_;
    bool all_integral_ = true;
};

}  // namespace

Instance parse_json_instance(std::string_view text, const std::string& source, const ReadOptions& options) {
    try {
        return JsonInstanceReader(text, source, options).read();
    } catch (const nlohmann::json::exception& error) {
        throw InputError(source, 0, std::string("expected a valid instance document, found ") + error.what());
    }
}

}  // namespace routekit
