#pragma once
// The per-vehicle sections of PyVRP's VRPLIB dialect (CAPACITY_SECTION, VEHICLES_FIXED_COST_SECTION,
// VEHICLES_UNIT_DISTANCE_COST_SECTION, VEHICLES_DEPOT_SECTION, VEHICLES_RELOAD_DEPOT_SECTION,
// VEHICLES_ALLOWED_CLIENTS_SECTION) and its MUTUALLY_EXCLUSIVE_GROUP_SECTION, read as the file states them
// (node ids and lines kept) and turned into vehicle types and groups once the node order is known.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "io/text_scanner.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::io {

class VrplibFleet {
  public:
    /// Whether `key` is one of the sections this class reads.
    static bool reads(const std::string& key);
    /// Reads the section `key` (its entries follow); `vehicles` is the file's VEHICLES (0: not stated).
    void read_section(const std::string& key, TextScanner& in, int vehicles);
    /// True when the file describes vehicles one by one (any per-vehicle section).
    bool per_vehicle() const { return vehicles_ > 0; }
    /// The largest per-vehicle capacity, if CAPACITY_SECTION was given.
    std::optional<long long> largest_capacity() const;
    /// Throws (naming the row's line) unless every CAPACITY_SECTION row gives `dimensions` capacities, one
    /// per load dimension as the demand rows (from `demand_line` on) do.
    void require_capacity_dimensions(int dimensions, int demand_line, const std::string& source) const;

    /// The fleet as vehicle types, consecutive identical vehicles sharing one type. `node_of(id, line)` maps
    /// a file node id to its internal index (throwing about `line` for an unknown id); `common` holds
    /// what every vehicle shares (CAPACITY, VEHICLES_MAX_DURATION ...); fixed costs are stored under
    /// `rounding` like distances, unit costs are plain multipliers.
    using NodeOf = std::function<int(long long id, int line)>;
    std::vector<VehicleType> vehicle_types(const VehicleType& common, Rounding rounding, int num_depots,
                                           const NodeOf& node_of, const std::string& source) const;
    /// The groups as internal client indices.
    std::vector<std::vector<int>> groups(const NodeOf& node_of) const;

  private:
    struct Ids {
        std::vector<long long> ids;
        int line = 0;
    };
    void size_for(TextScanner& in, int vehicles, const std::string& key);
    int vehicle_index(TextScanner& in, const std::string& key);

    int vehicles_ = 0;
    std::vector<std::optional<long long>> capacity_, fixed_cost_, unit_distance_cost_;
    std::vector<Ids> capacities_;  ///< a CAPACITY_SECTION row's values, one per load dimension, and its line
    std::vector<std::optional<Ids>> depot_, reload_depots_, allowed_clients_;
    std::vector<Ids> groups_;
};

}  // namespace routekit::io
