#pragma once
// The fields of a JSON instance beyond the classic CVRP/VRPTW ones (docs/json-format.md, "Variants"):
// several depots, a fleet of vehicle objects (VROOM's vocabulary: start, end, capacity, skills, time_window),
// pickups and backhauls, prizes and optional clients, release times, client groups. The JSON reader and the
// Python binding's make_instance both read them here, so that one vocabulary and one set of checks serve.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "io/json_support.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::io {

class JsonVariants {
  public:
    /// The root members read here ("vehicles" only as an array: a number is the classic fleet size).
    static constexpr std::string_view kFields[] = {
        "depots",   "vehicles",      "pickups", "backhaul_order", "prizes",
        "required", "release_times", "groups",  "skills",         "cost_decimals"};

    /// Reads and checks the fields of `doc` for an instance of `num_nodes` nodes; real values stay in the
    /// file's units until apply() knows the rounding.
    JsonVariants(const JsonDocument& doc, int num_nodes);

    /// Whether every real value read (costs, limits, prizes, times) is an integer.
    bool all_integral() const { return all_integral_; }
    /// Whether the fleet is given as vehicle objects.
    bool has_vehicle_objects() const { return !vehicles_.empty(); }
    /// The largest capacity of the vehicle objects (kUnlimited without them, or when one has none).
    Cost largest_capacity(Cost common) const;

    /// Stores the fields in `data` under data.rounding. data.capacity and data.max_route_duration are the
    /// defaults of vehicle objects that state none.
    void apply(InstanceData& data) const;

  private:
    struct Vehicle {
        std::size_t index = 0;
        int count = 1;
        std::optional<Cost> capacity;
        double fixed_cost = 0;
        Cost cost_per_distance = 1;
        Cost cost_per_duration = 0;
        int start = 0;
        int end = 0;
        std::optional<double> max_duration;
        std::optional<double> max_distance;
        std::optional<std::pair<double, double>> time_window;
        std::vector<int> allowed_clients;  ///< empty: all (after skills are applied)
        std::vector<int> reload_depots;
    };

    Vehicle read_vehicle(const nlohmann::json& object, std::size_t index, bool last);
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
    std::vector<Vehicle> vehicles_;
    std::vector<std::vector<long long>> vehicle_skills_;  ///< per vehicle object; empty without "skills"
    std::vector<std::vector<long long>> client_skills_;   ///< per node; empty without "skills"
    std::vector<Cost> pickups_;
    bool backhaul_order_ = false;
    std::vector<double> prizes_;
    std::vector<char> required_;
    std::vector<double> release_;
    std::vector<std::vector<int>> groups_;
    int cost_decimals_ = 0;
};

/// A quantity (demand, pickup, capacity) as a number or, in the multi-dimensional form, an array of one
/// number per dimension: only one dimension is supported yet, and more is refused by name.
Cost json_quantity(const JsonDocument& doc, const JsonPlace& at, const nlohmann::json& value);

/// Stores the variant fields of the JSON object `text` in `data`, whose num_nodes and rounding (and the
/// vehicle defaults capacity and max_route_duration) are set: Python's make_instance takes its keyword
/// arguments this way, so that they mean what the JSON fields mean. Errors name `source`.
void read_json_variants(std::string_view text, const std::string& source, InstanceData& data);

}  // namespace routekit::io
