#include "routekit/model/instance.hpp"

#include <algorithm>

#include "routekit/model/error.hpp"

namespace routekit {

std::string_view to_string(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::tsp:
            return "TSP";
        case ProblemKind::atsp:
            return "ATSP";
        case ProblemKind::cvrp:
            return "CVRP";
        case ProblemKind::acvrp:
            return "ACVRP";
        case ProblemKind::vrptw:
            return "VRPTW";
    }
    return "?";
}

namespace {

// Coordinate instances up to this many nodes get a distance matrix (int32: 4 n^2 bytes, 400 MB at
// 10,000); larger ones compute each distance when asked. Measured in bench/results/2026-12-01-scale.
constexpr int kTabulateCoordinatesUpTo = 10'000;

void require(bool condition, const InstanceData& data, const std::string& message) {
    if (!condition) throw InputError("instance " + data.name + ": " + message);
}

}  // namespace

Instance::Instance(InstanceData data) : data_(std::move(data)), n_(data_.num_nodes) {
    require(n_ >= 2, data_, "expected at least 2 nodes (a depot and a client), found " + std::to_string(n_));
    store_costs();
    const auto n = static_cast<std::size_t>(n_);

    validate_depots_and_vehicle_types();
    for (int d = 0; d < data_.load_dimensions; ++d)
        has_capacity_ = has_capacity_ || largest_capacity_[d] < kUnlimited;
    store_loads();
    require(demand_.size() == n, data_,
            "expected " + std::to_string(n) + " demands, found " + std::to_string(demand_.size()));
    require(demand_[0] == 0, data_,
            "expected the depot's demand to be 0, found " + std::to_string(demand_[0]));
    require(data_.capacity >= 0, data_, "expected a non-negative capacity");
    for (std::size_t i = 1; i < n; ++i) {
        require(i >= static_cast<std::size_t>(data_.num_depots) || demand_[i] == 0, data_,
                "expected the depots' demands to be 0, found " + std::to_string(demand_[i]) + " at depot " +
                    std::to_string(i));
        require(demand_[i] >= 0, data_,
                "expected non-negative demands, found " + std::to_string(demand_[i]) + " at node " +
                    std::to_string(i));
        require(demand_[i] <= data_.capacity, data_,
                "expected demands within the capacity " + std::to_string(data_.capacity) + ", found " +
                    std::to_string(demand_[i]) + " at node " + std::to_string(i));
        total_demand_ += demand_[i];
    }

    service_ = data_.service.empty() ? std::vector<Cost>(n, 0) : data_.service;
    require(service_.size() == n, data_, "expected " + std::to_string(n) + " service times");
    for (Cost s : service_) require(s >= 0, data_, "expected non-negative service times");

    has_windows_ = !data_.windows.empty();
    windows_ = has_windows_ ? data_.windows : std::vector<TimeWindow>(n);
    require(windows_.size() == n, data_, "expected " + std::to_string(n) + " time windows");
    for (std::size_t i = 0; i < n; ++i) {
        require(windows_[i].earliest <= windows_[i].latest, data_,
                "expected time window earliest <= latest at node " + std::to_string(i) + ", found " +
                    std::to_string(windows_[i].earliest) + " > " + std::to_string(windows_[i].latest));
    }
    require(data_.fleet >= 0, data_, "expected a non-negative fleet size");
    validate_client_variants();
    if (!data_.fixed_edges.empty()) {
        // The route engines could not keep them; the tour engine can (solver/fixed_edge_costs.hpp).
        require(single_vehicle(), data_,
                "expected fixed edges only on a TSP or ATSP, found them on a " + std::string(to_string(kind())));
        if (const auto problem = fixed_edges_problem(n_, kind() == ProblemKind::atsp, data_.fixed_edges))
            require(false, data_, "expected fixed edges that fit in one tour, found " + problem->reason);
    }
    require(data_.max_route_duration >= 0, data_, "expected a non-negative route-duration limit");
    require(data_.coordinates.empty() || data_.coordinates.size() == n, data_,
            "expected n coordinates or none");
    require(data_.node_ids.empty() || data_.node_ids.size() == n, data_, "expected n node ids or none");

    // Every coordinate function is symmetric; a matrix is checked.
    for (int i = 0; i < n_ && symmetric_ && distance_.storage() != ArcCosts::Storage::on_demand; ++i)
        for (int j = i + 1; j < n_; ++j)
            if (distance(i, j) != distance(j, i)) {
                symmetric_ = false;
                break;
            }
}

void Instance::store_costs() {
    const auto n = static_cast<std::size_t>(n_);
    require(data_.duration.empty() || data_.duration.size() == n * n, data_,
            "expected the duration matrix to be empty or n*n, found " +
                std::to_string(data_.duration.size()) + " entries");
    const auto require_non_negative = [this](const std::vector<Cost>& matrix, const char* what) {
        // Tested before calling require, which would build its message string for each of the n*n entries.
        if (std::any_of(matrix.begin(), matrix.end(), [](Cost value) { return value < 0; }))
            require(false, data_, std::string("expected non-negative ") + what + ", found a negative one");
    };
    if (!data_.distance.empty() || (data_.stored_distance.size() != n_ && !data_.distance_function)) {
        require(data_.distance.size() == n * n, data_,
                "expected a " + std::to_string(n) + "x" + std::to_string(n) + " distance matrix, found " +
                    std::to_string(data_.distance.size()) + " entries");
        require_non_negative(data_.distance, "distances");
        require_non_negative(data_.duration, "durations");
        if (data_.duration == data_.distance) data_.duration.clear();
        distance_ = ArcCosts::from_matrix(std::move(data_.distance), n_);
        duration_ = data_.duration.empty() ? distance_ : ArcCosts::from_matrix(std::move(data_.duration), n_);
    } else if (data_.stored_distance.size() == n_) {
        distance_ = data_.stored_distance;
        if (!data_.duration.empty()) {
            require_non_negative(data_.duration, "durations");
            duration_ = ArcCosts::from_matrix(std::move(data_.duration), n_);
        } else {
            duration_ = data_.stored_duration.size() == n_ ? data_.stored_duration : distance_;
        }
    } else {
        require(data_.coordinates.size() == n, data_,
                "expected " + std::to_string(n) + " coordinates to compute distances from, found " +
                    std::to_string(data_.coordinates.size()));
        distance_ = ArcCosts::from_coordinates(*data_.distance_function, data_.coordinates, data_.rounding,
                                               n_ <= kTabulateCoordinatesUpTo);
        require_non_negative(data_.duration, "durations");
        duration_ = data_.duration.empty() ? distance_ : ArcCosts::from_matrix(std::move(data_.duration), n_);
    }
    data_.distance = {};
    data_.duration = {};
    data_.stored_distance = distance_;
    data_.stored_duration = duration_;
}

void Instance::validate_depots_and_vehicle_types() {
    require(data_.num_depots >= 1 && data_.num_depots < n_, data_,
            "expected between 1 and n-1 depots, found " + std::to_string(data_.num_depots));
    const int dimensions = data_.load_dimensions;
    require(dimensions >= 1 && dimensions <= kMaxLoadDimensions, data_,
            "expected between 1 and " + std::to_string(kMaxLoadDimensions) + " load dimensions, found " +
                std::to_string(dimensions));
    if (data_.vehicle_types.empty()) {
        require(dimensions == 1, data_, "expected vehicle types with capacities for several load dimensions");
        VehicleType classic;
        classic.count = data_.fleet;
        classic.capacity = data_.capacity;
        classic.max_duration = data_.max_route_duration;
        vehicle_types_.push_back(classic);
        type_capacities_.emplace_back(data_.capacity);
        largest_capacity_ = Load(data_.capacity);
        return;
    }
    vehicle_types_ = data_.vehicle_types;
    // The classic fields answer for the fleet as a whole, so that code reading only them stays sound.
    data_.capacity = 0;
    data_.fleet = 0;
    data_.max_route_duration = 0;
    bool unlimited = false;
    max_route_distance_ = 0;
    for (std::size_t t = 0; t < vehicle_types_.size(); ++t) {
        VehicleType& type = vehicle_types_[t];
        const std::string which = "vehicle type " + std::to_string(t) + ": ";
        require(type.count >= 0, data_, which + "expected a non-negative count");
        require(type.capacities.size() == (dimensions > 1 ? static_cast<std::size_t>(dimensions) : 0) ||
                    (dimensions == 1 && type.capacities.size() == 1),
                data_,
                which + "expected a capacity in each of the " + std::to_string(dimensions) +
                    " load dimensions, found " + std::to_string(type.capacities.size()));
        if (!type.capacities.empty()) {
            require(type.capacity == kUnlimited || type.capacity == type.capacities[0], data_,
                    which + "expected capacity to be the first of capacities");
            type.capacity = type.capacities[0];
        }
        Load capacity(type.capacity);
        for (int d = 1; d < dimensions; ++d) {
            capacity[d] = type.capacities[static_cast<std::size_t>(d)];
            require(capacity[d] >= 0, data_, which + "expected non-negative capacities");
        }
        type_capacities_.push_back(capacity);
        largest_capacity_ = t == 0 ? capacity : elementwise_max(largest_capacity_, capacity);
        require(type.capacity >= 0, data_, which + "expected a non-negative capacity");
        require(type.fixed_cost >= 0 && type.unit_distance_cost >= 0 && type.unit_duration_cost >= 0, data_,
                which + "expected non-negative costs");
        require(type.max_duration >= 0 && type.max_distance >= 0, data_,
                which + "expected non-negative duration and distance limits");
        require(type.shift.earliest <= type.shift.latest, data_,
                which + "expected a shift with earliest <= latest");
        for (int depot : {type.start_depot, type.end_depot})
            require(depot >= 0 && depot < data_.num_depots, data_,
                    which + "expected a depot index below " + std::to_string(data_.num_depots) + ", found " +
                        std::to_string(depot));
        for (int depot : type.reload_depots)
            require(depot >= 0 && depot < data_.num_depots, data_,
                    which + "expected reload depots below " + std::to_string(data_.num_depots) + ", found " +
                        std::to_string(depot));
        std::sort(type.allowed_clients.begin(), type.allowed_clients.end());
        for (int client : type.allowed_clients)
            require(client >= data_.num_depots && client < n_, data_,
                    which + "expected allowed clients to be clients, found node " + std::to_string(client));
        unlimited = unlimited || type.count == 0;
        if (!type.allowed_clients.empty()) {
            not_served_.resize(vehicle_types_.size() * static_cast<std::size_t>(n_), 0);
            const auto row =
                not_served_.begin() + static_cast<std::ptrdiff_t>(t * static_cast<std::size_t>(n_));
            std::fill(row + data_.num_depots, row + n_, 1);
            for (int client : type.allowed_clients) row[client] = 0;
        }
        data_.fleet += type.count;
        data_.capacity = std::max(data_.capacity, type.capacity);
        data_.max_route_duration = std::max(data_.max_route_duration, type.max_duration);
        max_route_distance_ = std::max(max_route_distance_, type.max_distance);
    }
    if (unlimited) data_.fleet = 0;
    if (!not_served_.empty()) {
        Cost round_trip = 1;
        for (int depot = 0; depot < data_.num_depots; ++depot)
            for (int node = data_.num_depots; node < n_; ++node)
                round_trip = std::max(round_trip, distance_(depot, node) + distance_(node, depot));
        forbidden_visit_weight_ = 10 * round_trip;
    }
}

void Instance::store_loads() {
    const auto n = static_cast<std::size_t>(n_);
    const auto dimensions = static_cast<std::size_t>(data_.load_dimensions);
    // Dimension 0 of a multi-dimensional amount list, validated as a classic list below.
    auto first_dimension = [&](const std::vector<Cost>& amounts, std::vector<Load>& loads, const char* what) {
        if (dimensions == 1 || amounts.empty()) return amounts;
        require(amounts.size() == n * dimensions, data_,
                "expected " + std::to_string(dimensions) + " " + what + " per node, " +
                    std::to_string(n * dimensions) + " in all, found " + std::to_string(amounts.size()));
        loads.assign(n, Load());
        std::vector<Cost> first(n);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t d = 0; d < dimensions; ++d) {
                const Cost amount = amounts[i * dimensions + d];
                loads[i].amounts[d] = amount;
                require(amount >= 0 && (i >= static_cast<std::size_t>(data_.num_depots) || amount == 0),
                        data_,
                        std::string("expected non-negative ") + what + " and none at a depot, found " +
                            std::to_string(amount) + " at node " + std::to_string(i));
                require(amount <= largest_capacity_[static_cast<int>(d)], data_,
                        std::string("expected ") + what + " within the capacity " +
                            std::to_string(largest_capacity_[static_cast<int>(d)]) + " of load dimension " +
                            std::to_string(d + 1) + ", found " + std::to_string(amount) + " at node " +
                            std::to_string(i));
            }
            first[i] = loads[i][0];
        }
        return first;
    };
    demand_ = first_dimension(data_.demand, deliveries_, "demands");
    if (demand_.empty()) demand_.assign(n, 0);
    pickup_ = first_dimension(data_.pickup, pickups_, "pickups");
    // Each dimension's largest capacity may belong to another vehicle type: a client must fit one type in
    // every dimension at once, else no solution serves it.
    const int d = data_.load_dimensions;
    for (std::size_t i = 0; i < deliveries_.size(); ++i) {
        const auto fits = [&](const Load& capacity) {
            return deliveries_[i].excess_over(capacity, d) == 0 &&
                   (pickups_.empty() || pickups_[i].excess_over(capacity, d) == 0);
        };
        require(
            std::any_of(type_capacities_.begin(), type_capacities_.end(), fits), data_,
            "expected the demands of node " + std::to_string(i) +
                " to fit within one vehicle type's capacities in every load dimension, found none they fit");
    }
}

void Instance::validate_client_variants() {
    const auto n = static_cast<std::size_t>(n_);
    auto require_size = [&](std::size_t size, const char* what) {
        require(size == 0 || size == n, data_,
                std::string("expected ") + what + " for all " + std::to_string(n) + " nodes or none, found " +
                    std::to_string(size));
    };
    require_size(pickup_.size(), "pickups");
    require_size(data_.prize.size(), "prizes");
    require_size(data_.required.size(), "required flags");
    require_size(data_.release.size(), "release times");
    for (std::size_t i = 0; i < n; ++i) {
        const bool depot = i < static_cast<std::size_t>(data_.num_depots);
        const Cost amount = pickup(static_cast<int>(i));
        require(amount >= 0 && (!depot || amount == 0), data_,
                "expected non-negative pickups and none at a depot, found " + std::to_string(amount) +
                    " at node " + std::to_string(i));
        require(amount <= data_.capacity, data_,
                "expected pickups within the capacity " + std::to_string(data_.capacity) + ", found " +
                    std::to_string(amount) + " at node " + std::to_string(i));
        require(prize(static_cast<int>(i)) >= 0 && release(static_cast<int>(i)) >= 0, data_,
                "expected non-negative prizes and release times at node " + std::to_string(i));
    }
    required_.assign(n, 1);
    for (std::size_t i = 0; i < n; ++i)
        if (!data_.required.empty()) required_[i] = data_.required[i];
    std::vector<char> grouped(n, 0);
    if (!data_.groups.empty()) group_of_.assign(n, -1);
    for (std::size_t g = 0; g < data_.groups.size(); ++g) {
        require(!data_.groups[g].empty(), data_,
                "expected client group " + std::to_string(g) + " to be non-empty");
        for (int client : data_.groups[g]) {
            require(client >= data_.num_depots && client < n_ && !grouped[static_cast<std::size_t>(client)],
                    data_,
                    "expected groups of distinct clients, each in one group, found node " +
                        std::to_string(client) + " in group " + std::to_string(g));
            grouped[static_cast<std::size_t>(client)] = 1;
            group_of_[static_cast<std::size_t>(client)] = static_cast<int>(g);
            required_[static_cast<std::size_t>(client)] = 0;
        }
        // Per load dimension the least of the members (a lower bound when different members are least).
        Load least = delivery_load(data_.groups[g].front());
        for (int client : data_.groups[g]) least = elementwise_min(least, delivery_load(client));
        required_load_ += least;
    }
    for (std::size_t i = static_cast<std::size_t>(data_.num_depots); i < n; ++i)
        if (required_[i]) required_load_ += delivery_load(static_cast<int>(i));
    for (int depot = 0; depot < data_.num_depots; ++depot) required_[static_cast<std::size_t>(depot)] = 0;
    has_optional_clients_ =
        std::find(required_.begin() + data_.num_depots, required_.end(), 0) != required_.end();
}

int Instance::vehicle_type_of_route(int route) const {
    if (vehicle_types_.size() == 1)
        return vehicle_types_[0].count == 0 || route < vehicle_types_[0].count ? 0 : -1;
    for (std::size_t t = 0; t < vehicle_types_.size(); ++t) {
        if (vehicle_types_[t].count == 0) return static_cast<int>(t);
        if (route < vehicle_types_[t].count) return static_cast<int>(t);
        route -= vehicle_types_[t].count;
    }
    return -1;
}

std::vector<std::string> Instance::rich_features() const {
    std::vector<std::string> features;
    if (data_.num_depots > 1) features.emplace_back("several depots");
    if (!data_.vehicle_types.empty()) {
        const VehicleType& first = vehicle_types_.front();
        VehicleType classic;  // what the classic fields make: only count, capacity and duration limit set
        classic.count = first.count;
        classic.capacity = first.capacity;
        classic.max_duration = first.max_duration;
        if (vehicle_types_.size() > 1) features.emplace_back("several vehicle types");
        auto any = [&](auto differs) {
            return std::any_of(vehicle_types_.begin(), vehicle_types_.end(), differs);
        };
        if (any([&](const VehicleType& t) {
                return t.fixed_cost != classic.fixed_cost ||
                       t.unit_distance_cost != classic.unit_distance_cost;
            }))
            features.emplace_back("vehicle fixed and distance costs");
        if (any([&](const VehicleType& t) { return t.unit_duration_cost != classic.unit_duration_cost; }))
            features.emplace_back("vehicle duration costs");
        if (any([&](const VehicleType& t) { return t.max_duration != classic.max_duration; }))
            features.emplace_back("duration limits per vehicle type");
        if (any([](const VehicleType& t) { return t.max_distance < kUnlimited; }))
            features.emplace_back("maximum route distances");
        if (any([](const VehicleType& t) { return t.shift != TimeWindow{}; }))
            features.emplace_back("vehicle shifts");
        if (any([](const VehicleType& t) { return !t.allowed_clients.empty(); }))
            features.emplace_back("allowed clients");
        if (any([](const VehicleType& t) { return !t.reload_depots.empty(); }))
            features.emplace_back("reloads");
    }
    if (data_.load_dimensions > 1) features.emplace_back("several load dimensions");
    if (!data_.pickup.empty()) features.emplace_back(data_.backhaul_order ? "backhauls" : "pickups");
    const bool optional_clients =
        std::find(
            data_.required.begin() + std::min<std::ptrdiff_t>(data_.num_depots, std::ssize(data_.required)),
            data_.required.end(), 0) != data_.required.end();
    if (!data_.prize.empty() || optional_clients) features.emplace_back("optional clients with prizes");
    if (!data_.release.empty()) features.emplace_back("release times");
    if (!data_.groups.empty()) features.emplace_back("client groups");
    return features;
}

std::string format_objective(Cost objective, const Instance& instance) {
    std::string text = format_cost(objective, instance.rounding());
    // Moves the decimal point cost_decimals places to the left: "3517024.1234567" -> "35170.241234567".
    for (int shift = 0; shift < instance.cost_decimals(); ++shift) {
        std::size_t point = text.find('.');
        if (point == std::string::npos) {
            text += ".";
            point = text.size() - 1;
        }
        const std::size_t first_digit = text[0] == '-' ? 1 : 0;
        if (point == first_digit) {
            text.insert(first_digit, "0");
            ++point;
        }
        std::swap(text[point - 1], text[point]);
        if (point - 1 == first_digit) text.insert(first_digit, "0");
    }
    return text;
}

}  // namespace routekit
