#pragma once
// The problem model: one immutable Instance for TSP, ATSP, CVRP, ACVRP and VRPTW.
//
// Node 0 is always the depot; clients are 1..n-1. All times and distances are fixed-point integers
// (Cost) in the instance's cost convention, so that search is exact and deterministic and a published
// optimum checks to exactly its value. Demands and capacity are plain integers, never scaled.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "routekit/model/arc_costs.hpp"
#include "routekit/model/units.hpp"

namespace routekit {

enum class ProblemKind { tsp, atsp, cvrp, acvrp, vrptw };

std::string_view to_string(ProblemKind kind);

struct TimeWindow {
    Cost earliest = 0;
    Cost latest = kUnlimited;
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

/// Everything an Instance is made of; fill it (a reader does, or your code does) and build an Instance.
/// Optional vectors may stay empty: no service times, no time windows, no coordinates.
struct InstanceData {
    std::string name = "unnamed";
    ProblemKind kind = ProblemKind::cvrp;
    Rounding rounding = Rounding::tsplib;
    int num_nodes = 0;                ///< n, the depot included
    std::vector<Cost> distance;       ///< n*n, row-major: distance[i*n+j] from i to j; see below
    std::vector<Cost> duration;       ///< n*n travel times; empty: the distance matrix doubles as it
    std::vector<Cost> demand;         ///< n entries, demand[0] = 0; empty: all zero
    std::vector<Cost> service;        ///< n service times; empty: all zero
    std::vector<TimeWindow> windows;  ///< n windows; empty: no windows
    Cost capacity = kUnlimited;
    int fleet = 0;                         ///< the most vehicles that may be used; 0 means unlimited
    Cost max_route_duration = kUnlimited;  ///< limit on a route's travel + service + waiting time
    std::vector<Point> coordinates;        ///< optional: for pictures, or the source of distance_function
    std::vector<long long> node_ids;       ///< the file's own id of each node; empty: 1..n
    int dimension_in_file = 0;             ///< DIMENSION as the file states it (0: same as num_nodes)
    /// With `distance` empty: the distances are this function of `coordinates` (and, with `duration` empty,
    /// the durations too), computed on demand for large n instead of stored.
    std::optional<DistanceFunction> distance_function;
    /// Filled by Instance, which moves `distance` and `duration` into this compact storage and leaves them
    /// empty: a copy of Instance::data() with other fields changed builds a new Instance on the same
    /// storage. Programs fill `distance` (or `distance_function`) instead.
    ArcCosts stored_distance;
    ArcCosts stored_duration;
};

/// An immutable, validated problem. Cheap to share by const reference; thread-safe to read.
class Instance {
  public:
    /// Validates `data` (sizes, non-negative demands within capacity, windows not inverted, depot demand 0)
    /// and throws InputError naming the first problem found. Copies share the (immutable) matrices.
    explicit Instance(InstanceData data);

    const std::string& name() const { return data_.name; }
    ProblemKind kind() const { return data_.kind; }
    Rounding rounding() const { return data_.rounding; }
    int num_nodes() const { return n_; }
    int num_clients() const { return n_ - 1; }
    int dimension_in_file() const { return data_.dimension_in_file ? data_.dimension_in_file : n_; }

    Cost distance(int from, int to) const { return distance_(from, to); }
    Cost duration(int from, int to) const { return duration_(from, to); }
    const ArcCosts& distances() const { return distance_; }
    const ArcCosts& durations() const { return duration_; }
    /// True when travel times are the distances (one storage for both).
    bool durations_are_distances() const { return duration_.shares_storage_with(distance_); }

    Cost demand(int node) const { return demand_[node]; }
    Cost service(int node) const { return service_[node]; }
    const TimeWindow& window(int node) const { return windows_[node]; }
    Cost capacity() const { return data_.capacity; }
    int fleet() const { return data_.fleet; }
    bool fleet_limited() const { return data_.fleet > 0; }
    Cost max_route_duration() const { return data_.max_route_duration; }

    bool has_time_windows() const { return has_windows_; }
    bool has_duration_limit() const { return data_.max_route_duration < kUnlimited; }
    bool has_capacity() const { return data_.capacity < kUnlimited; }
    /// True for TSP and ATSP: one vehicle visits every client.
    bool single_vehicle() const { return data_.kind == ProblemKind::tsp || data_.kind == ProblemKind::atsp; }
    bool distance_symmetric() const { return symmetric_; }
    bool has_coordinates() const { return !data_.coordinates.empty(); }
    const std::vector<Point>& coordinates() const { return data_.coordinates; }
    /// The file's own id of node i (1-based TSPLIB ids by default).
    long long node_id(int node) const { return data_.node_ids.empty() ? node + 1 : data_.node_ids[node]; }
    Cost total_demand() const { return total_demand_; }

    /// The data it was built from, its matrices moved into stored_distance and stored_duration.
    const InstanceData& data() const { return data_; }

  private:
    /// Takes distance_ and duration_ from data_ (matrices, coordinates or stored storage), validated.
    void store_costs();

    InstanceData data_;
    int n_ = 0;
    ArcCosts distance_;
    ArcCosts duration_;
    std::vector<Cost> demand_;
    std::vector<Cost> service_;
    std::vector<TimeWindow> windows_;
    bool has_windows_ = false;
    bool symmetric_ = true;
    Cost total_demand_ = 0;
};

}  // namespace routekit
