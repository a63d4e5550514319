#include "routekit/model/instance_builder.hpp"

#include "routekit/model/error.hpp"

namespace routekit {

void InstanceBuilder::require_square(long long rows, long long cols, const char* what) const {
    const long long n = data_.num_nodes;
    if (rows != n || cols != n)
        throw InputError(std::string("expected a ") + std::to_string(n) + "x" + std::to_string(n) + " " +
                         what + " matrix, found " + std::to_string(rows) + "x" + std::to_string(cols));
}

InstanceBuilder::InstanceBuilder(int num_nodes) {
    data_.num_nodes = num_nodes;
}

InstanceBuilder& InstanceBuilder::name(std::string name) {
    data_.name = std::move(name);
    return *this;
}
InstanceBuilder& InstanceBuilder::kind(ProblemKind kind) {
    data_.kind = kind;
    return *this;
}
InstanceBuilder& InstanceBuilder::rounding(Rounding rounding) {
    data_.rounding = rounding;
    return *this;
}
InstanceBuilder& InstanceBuilder::distances(std::span<const Cost> row_major) {
    data_.distance.assign(row_major.begin(), row_major.end());
    return *this;
}
InstanceBuilder& InstanceBuilder::durations(std::span<const Cost> row_major) {
    data_.duration.assign(row_major.begin(), row_major.end());
    return *this;
}
InstanceBuilder& InstanceBuilder::demands(std::span<const Cost> demand) {
    data_.demand.assign(demand.begin(), demand.end());
    return *this;
}
InstanceBuilder& InstanceBuilder::capacity(Cost capacity) {
    data_.capacity = capacity;
    return *this;
}
InstanceBuilder& InstanceBuilder::fleet(int vehicles) {
    data_.fleet = vehicles;
    return *this;
}
InstanceBuilder& InstanceBuilder::service_times(std::span<const Cost> service) {
    data_.service.assign(service.begin(), service.end());
    return *this;
}
InstanceBuilder& InstanceBuilder::time_windows(std::span<const TimeWindow> windows) {
    data_.windows.assign(windows.begin(), windows.end());
    if (data_.kind == ProblemKind::cvrp) data_.kind = ProblemKind::vrptw;
    return *this;
}
InstanceBuilder& InstanceBuilder::max_route_duration(Cost limit) {
    data_.max_route_duration = limit;
    return *this;
}

Instance InstanceBuilder::build() const {
    return Instance(data_);
}

}  // namespace routekit
