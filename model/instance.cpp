#include "routekit/model/instance.hpp"

#include <cmath>
#include <cstdio>

#include "routekit/model/error.hpp"

namespace routekit {

std::string_view to_string(Rounding rounding) {
    switch (rounding) {
        case Rounding::tsplib:
            return "tsplib";
        case Rounding::trunc1:
            return "trunc1";
        case Rounding::exact:
            return "exact";
    }
    return "?";
}

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

std::optional<Rounding> parse_rounding(std::string_view text) {
    if (text == "tsplib") return Rounding::tsplib;
    if (text == "trunc1") return Rounding::trunc1;
    if (text == "exact") return Rounding::exact;
    return std::nullopt;
}

Cost scale_of(Rounding rounding) {
    switch (rounding) {
        case Rounding::tsplib:
            return 1;
        case Rounding::trunc1:
            return 10;
        case Rounding::exact:
            return 10'000'000;
    }
    return 1;
}

Cost to_fixed(double value, Rounding rounding) {
    switch (rounding) {
        case Rounding::tsplib:
            return static_cast<Cost>(std::llround(value));
        // The small epsilon keeps values such as 0.3 (stored as 0.29999...) from truncating to 0.2.
        case Rounding::trunc1:
            return static_cast<Cost>(std::floor(value * 10.0 + 1e-9));
        case Rounding::exact:
            return static_cast<Cost>(std::llround(value * 1e7));
    }
    return 0;
}

std::string format_cost(Cost cost, Rounding rounding) {
    const Cost scale = scale_of(rounding);
    if (scale == 1) return std::to_string(cost);
    const Cost magnitude = cost < 0 ? -cost : cost;
    const int digits = rounding == Rounding::trunc1 ? 1 : 7;
    char text[48];
    int length = std::snprintf(text, sizeof text, "%s%lld.%0*lld", cost < 0 ? "-" : "",
                               static_cast<long long>(magnitude / scale), digits,
                               static_cast<long long>(magnitude % scale));
    if (rounding == Rounding::exact) {  // trailing zeros say nothing for real values; keep two decimals
        while (length > 0 && text[length - 1] == '0' && text[length - 3] != '.') --length;
    }
    return std::string(text, static_cast<std::size_t>(length));
}

namespace {

void require(bool condition, const InstanceData& data, const std::string& message) {
    if (!condition) throw InputError("instance " + data.name + ": " + message);
}

}  // namespace

Instance::Instance(InstanceData data) : data_(std::move(data)), n_(data_.num_nodes) {
    const auto n = static_cast<std::size_t>(n_);
    require(n_ >= 2, data_, "expected at least 2 nodes (a depot and a client), found " + std::to_string(n_));
    require(data_.distance.size() == n * n, data_,
            "expected a " + std::to_string(n) + "x" + std::to_string(n) + " distance matrix, found " +
                std::to_string(data_.distance.size()) + " entries");
    require(data_.duration.empty() || data_.duration.size() == n * n, data_,
            "expected the duration matrix to be empty or n*n, found " +
                std::to_string(data_.duration.size()) + " entries");
    // Tested before calling require, which would build its message string for each of the n*n entries.
    for (std::size_t k = 0; k < n * n; ++k) {
        if (data_.distance[k] < 0)
            require(false, data_, "expected non-negative distances, found a negative one");
        if (!data_.duration.empty() && data_.duration[k] < 0)
            require(false, data_, "expected non-negative durations, found a negative one");
    }
    bind_duration();

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

    for (int i = 0; i < n_ && symmetric_; ++i)
        for (int j = i + 1; j < n_; ++j)
            if (distance(i, j) != distance(j, i)) {
                symmetric_ = false;
                break;
            }
}

Instance::Instance(const Instance& other)
    : data_(other.data_),
      n_(other.n_),
      demand_(other.demand_),
      service_(other.service_),
      windows_(other.windows_),
      has_windows_(other.has_windows_),
      symmetric_(other.symmetric_),
      total_demand_(other.total_demand_) {
    bind_duration();
}

Instance::Instance(Instance&& other) noexcept
    : data_(std::move(other.data_)),
      n_(other.n_),
      demand_(std::move(other.demand_)),
      service_(std::move(other.service_)),
      windows_(std::move(other.windows_)),
      has_windows_(other.has_windows_),
      symmetric_(other.symmetric_),
      total_demand_(other.total_demand_) {
    bind_duration();
    other.bind_duration();
}

Instance& Instance::operator=(const Instance& other) {
    if (this != &other) *this = Instance(other);
    return *this;
}

Instance& Instance::operator=(Instance&& other) noexcept {
    if (this == &other) return *this;
    data_ = std::move(other.data_);
    n_ = other.n_;
    demand_ = std::move(other.demand_);
    service_ = std::move(other.service_);
    windows_ = std::move(other.windows_);
    has_windows_ = other.has_windows_;
    symmetric_ = other.symmetric_;
    total_demand_ = other.total_demand_;
    bind_duration();
    other.bind_duration();
    return *this;
}

}  // namespace routekit
