// JSON instances written back (the schema json_instance_reader.cpp and json_variants.cpp read).
#include <nlohmann/json.hpp>

#include "io/json_support.hpp"
#include "io/vehicle_type_spec.hpp"
#include "routekit/io/write_instance.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

namespace {

// Insertion order: the name and conventions first, as a person writes them.
using json = nlohmann::ordered_json;

class JsonInstanceWriter {
  public:
    explicit JsonInstanceWriter(const Instance& instance) : instance_(instance), data_(instance.data()) {}

    json document() const {
        const int n = instance_.num_nodes();
        json doc = {{"name", instance_.name()},
                    {"type", std::string(to_string(instance_.kind()))},
                    {"rounding", std::string(to_string(instance_.rounding()))}};
        if (instance_.num_depots() > 1) doc["depots"] = instance_.num_depots();
        const bool euclidean =
            data_.distance_function == DistanceFunction::euc_2d && instance_.has_coordinates();
        if (!euclidean) doc["distance_matrix"] = matrix(instance_.distances());
        if (!instance_.durations_are_distances()) doc["duration_matrix"] = matrix(instance_.durations());
        if (instance_.has_coordinates()) {
            json points = json::array();
            for (const Point& p : instance_.coordinates()) points.push_back({p.x, p.y});
            doc["coordinates"] = std::move(points);
        }
        bool default_ids = true;
        for (int i = 0; i < n; ++i) default_ids = default_ids && instance_.node_id(i) == i + 1;
        if (!default_ids) doc["node_ids"] = per_node([&](int i) { return json(instance_.node_id(i)); });
        if (any_node([&](int i) { return instance_.delivery_load(i) != Load(); }))
            doc["demands"] = per_node([&](int i) {
                return io::load_json<json>(instance_.delivery_load(i), instance_.load_dimensions());
            });
        if (any_node([&](int i) { return instance_.service(i) != 0; }))
            doc["service_times"] = per_node([&](int i) { return units(instance_.service(i)); });
        if (instance_.has_time_windows())
            doc["time_windows"] = per_node([&](int i) { return window(instance_.window(i), "time window"); });
        if (!instance_.single_vehicle() && data_.vehicle_types.empty()) {
            if (instance_.has_capacity()) doc["capacity"] = instance_.capacity();
            if (instance_.fleet_limited()) doc["vehicles"] = instance_.fleet();
            if (instance_.has_duration_limit())
                doc["max_route_duration"] = units(instance_.max_route_duration());
        }
        if (!data_.vehicle_types.empty()) {
            json vehicles = json::array();
            for (const VehicleType& type : instance_.vehicle_types())
                vehicles.push_back(
                    io::vehicle_json(io::describe_vehicle_type(type, instance_), instance_.name()));
            doc["vehicles"] = std::move(vehicles);
        }
        if (!data_.pickup.empty())
            doc["pickups"] = per_node([&](int i) {
                return io::load_json<json>(instance_.pickup_load(i), instance_.load_dimensions());
            });
        if (data_.backhaul_order) doc["backhaul_order"] = true;
        if (!data_.prize.empty()) doc["prizes"] = per_node([&](int i) { return units(instance_.prize(i)); });
        if (!data_.required.empty())
            doc["required"] =
                per_node([&](int i) { return json(data_.required[static_cast<std::size_t>(i)] != 0); });
        if (!data_.release.empty())
            doc["release_times"] = per_node([&](int i) { return units(instance_.release(i)); });
        if (!data_.groups.empty()) doc["groups"] = data_.groups;
        if (data_.cost_decimals != 0) doc["cost_decimals"] = data_.cost_decimals;
        return doc;
    }

  private:
    // A stored value in the file's units; the reader's to_fixed gives the same integer back.
    json units(Cost value) const { return std::stod(format_cost(value, instance_.rounding())); }

    json window(const TimeWindow& window, const char* what) const {
        if (window.latest >= kUnlimited)
            throw InputError("instance " + instance_.name() + ": expected a " + what +
                             " with a closing time (JSON states none without one), found none");
        return json::array({units(window.earliest), units(window.latest)});
    }

    json matrix(const ArcCosts& costs) const {
        json rows = json::array();
        for (int i = 0; i < instance_.num_nodes(); ++i) {
            json row = json::array();
            for (int j = 0; j < instance_.num_nodes(); ++j) row.push_back(units(costs(i, j)));
            rows.push_back(std::move(row));
        }
        return rows;
    }

    template <class Value>
    json per_node(Value value) const {
        json values = json::array();
        for (int i = 0; i < instance_.num_nodes(); ++i) values.push_back(value(i));
        return values;
    }

    template <class Predicate>
    bool any_node(Predicate predicate) const {
        for (int i = 0; i < instance_.num_nodes(); ++i)
            if (predicate(i)) return true;
        return false;
    }

    const Instance& instance_;
    const InstanceData& data_;
};

}  // namespace

void write_json_instance(std::ostream& out, const Instance& instance) {
    // One member a line, and one row (vehicle, window, point) a line inside arrays of arrays and objects:
    // readable, and errors about an element point at its own line.
    const auto compact = [](const json& value) {
        return value.dump(-1, ' ', false, json::error_handler_t::replace);
    };
    const json doc = JsonInstanceWriter(instance).document();
    out << "{";
    bool first = true;
    for (const auto& [key, value] : doc.items()) {
        out << (first ? "\n  " : ",\n  ") << compact(json(key)) << ": ";
        first = false;
        const bool rows = value.is_array() && !value.empty() && (value[0].is_array() || value[0].is_object());
        if (!rows) {
            out << compact(value);
            continue;
        }
        for (std::size_t i = 0; i < value.size(); ++i)
            out << (i == 0 ? "[\n    " : ",\n    ") << compact(value[i]);
        out << "\n  ]";
    }
    out << "\n}\n";
}

}  // namespace routekit
