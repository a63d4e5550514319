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

    demand_ = data_.demand.empty() ? std::vector<Cost>(n, 0) : data_.demand;
    require(demand_.size() == n, data_,
            "expected " + std::to_string(n) + " demands, found " + std::to_string(demand_.size()));
    require(demand_[0] == 0, data_,
            "expected the depot's demand to be 0, found " + std::to_string(demand_[0]));
    require(data_.capacity >= 0, data_, "expected a non-negative capacity");
    for (std::size_t i = 1; i < n; ++i) {
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

}  // namespace routekit
