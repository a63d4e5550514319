#pragma once
// A vehicle type as a person states it: the fields of a JSON vehicle object (VROOM's vocabulary), of the
// dicts Python's make_instance takes and of routekit.VehicleType, with costs and times in the file's units
// and a capacity per load dimension. The JSON reader fills it (Python's vehicles go through that reader), one
// function turns it into the model's VehicleType, another describes a built type back for the JSON writer
// and for Python: the field list and its conversions live here once.
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit::io {

struct VehicleTypeSpec {
    int count = 1;               ///< vehicles of this type; 0: unlimited (the last type only)
    std::vector<Cost> capacity;  ///< one amount per load dimension; empty: the common capacity (or none)
    double fixed_cost = 0;       ///< objective units, in the file's units
    Cost cost_per_distance = 1;
    Cost cost_per_duration = 0;
    int start = 0;                       ///< the depot the vehicle leaves from
    int end = 0;                         ///< the depot it returns to
    std::optional<double> max_duration;  ///< none: the common max_route_duration (or no limit)
    std::optional<double> max_distance;  ///< none: no limit
    std::optional<std::pair<double, double>> time_window;  ///< the shift; none: any time
    std::vector<int> allowed_clients;                      ///< empty: every client
    std::vector<long long> skills;  ///< VROOM's skills; the JSON reader folds them into allowed_clients
    std::vector<int> reload_depots;
};

/// The field names, in the order of VehicleTypeSpec: JSON's vehicle members and Python's attributes.
inline constexpr std::string_view kVehicleFields[] = {
    "count",           "capacity", "fixed_cost",   "cost_per_distance", "cost_per_duration",
    "start",           "end",      "max_duration", "max_distance",      "time_window",
    "allowed_clients", "skills",   "reload_depots"};

/// What a vehicle that states no capacity or duration limit gets: the instance's common fields.
struct VehicleDefaults {
    std::vector<Cost> capacity;  ///< one amount per load dimension (kUnlimited: none)
    Cost max_duration = kUnlimited;
};

/// The model's VehicleType `spec` describes, its times and costs stored under `rounding`. With one load
/// dimension the capacity goes to VehicleType::capacity, with several to VehicleType::capacities too.
VehicleType make_vehicle_type(const VehicleTypeSpec& spec, Rounding rounding,
                              const VehicleDefaults& defaults);

/// The spec of a built type of `instance`, in its file's units (skills are already allowed_clients).
VehicleTypeSpec describe_vehicle_type(const VehicleType& type, const Instance& instance);

/// The JSON vehicle object of `spec`: count, start and end always, the other fields where they differ from
/// their defaults. A capacity of one dimension is a number, of several an array. A shift without a closing
/// time has no JSON form and is refused (InputError naming the instance `name`).
nlohmann::ordered_json vehicle_json(const VehicleTypeSpec& spec, const std::string& name);

}  // namespace routekit::io
