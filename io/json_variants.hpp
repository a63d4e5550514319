#pragma once
// The fields of a JSON instance beyond the classic CVRP/VRPTW ones (docs/json-format.md, "Variants"):
// several depots, a fleet of vehicle objects (VROOM's vocabulary: start, end, capacity, skills, time_window),
// pickups and backhauls, prizes and optional clients, release times, client groups. The JSON reader and the
// Python binding's make_instance both read them here, so that one vocabulary and one set of checks serve.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/json_support.hpp"
#include "io/vehicle_type_spec.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::io {

/// How many load dimensions the quantities (capacities, demands, pickups) have, and which quantity said so
/// first, for errors: every quantity has that many amounts.
struct LoadShape {
    int dimensions = 1;
    std::string source;  ///< "capacity", "demands[2]", "vehicles[0].capacity", "make_instance's demands"
};

class JsonVariants {
  public:
    /// The root members read here ("vehicles" only as an array: a number is the classic fleet size).
    static constexpr std::string_view kFields[] = {
        "depots",   "vehicles",      "pickups", "backhaul_order", "prizes",
        "required", "release_times", "groups",  "skills",         "cost_decimals"};

    /// Reads and checks the fields of `doc` for an instance of `num_nodes` nodes; real values stay in the
    /// file's units until apply() knows the rounding. The load dimensions are `stated`, else those of the
    /// document's first quantity (json_load_shape).
    JsonVariants(const JsonDocument& doc, int num_nodes, std::optional<LoadShape> stated = {});

    const LoadShape& load_shape() const { return shape_; }

    /// Whether every real value read (costs, limits, prizes, times) is an integer.
    bool all_integral() const { return all_integral_; }
    /// Whether the fleet is given as vehicle objects.
    bool has_vehicle_objects() const { return !vehicles_.empty(); }
    /// Per load dimension the largest capacity of the vehicle objects (`common` without them; a vehicle
    /// stating none has `common`).
    std::vector<Cost> largest_capacity(const std::vector<Cost>& common) const;

    /// Stores the fields in `data` under data.rounding, and data.load_dimensions. Vehicle objects that state
    /// no capacity or duration limit get `defaults`; without vehicle objects but with several load
    /// dimensions the classic fleet (data.fleet) becomes one vehicle type of the capacities `defaults`.
    void apply(InstanceData& data, const VehicleDefaults& defaults) const;

  private:
    VehicleTypeSpec read_vehicle(const nlohmann::json& object, std::size_t index, bool last);
    /// An array of node indices in [first, last], `what` naming one in errors.
    std::vector<int> indices(const JsonPlace& at, const nlohmann::json& value, int first, int last,
                             std::string_view what) const;
    double real(const JsonPlace& at, const nlohmann::json& value);
    /// Per node values of `key` (n entries), or nothing when absent.
    std::vector<const nlohmann::json*> per_node(std::string_view key) const;
    /// Turns client and vehicle skills into allowed clients (VROOM: a vehicle serves a client whose skills
    /// it has all of) and checks that every required client has a vehicle.
    void apply_skills();
    void check_every_client_served() const;

    const JsonDocument& doc_;
    int n_ = 0;
    int depots_ = 1;
    bool all_integral_ = true;
    LoadShape shape_;
    std::vector<VehicleTypeSpec> vehicles_;
    std::vector<std::vector<long long>> client_skills_;  ///< per node; empty without "skills"
    std::vector<Cost> pickups_;  ///< n x load dimensions, node by node; empty without "pickups"
    bool backhaul_order_ = false;
    std::vector<double> prizes_;
    std::vector<char> required_;
    std::vector<double> release_;
    std::vector<std::vector<int>> groups_;
    int cost_decimals_ = 0;
};

/// The load dimensions of `doc`: the amounts of its first quantity, looked for in "capacity", "demands",
/// "pickups" and the vehicles' "capacity" (VROOM's and PyVRP's arrays, [weight, volume]); a number is one
/// dimension, and so is a document without quantities. More than kMaxLoadDimensions is an error.
LoadShape json_load_shape(const JsonDocument& doc);

/// A quantity (demand, pickup, capacity): a number with one load dimension, or an array of one
/// non-negative integer per dimension; another count is an error naming `at` and `shape`'s source.
std::vector<Cost> json_amounts(const JsonDocument& doc, const JsonPlace& at, const nlohmann::json& value,
                               const LoadShape& shape);

/// Stores the variant fields of the JSON object `text` in `data`, whose num_nodes and rounding are set:
/// Python's make_instance takes its keyword arguments this way, so that they mean what the JSON fields
/// mean. `defaults` are those of JsonVariants::apply; `stated` the load dimensions of the caller's demands
/// or capacity, if it has any. Errors name `source`.
void read_json_variants(std::string_view text, const std::string& source, InstanceData& data,
                        const VehicleDefaults& defaults, std::optional<LoadShape> stated);

}  // namespace routekit::io
