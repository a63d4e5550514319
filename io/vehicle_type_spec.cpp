#include "io/vehicle_type_spec.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "routekit/model/error.hpp"

namespace routekit::io {

VehicleType make_vehicle_type(const VehicleTypeSpec& spec, Rounding rounding,
                              const VehicleDefaults& defaults) {
    const auto fixed = [&](double value) { return to_fixed(value, rounding); };
    VehicleType type;
    type.count = spec.count;
    const std::vector<Cost>& capacity = spec.capacity.empty() ? defaults.capacity : spec.capacity;
    if (!capacity.empty()) type.capacity = capacity.front();
    if (capacity.size() > 1) type.capacities = capacity;
    type.fixed_cost = fixed(spec.fixed_cost);
    type.unit_distance_cost = spec.cost_per_distance;
    type.unit_duration_cost = spec.cost_per_duration;
    type.start_depot = spec.start;
    type.end_depot = spec.end;
    type.max_duration = spec.max_duration ? fixed(*spec.max_duration) : defaults.max_duration;
    type.max_distance = spec.max_distance ? fixed(*spec.max_distance) : kUnlimited;
    if (spec.time_window) {
        const auto [earliest, latest] = *spec.time_window;
        type.shift = {fixed(earliest), std::isinf(latest) ? kUnlimited : fixed(latest)};
    }
    type.allowed_clients = spec.allowed_clients;
    type.reload_depots = spec.reload_depots;
    return type;
}

VehicleTypeSpec describe_vehicle_type(const VehicleType& type, const Instance& instance) {
    // format_cost's decimal text read back: the double to_fixed turns into the same stored integer.
    const auto units = [&](Cost value) { return std::stod(format_cost(value, instance.rounding())); };
    const auto limit = [&](Cost value) -> std::optional<double> {
        if (value >= kUnlimited) return std::nullopt;
        return units(value);
    };
    VehicleTypeSpec spec;
    spec.count = type.count;
    if (instance.load_dimensions() == 1) {
        if (type.capacity < kUnlimited) spec.capacity = {type.capacity};
    } else {
        spec.capacity = type.capacities;
    }
    spec.fixed_cost = units(type.fixed_cost);
    spec.cost_per_distance = type.unit_distance_cost;
    spec.cost_per_duration = type.unit_duration_cost;
    spec.start = type.start_depot;
    spec.end = type.end_depot;
    spec.max_duration = limit(type.max_duration);
    spec.max_distance = limit(type.max_distance);
    if (type.shift != TimeWindow{})
        spec.time_window = {units(type.shift.earliest), type.shift.latest >= kUnlimited
                                                            ? std::numeric_limits<double>::infinity()
                                                            : units(type.shift.latest)};
    spec.allowed_clients = type.allowed_clients;
    spec.reload_depots = type.reload_depots;
    return spec;
}

nlohmann::ordered_json vehicle_json(const VehicleTypeSpec& spec, const std::string& name) {
    nlohmann::ordered_json object = {{"count", spec.count}, {"start", spec.start}, {"end", spec.end}};
    if (spec.capacity.size() == 1) object["capacity"] = spec.capacity.front();
    if (spec.capacity.size() > 1) object["capacity"] = spec.capacity;
    if (spec.fixed_cost != 0) object["fixed_cost"] = spec.fixed_cost;
    if (spec.cost_per_distance != 1) object["cost_per_distance"] = spec.cost_per_distance;
    if (spec.cost_per_duration != 0) object["cost_per_duration"] = spec.cost_per_duration;
    if (spec.max_duration) object["max_duration"] = *spec.max_duration;
    if (spec.max_distance) object["max_distance"] = *spec.max_distance;
    if (spec.time_window) {
        if (std::isinf(spec.time_window->second))
            throw InputError("instance " + name +
                             ": expected a vehicle shift with a closing time (JSON states none without one), "
                             "found none");
        object["time_window"] = {spec.time_window->first, spec.time_window->second};
    }
    if (!spec.allowed_clients.empty()) object["allowed_clients"] = spec.allowed_clients;
    if (!spec.skills.empty()) object["skills"] = spec.skills;
    if (!spec.reload_depots.empty()) object["reload_depots"] = spec.reload_depots;
    return object;
}

}  // namespace routekit::io
