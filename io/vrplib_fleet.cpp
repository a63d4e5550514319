#include "io/vrplib_fleet.hpp"

#include <algorithm>

#include "io/reader_common.hpp"

namespace routekit::io {

namespace {

// Reads the ids that follow on the current line.
std::vector<long long> ids_on_line(TextScanner& in, const std::string& key) {
    std::vector<long long> ids;
    while (in.more_on_line()) ids.push_back(in.next_integer("a node id in " + key));
    return ids;
}

}  // namespace

bool VrplibFleet::reads(const std::string& key) {
    return key == "CAPACITY_SECTION" || key == "VEHICLES_FIXED_COST_SECTION" ||
           key == "VEHICLES_UNIT_DISTANCE_COST_SECTION" || key == "VEHICLES_DEPOT_SECTION" ||
           key == "VEHICLES_RELOAD_DEPOT_SECTION" || key == "VEHICLES_ALLOWED_CLIENTS_SECTION" ||
           key == "MUTUALLY_EXCLUSIVE_GROUP_SECTION";
}

void VrplibFleet::size_for(TextScanner& in, int vehicles, const std::string& key) {
    if (vehicles <= 0) in.fail("VEHICLES before " + key, "none");
    if (vehicles_ == 0) {
        vehicles_ = vehicles;
        const auto n = static_cast<std::size_t>(vehicles);
        capacity_.resize(n);
        capacities_.resize(n);
        fixed_cost_.resize(n);
        unit_distance_cost_.resize(n);
        depot_.resize(n);
        reload_depots_.resize(n);
        allowed_clients_.resize(n);
    }
}

int VrplibFleet::vehicle_index(TextScanner& in, const std::string& key) {
    const long long vehicle = in.next_integer("a vehicle number in " + key);
    if (vehicle < 1 || vehicle > vehicles_)
        in.fail("a vehicle number between 1 and " + std::to_string(vehicles_), std::to_string(vehicle));
    return static_cast<int>(vehicle - 1);
}

void VrplibFleet::read_section(const std::string& key, TextScanner& in, int vehicles) {
    if (key == "MUTUALLY_EXCLUSIVE_GROUP_SECTION") {
        // "group member member ...", as many groups as the file holds: the section ends at a keyword.
        while (!in.at_end() && parse_integer(in.peek_token())) {
            in.next_integer("a group number");
            Ids group{ids_on_line(in, key), in.line()};
            if (group.ids.empty()) in.fail("the client ids of a group", "none");
            groups_.push_back(std::move(group));
        }
        return;
    }
    size_for(in, vehicles, key);
    for (int record = 0; record < vehicles_; ++record) {
        const int v = vehicle_index(in, key);
        const auto at = static_cast<std::size_t>(v);
        if (key == "CAPACITY_SECTION") {
            capacity_[at] = next_quantity(in, "a vehicle capacity");
            capacities_[at] = {{*capacity_[at]}, in.line()};  // "vehicle c1 c2 ...": one per load dimension
            while (in.more_on_line()) capacities_[at].ids.push_back(next_quantity(in, "a vehicle capacity"));
        } else if (key == "VEHICLES_FIXED_COST_SECTION") {
            fixed_cost_[at] = next_quantity(in, "a vehicle's fixed cost");
        } else if (key == "VEHICLES_UNIT_DISTANCE_COST_SECTION") {
            unit_distance_cost_[at] = next_quantity(in, "a vehicle's unit distance cost");
        } else {
            Ids ids{ids_on_line(in, key), in.line()};
            if (key == "VEHICLES_DEPOT_SECTION" && ids.ids.size() != 1)
                in.fail("one depot id per vehicle in " + key, std::to_string(ids.ids.size()) + " ids");
            auto& target = key == "VEHICLES_DEPOT_SECTION"          ? depot_
                           : key == "VEHICLES_RELOAD_DEPOT_SECTION" ? reload_depots_
                                                                    : allowed_clients_;
            target[at] = std::move(ids);
        }
    }
}

std::optional<long long> VrplibFleet::largest_capacity() const {
    std::optional<long long> largest;
    for (const std::optional<long long>& capacity : capacity_)
        if (capacity) largest = std::max(largest.value_or(0), *capacity);
    return largest;
}

void VrplibFleet::require_capacity_dimensions(int dimensions, int demand_line,
                                              const std::string& source) const {
    for (const Ids& row : capacities_) {
        if (row.line == 0 || static_cast<int>(row.ids.size()) == dimensions) continue;
        TextScanner at(std::string_view(), source, row.line);
        at.fail(std::to_string(dimensions) +
                    " capacities per CAPACITY_SECTION row, one per load dimension (as on line " +
                    std::to_string(demand_line) + ")",
                std::to_string(row.ids.size()));
    }
}

std::vector<VehicleType> VrplibFleet::vehicle_types(const VehicleType& common, Rounding rounding,
                                                    int num_depots, const NodeOf& node_of,
                                                    const std::string& source) const {
    auto depot_of = [&](long long id, int line) {
        const int node = node_of(id, line);
        if (node >= num_depots) {
            TextScanner at(std::string_view(), source, line);
            at.fail("a depot id (one listed in DEPOT_SECTION)", "id " + std::to_string(id));
        }
        return node;
    };
    std::vector<VehicleType> types;
    for (std::size_t v = 0; v < static_cast<std::size_t>(vehicles_); ++v) {
        VehicleType vehicle = common;
        vehicle.count = 1;
        if (capacity_[v]) {
            vehicle.capacity = *capacity_[v];
            vehicle.capacities.clear();
            if (capacities_[v].ids.size() > 1)
                vehicle.capacities.assign(capacities_[v].ids.begin(), capacities_[v].ids.end());
        }
        if (fixed_cost_[v]) vehicle.fixed_cost = to_fixed(static_cast<double>(*fixed_cost_[v]), rounding);
        if (unit_distance_cost_[v]) vehicle.unit_distance_cost = *unit_distance_cost_[v];
        if (depot_[v]) vehicle.start_depot = vehicle.end_depot = depot_of(depot_[v]->ids[0], depot_[v]->line);
        if (reload_depots_[v])
            for (long long id : reload_depots_[v]->ids)
                vehicle.reload_depots.push_back(depot_of(id, reload_depots_[v]->line));
        if (allowed_clients_[v]) {
            for (long long id : allowed_clients_[v]->ids) {
                const int client = node_of(id, allowed_clients_[v]->line);
                if (client < num_depots) {
                    TextScanner at(std::string_view(), source, allowed_clients_[v]->line);
                    at.fail("client ids in VEHICLES_ALLOWED_CLIENTS_SECTION", "depot id " + std::to_string(id));
                }
                vehicle.allowed_clients.push_back(client);
            }
            std::sort(vehicle.allowed_clients.begin(), vehicle.allowed_clients.end());
        }
        VehicleType same = vehicle;
        if (!types.empty()) {
            same.count = types.back().count;
            if (same == types.back()) {
                ++types.back().count;
                continue;
            }
        }
        types.push_back(std::move(vehicle));
    }
    return types;
}

std::vector<std::vector<int>> VrplibFleet::groups(const NodeOf& node_of) const {
    std::vector<std::vector<int>> groups;
    for (const Ids& group : groups_) {
        groups.emplace_back();
        for (long long id : group.ids) groups.back().push_back(node_of(id, group.line));
    }
    return groups;
}

}  // namespace routekit::io
