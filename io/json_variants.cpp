#include "io/json_variants.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <span>
#include <string>

#include "io/reader_common.hpp"

namespace routekit::io {

namespace {

using nlohmann::json;

// A unit cost multiplies every route's distance or duration: a bound keeps the products far from overflow.
constexpr long long kMaxUnitCost = 1'000'000;

std::string list_of(std::span<const std::string_view> names) {
    std::string text;
    for (std::string_view name : names) text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

}  // namespace

LoadShape json_load_shape(const JsonDocument& doc) {
    // The first quantity in reading order: the root's capacity, the per-node arrays, the vehicle objects.
    std::vector<std::pair<JsonPlace, const json*>> quantities;
    if (const json* value = doc.member("capacity")) quantities.emplace_back(doc.place("capacity"), value);
    for (const char* key : {"demands", "pickups"})
        if (const json* values = doc.member(key); values && values->is_array() && !values->empty())
            quantities.emplace_back(doc.place(key, 0), &(*values)[0]);
    if (const json* vehicles = doc.member("vehicles"); vehicles && vehicles->is_array())
        for (std::size_t v = 0; v < vehicles->size(); ++v)
            if (const json& vehicle = (*vehicles)[v]; vehicle.is_object() && vehicle.contains("capacity"))
                quantities.emplace_back(doc.place("vehicles", v, "capacity"), &vehicle["capacity"]);
    if (quantities.empty()) return {};
    const auto& [at, value] = quantities.front();
    if (!value->is_array()) return {1, at.name};
    if (value->empty() || value->size() > static_cast<std::size_t>(kMaxLoadDimensions))
        doc.fail(at,
                 "1 to " + std::to_string(kMaxLoadDimensions) +
                     " amounts, one per load dimension (weight, volume ...)",
                 *value);
    return {static_cast<int>(value->size()), at.name};
}

std::vector<Cost> json_amounts(const JsonDocument& doc, const JsonPlace& at, const json& value,
                               const LoadShape& shape) {
    if (!value.is_array() && shape.dimensions == 1) return {doc.integer(at, value, 0, kMaxQuantity)};
    if (!value.is_array() || value.size() != static_cast<std::size_t>(shape.dimensions))
        doc.fail(at,
                 shape.dimensions == 1
                     ? "a number or an array of one (one load dimension, as \"" + shape.source + "\" has)"
                     : std::to_string(shape.dimensions) + " amounts (one per load dimension, as \"" +
                           shape.source + "\" has)",
                 value);
    std::vector<Cost> amounts;
    for (const json& amount : value) amounts.push_back(doc.integer(at, amount, 0, kMaxQuantity));
    return amounts;
}

JsonVariants::JsonVariants(const JsonDocument& doc, int num_nodes, std::optional<LoadShape> stated)
    : doc_(doc), n_(num_nodes), shape_(stated ? std::move(*stated) : json_load_shape(doc)) {
    const auto n = static_cast<std::size_t>(n_);
    if (const json* value = doc_.member("depots"))
        depots_ = static_cast<int>(doc_.integer("depots", *value, 1, n_ - 1));
    if (const json* value = doc_.member("cost_decimals"))
        cost_decimals_ = static_cast<int>(doc_.integer("cost_decimals", *value, 0, 9));
    const auto depot = [&](std::size_t node) { return node < static_cast<std::size_t>(depots_); };

    const std::vector<const json*> pickups = per_node("pickups");
    for (std::size_t i = 0; i < pickups.size(); ++i) {
        const std::vector<Cost> amounts = json_amounts(doc_, doc_.place("pickups", i), *pickups[i], shape_);
        if (depot(i) && std::any_of(amounts.begin(), amounts.end(), [](Cost x) { return x != 0; }))
            doc_.fail(doc_.place("pickups", i), "no pickup (0) at a depot", *pickups[i]);
        pickups_.insert(pickups_.end(), amounts.begin(), amounts.end());
    }
    if (const json* value = doc_.member("backhaul_order")) {
        if (!value->is_boolean()) doc_.fail("backhaul_order", "true or false", *value);
        backhaul_order_ = value->get<bool>();
        if (backhaul_order_ && pickups_.empty())
            doc_.fail_found("backhaul_order", "\"pickups\" beside \"backhaul_order\": true",
                            "no \"pickups\"");
    }
    const std::vector<const json*> prizes = per_node("prizes");
    for (std::size_t i = 0; i < prizes.size(); ++i) {
        prizes_.push_back(real(doc_.place("prizes", i), *prizes[i]));
        if (depot(i) && prizes_.back() != 0)
            doc_.fail(doc_.place("prizes", i), "no prize (0) at a depot", *prizes[i]);
    }
    const std::vector<const json*> required = per_node("required");
    for (std::size_t i = 0; i < required.size(); ++i) {
        if (!required[i]->is_boolean()) doc_.fail(doc_.place("required", i), "true or false", *required[i]);
        required_.push_back(!depot(i) && required[i]->get<bool>() ? 1 : 0);
    }
    if (required_.empty() && !prizes_.empty()) {
        // A client with a prize may be left out (and its prize lost); one without is required.
        for (std::size_t i = 0; i < n; ++i) required_.push_back(!depot(i) && prizes_[i] == 0 ? 1 : 0);
    }
    for (const json* value : per_node("release_times"))
        release_.push_back(real(doc_.place("release_times", release_.size()), *value));

    if (const json* values = doc_.member("groups")) {
        std::vector<char> grouped(n, 0);
        for (const json& group : doc_.array("groups", *values)) {
            const JsonPlace at = doc_.place("groups", groups_.size());
            groups_.push_back(indices(at, group, depots_, n_ - 1, "a client index"));
            if (groups_.back().empty()) doc_.fail(at, "a group of at least one client", group);
            for (int client : groups_.back()) {
                if (grouped[static_cast<std::size_t>(client)]++)
                    doc_.fail_found(at, "each client in one group at most",
                                    "client " + std::to_string(client) + " again");
            }
        }
    }
    const std::vector<const json*> skills = per_node("skills");
    for (std::size_t i = 0; i < skills.size(); ++i) {
        const JsonPlace at = doc_.place("skills", i);
        client_skills_.emplace_back();
        for (const json& skill : doc_.array(at, *skills[i]))
            client_skills_.back().push_back(doc_.integer(at, skill, 0, kMaxQuantity));
        if (depot(i) && !client_skills_.back().empty())
            doc_.fail(at, "no skills ([]) at a depot", *skills[i]);
    }

    if (const json* values = doc_.member("vehicles"); values && values->is_array()) {
        if (values->empty()) doc_.fail("vehicles", "at least one vehicle object", *values);
        for (std::size_t v = 0; v < values->size(); ++v)
            vehicles_.push_back(read_vehicle((*values)[v], v, v + 1 == values->size()));
    }
    apply_skills();
    check_every_client_served();
}

std::vector<const json*> JsonVariants::per_node(std::string_view key) const {
    std::vector<const json*> values;
    if (const json* array = doc_.member(key))
        for (const json& value : doc_.array(key, *array, static_cast<std::size_t>(n_)))
            values.push_back(&value);
    return values;
}

double JsonVariants::real(const JsonPlace& at, const json& value) {
    const double x = doc_.number(at, value);
    all_integral_ = all_integral_ && std::floor(x) == x;
    return x;
}

std::vector<int> JsonVariants::indices(const JsonPlace& at, const json& value, int first, int last,
                                       std::string_view what) const {
    std::vector<int> result;
    for (const json& index : doc_.array(at, value)) {
        const bool integral = index.is_number_integer();
        const long long x = integral ? index.get<long long>() : -1;
        if (!integral || x < first || x > last)
            doc_.fail(at,
                      std::string(what) + " from " + std::to_string(first) + " to " + std::to_string(last),
                      index);
        result.push_back(static_cast<int>(x));
    }
    return result;
}

VehicleTypeSpec JsonVariants::read_vehicle(const json& object, std::size_t index, bool last) {
    if (!object.is_object()) doc_.fail(doc_.place("vehicles", index), "a vehicle object", object);
    const auto at = [&](std::string_view member) { return doc_.place("vehicles", index, member); };
    for (const auto& [name, value] : object.items())
        if (std::find(std::begin(kVehicleFields), std::end(kVehicleFields), name) == std::end(kVehicleFields))
            doc_.fail_found(at(name), "a vehicle field (" + list_of(kVehicleFields) + ")",
                            "\"" + name + "\"");
    const auto member = [&](std::string_view name) -> const json* {
        const auto found = object.find(name);
        return found == object.end() || found->is_null() ? nullptr : &*found;
    };
    VehicleTypeSpec vehicle;
    if (const json* value = member("count")) {
        vehicle.count = static_cast<int>(doc_.integer(at("count"), *value, 0, kMaxNodes));
        if (vehicle.count == 0 && !last)
            doc_.fail(at("count"), "a count of at least 1 (0, unlimited, only on the last vehicle object)",
                      *value);
    }
    if (const json* value = member("capacity"))
        vehicle.capacity = json_amounts(doc_, at("capacity"), *value, shape_);
    if (const json* value = member("fixed_cost")) vehicle.fixed_cost = real(at("fixed_cost"), *value);
    if (const json* value = member("cost_per_distance"))
        vehicle.cost_per_distance = doc_.integer(at("cost_per_distance"), *value, 0, kMaxUnitCost);
    if (const json* value = member("cost_per_duration"))
        vehicle.cost_per_duration = doc_.integer(at("cost_per_duration"), *value, 0, kMaxUnitCost);
    const auto depot_index = [&](std::string_view name, const json& value) {
        return indices(at(name), json::array({value}), 0, depots_ - 1, "a depot index").front();
    };
    if (const json* value = member("start")) vehicle.start = depot_index("start", *value);
    vehicle.end = vehicle.start;
    if (const json* value = member("end")) vehicle.end = depot_index("end", *value);
    if (const json* value = member("max_duration")) vehicle.max_duration = real(at("max_duration"), *value);
    if (const json* value = member("max_distance")) vehicle.max_distance = real(at("max_distance"), *value);
    if (const json* value = member("time_window")) {
        doc_.array(at("time_window"), *value, 2);
        vehicle.time_window = {real(at("time_window"), (*value)[0]), real(at("time_window"), (*value)[1])};
        if (vehicle.time_window->first > vehicle.time_window->second)
            doc_.fail(at("time_window"), "earliest <= latest", *value);
    }
    if (const json* value = member("allowed_clients")) {
        vehicle.allowed_clients = indices(at("allowed_clients"), *value, depots_, n_ - 1, "a client index");
        if (vehicle.allowed_clients.empty())
            doc_.fail(at("allowed_clients"), "at least one client (leave the field out for all)", *value);
        std::sort(vehicle.allowed_clients.begin(), vehicle.allowed_clients.end());
        if (const auto twice =
                std::adjacent_find(vehicle.allowed_clients.begin(), vehicle.allowed_clients.end());
            twice != vehicle.allowed_clients.end())
            doc_.fail_found(at("allowed_clients"), "each client once",
                            "client " + std::to_string(*twice) + " twice");
    }
    if (const json* value = member("skills"))
        for (const json& skill : doc_.array(at("skills"), *value))
            vehicle.skills.push_back(doc_.integer(at("skills"), skill, 0, kMaxQuantity));
    if (const json* value = member("reload_depots"))
        vehicle.reload_depots = indices(at("reload_depots"), *value, 0, depots_ - 1, "a depot index");
    return vehicle;
}

void JsonVariants::apply_skills() {
    const bool any_client_skill = std::any_of(client_skills_.begin(), client_skills_.end(),
                                              [](const auto& skills) { return !skills.empty(); });
    if (!any_client_skill) return;  // VROOM: vehicle skills alone restrict nothing
    if (vehicles_.empty())
        doc_.fail_found("skills",
                        "vehicle objects with \"skills\" in \"vehicles\" beside clients' \"skills\"",
                        "no vehicle objects");
    for (std::size_t v = 0; v < vehicles_.size(); ++v) {
        std::vector<long long> has = vehicles_[v].skills;
        std::sort(has.begin(), has.end());
        std::vector<int> allowed;
        for (int client = depots_; client < n_; ++client) {
            std::vector<long long> needs = client_skills_[static_cast<std::size_t>(client)];
            std::sort(needs.begin(), needs.end());
            const bool skilled = std::includes(has.begin(), has.end(), needs.begin(), needs.end());
            const std::vector<int>& listed = vehicles_[v].allowed_clients;
            if (skilled && (listed.empty() || std::binary_search(listed.begin(), listed.end(), client)))
                allowed.push_back(client);
        }
        if (allowed.empty())
            doc_.fail_found(doc_.place("vehicles", v, "skills"),
                            "skills (and allowed_clients) that let the vehicle serve some client",
                            "none it may serve");
        if (static_cast<int>(allowed.size()) == n_ - depots_) allowed.clear();  // all of them
        vehicles_[v].allowed_clients = std::move(allowed);
    }
}

void JsonVariants::check_every_client_served() const {
    if (vehicles_.empty()) return;
    for (int client = depots_; client < n_; ++client) {
        const auto c = static_cast<std::size_t>(client);
        const bool grouped = std::any_of(groups_.begin(), groups_.end(), [&](const std::vector<int>& group) {
            return std::find(group.begin(), group.end(), client) != group.end();
        });
        if (grouped || (!required_.empty() && !required_[c])) continue;
        const bool served =
            std::any_of(vehicles_.begin(), vehicles_.end(), [&](const VehicleTypeSpec& vehicle) {
                return vehicle.allowed_clients.empty() ||
                       std::binary_search(vehicle.allowed_clients.begin(), vehicle.allowed_clients.end(),
                                          client);
            });
        if (!served)
            doc_.fail_found("vehicles",
                            "every required client allowed to some vehicle (\"allowed_clients\", \"skills\")",
                            "client " + std::to_string(client) + " allowed to none");
    }
}

std::vector<Cost> JsonVariants::largest_capacity(const std::vector<Cost>& common) const {
    if (vehicles_.empty()) return common;
    std::vector<Cost> largest(static_cast<std::size_t>(shape_.dimensions), 0);
    for (const VehicleTypeSpec& vehicle : vehicles_) {
        const std::vector<Cost>& capacity = vehicle.capacity.empty() ? common : vehicle.capacity;
        for (std::size_t d = 0; d < largest.size() && d < capacity.size(); ++d)
            largest[d] = std::max(largest[d], capacity[d]);
    }
    return largest;
}

void JsonVariants::apply(InstanceData& data, const VehicleDefaults& defaults) const {
    const auto all_fixed = [&](const std::vector<double>& values) {
        std::vector<Cost> result;
        for (double value : values) result.push_back(to_fixed(value, data.rounding));
        return result;
    };
    data.load_dimensions = shape_.dimensions;
    data.num_depots = depots_;
    data.cost_decimals = cost_decimals_;
    data.pickup = pickups_;
    data.backhaul_order = backhaul_order_;
    data.prize = all_fixed(prizes_);
    data.required = required_;
    data.release = all_fixed(release_);
    data.groups = groups_;
    for (const VehicleTypeSpec& vehicle : vehicles_)
        data.vehicle_types.push_back(make_vehicle_type(vehicle, data.rounding, defaults));
    if (vehicles_.empty() && shape_.dimensions > 1) {
        // The model states several capacities per vehicle type only: the classic fleet is one type.
        VehicleTypeSpec classic;
        classic.count = data.fleet;
        data.vehicle_types.push_back(make_vehicle_type(classic, data.rounding, defaults));
    }
}

void read_json_variants(std::string_view text, const std::string& source, InstanceData& data,
                        const VehicleDefaults& defaults, std::optional<LoadShape> stated) {
    const JsonDocument doc(text, source, false);
    for (const auto& [key, value] : doc.root().items())
        if (std::find(std::begin(JsonVariants::kFields), std::end(JsonVariants::kFields), key) ==
            std::end(JsonVariants::kFields))
            doc.fail_found(key, "a variant field (" + list_of(JsonVariants::kFields) + ")",
                           "\"" + key + "\"");
    if (const json* vehicles = doc.member("vehicles"); vehicles && !vehicles->is_array())
        doc.fail("vehicles", "an array of vehicle objects", *vehicles);
    JsonVariants(doc, data.num_nodes, std::move(stated)).apply(data, defaults);
}

}  // namespace routekit::io
