#pragma once
// The problem model: one immutable Instance for TSP, ATSP, CVRP, ACVRP and VRPTW, and for PyVRP's rich
// variants: vehicle types, several depots, optional clients with prizes, pickups and backhauls, reloads and
// release times, mutually exclusive client groups.
//
// Depots are the first nodes (PyVRP's convention): with one depot, node 0 is the depot and clients are
// 1..n-1. All times and distances are fixed-point integers
// (Cost) in the instance's cost convention, so that search is exact and deterministic and a published
// optimum checks to exactly its value. Demands and capacity are plain integers, never scaled.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "routekit/model/arc_costs.hpp"
#include "routekit/model/fixed_edges.hpp"
#include "routekit/model/load.hpp"
#include "routekit/model/units.hpp"

namespace routekit {

enum class ProblemKind { tsp, atsp, cvrp, acvrp, vrptw };

std::string_view to_string(ProblemKind kind);

struct TimeWindow {
    Cost earliest = 0;
    Cost latest = kUnlimited;
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

/// A kind of vehicle, in PyVRP's vocabulary (VehicleType; VROOM's vehicle): how many there are, what they
/// carry, what they cost, where and when they work and which clients they may serve.
struct VehicleType {
    int count = 0;                     ///< vehicles of this type; 0: unlimited
    Cost capacity = kUnlimited;        ///< the most a vehicle carries at any time of a trip
    /// With several load dimensions (InstanceData::load_dimensions): the capacity in each, the first being
    /// `capacity` (left at kUnlimited, it is set from here). Empty with one dimension.
    std::vector<Cost> capacities;
    Cost fixed_cost = 0;               ///< objective units, paid once per vehicle used
    Cost unit_distance_cost = 1;       ///< objective units per stored distance unit
    Cost unit_duration_cost = 0;       ///< objective units per stored time unit
    int start_depot = 0;               ///< the depot the vehicle leaves from
    int end_depot = 0;                 ///< the depot it returns to
    Cost max_duration = kUnlimited;    ///< from leaving the start depot to reaching the end depot
    Cost max_distance = kUnlimited;    ///< the route's distance, reloads included
    TimeWindow shift;                  ///< the vehicle leaves and returns within it
    std::vector<int> allowed_clients;  ///< the clients it may serve (site dependence); empty: all
    std::vector<int> reload_depots;    ///< depots where it may reload between trips; empty: none
    friend bool operator==(const VehicleType&, const VehicleType&) = default;
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
    std::vector<Cost> demand;         ///< n entries, demand[0] = 0; empty: all zero (see load_dimensions)
    std::vector<Cost> service;        ///< n service times; empty: all zero
    std::vector<TimeWindow> windows;  ///< n windows; empty: no windows
    Cost capacity = kUnlimited;
    int fleet = 0;                         ///< the most vehicles that may be used; 0 means unlimited
    Cost max_route_duration = kUnlimited;  ///< limit on a route's travel + service + waiting time
    std::vector<Point> coordinates;        ///< optional: for pictures, or the source of distance_function
    std::vector<long long> node_ids;       ///< the file's own id of each node; empty: 1..n
    int dimension_in_file = 0;             ///< DIMENSION as the file states it (0: same as num_nodes)

    // The rich variants. Each may stay empty (or at its default): the classic problem above is unchanged.
    /// Capacity dimensions (weight, volume ...), at most kMaxLoadDimensions. With more than one, `demand`
    /// and `pickup` hold load_dimensions amounts per node, node by node (demand[i * load_dimensions + d]),
    /// and every vehicle type (required then) its `capacities`. Dimension 0 is what demand(), pickup() and
    /// the capacities answer; delivery_load(), pickup_load() and capacity_load() answer all dimensions.
    int load_dimensions = 1;
    int num_depots = 1;  ///< nodes 0..num_depots-1 are depots, the others clients
    /// Empty: one type made of capacity, fleet and max_route_duration, based at depot 0. Given: the types
    /// replace those three fields (capacity() answers the largest capacity, fleet() the vehicle count).
    /// With several types, route k of a Solution is driven by vehicle k, vehicles numbered type by type.
    std::vector<VehicleType> vehicle_types;
    std::vector<Cost> pickup;  ///< n amounts picked up at each client and carried to the depot; empty: none
    bool backhaul_order =
        false;                ///< on each trip, clients with a delivery precede clients with a pickup (VRPB)
    std::vector<Cost> prize;  ///< n prizes in objective units, earned by visiting; empty: none
    std::vector<char> required;  ///< n flags, 0: the client may be left out; empty: every client required
    std::vector<Cost> release;   ///< n release times: a trip serving the client leaves no earlier; empty: 0
    /// Mutually exclusive groups (GVRP): exactly one client of each group is visited; members are not
    /// required one by one.
    std::vector<std::vector<int>> groups;
    /// Fixed and unit costs stated x10^cost_decimals in the file (PyVRP's HFVRP files: 2); objectives are
    /// printed with that shift undone (format_objective), so they read in the original units.
    int cost_decimals = 0;
    /// TSP and ATSP only: edges (arcs on an ATSP) every tour must contain (TSPLIB's FIXED_EDGES_SECTION).
    std::vector<FixedEdge> fixed_edges;
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
    int num_clients() const { return n_ - num_depots(); }
    int num_depots() const { return data_.num_depots; }
    bool is_depot(int node) const { return node < data_.num_depots; }
    int dimension_in_file() const { return data_.dimension_in_file ? data_.dimension_in_file : n_; }

    Cost distance(int from, int to) const { return distance_(from, to); }
    Cost duration(int from, int to) const { return duration_(from, to); }
    const ArcCosts& distances() const { return distance_; }
    const ArcCosts& durations() const { return duration_; }
    /// True when travel times are the distances (one storage for both).
    bool durations_are_distances() const { return duration_.shares_storage_with(distance_); }

    Cost demand(int node) const { return demand_[node]; }
    int load_dimensions() const { return data_.load_dimensions; }
    /// The demand of `node` in every load dimension (with one: demand(node) in dimension 0).
    Load delivery_load(int node) const {
        return deliveries_.empty() ? Load(demand_[static_cast<std::size_t>(node)])
                                   : deliveries_[static_cast<std::size_t>(node)];
    }
    /// The pickup of `node` in every load dimension (with one: pickup(node) in dimension 0).
    Load pickup_load(int node) const {
        return pickups_.empty() ? Load(pickup(node)) : pickups_[static_cast<std::size_t>(node)];
    }
    /// The capacity of a vehicle of `type` in every load dimension.
    const Load& capacity_load(int type) const { return type_capacities_[static_cast<std::size_t>(type)]; }
    /// Per load dimension the largest capacity of any vehicle type (the classic vehicle of Split).
    const Load& largest_capacity_load() const { return largest_capacity_; }
    Cost service(int node) const { return service_[node]; }
    const TimeWindow& window(int node) const { return windows_[node]; }
    Cost capacity() const { return data_.capacity; }
    int fleet() const { return data_.fleet; }
    bool fleet_limited() const { return data_.fleet > 0; }
    Cost max_route_duration() const { return data_.max_route_duration; }

    bool has_time_windows() const { return has_windows_; }
    bool has_duration_limit() const { return data_.max_route_duration < kUnlimited; }
    /// The largest VehicleType::max_distance (kUnlimited when no type limits its route's distance).
    Cost max_route_distance() const { return max_route_distance_; }
    bool has_distance_limit() const { return max_route_distance_ < kUnlimited; }
    /// Whether some load dimension has a capacity (with one dimension: capacity() < kUnlimited).
    bool has_capacity() const { return has_capacity_; }
    /// True for TSP and ATSP: one vehicle visits every client.
    bool single_vehicle() const { return data_.kind == ProblemKind::tsp || data_.kind == ProblemKind::atsp; }
    bool distance_symmetric() const { return symmetric_; }
    bool has_coordinates() const { return !data_.coordinates.empty(); }
    const std::vector<Point>& coordinates() const { return data_.coordinates; }
    /// The file's own id of node i (1-based TSPLIB ids by default).
    long long node_id(int node) const { return data_.node_ids.empty() ? node + 1 : data_.node_ids[node]; }
    Cost total_demand() const { return total_demand_; }

    // ---- the rich variants --------------------------------------------------------------------------
    /// Never empty: the types given, or the one type the classic fields make.
    const std::vector<VehicleType>& vehicle_types() const { return vehicle_types_; }
    /// The type driving route `route` of a solution: positional with several types, else type 0; -1 when
    /// the fleet has no vehicle `route`.
    int vehicle_type_of_route(int route) const;
    /// Whether some vehicle type serves only the clients it lists (site dependence).
    bool site_dependent() const { return !not_served_.empty(); }
    /// What the search charges per visit of a client its vehicle may not serve: ten of the longest round
    /// trips from a depot, more than any detour a move could save, so that the local search removes such
    /// visits first, with exact deltas (0 without site dependence).
    Cost forbidden_visit_weight() const { return forbidden_visit_weight_; }
    /// Whether a vehicle of `type` may serve `node` (a table lookup: the search asks per evaluated move).
    bool may_serve(int type, int node) const {
        return not_served_.empty() ||
               not_served_[static_cast<std::size_t>(type) * static_cast<std::size_t>(n_) +
                           static_cast<std::size_t>(node)] == 0;
    }
    Cost pickup(int node) const { return pickup_.empty() ? 0 : pickup_[static_cast<std::size_t>(node)]; }
    bool backhaul_order() const { return data_.backhaul_order; }
    Cost prize(int node) const { return data_.prize.empty() ? 0 : data_.prize[node]; }
    /// Whether the client must be visited on its own account (not optional, not in a group).
    bool required(int node) const { return required_[node] != 0; }
    /// Whether some client may be left out (optional, or in a group).
    bool has_optional_clients() const { return has_optional_clients_; }
    Cost release(int node) const { return data_.release.empty() ? 0 : data_.release[node]; }
    const std::vector<std::vector<int>>& groups() const { return data_.groups; }
    /// The index in groups() of the group holding `node`; -1 for a node in none.
    int group_of(int node) const {
        return group_of_.empty() ? -1 : group_of_[static_cast<std::size_t>(node)];
    }
    /// group_of for every node; empty without groups.
    const std::vector<int>& node_groups() const { return group_of_; }
    /// The least demand every solution serves: the required clients', plus each group's smallest member's.
    Cost required_demand() const { return required_load_[0]; }
    /// The same in every load dimension (each group's least member per dimension).
    const Load& required_load() const { return required_load_; }
    int cost_decimals() const { return data_.cost_decimals; }
    /// Edges every tour must contain; arcs (driven from `from` to `to`) on an ATSP. Empty: none.
    const std::vector<FixedEdge>& fixed_edges() const { return data_.fixed_edges; }
    /// What this instance asks beyond CVRP/VRPTW ("several depots", "prizes", ...); empty for a classic
    /// instance. Search code that handles only the classic model refuses an instance naming these.
    std::vector<std::string> rich_features() const;

    /// The data it was built from, its matrices moved into stored_distance and stored_duration.
    const InstanceData& data() const { return data_; }

  private:
    void validate_depots_and_vehicle_types();
    void validate_client_variants();
    /// Splits multi-dimensional demands and pickups into deliveries_ and pickups_ (dimension 0 into demand_
    /// and pickup_), validated against the largest capacity per dimension.
    void store_loads();
    /// Takes distance_ and duration_ from data_ (matrices, coordinates or stored storage), validated.
    void store_costs();

    InstanceData data_;
    int n_ = 0;
    ArcCosts distance_;
    ArcCosts duration_;
    std::vector<Cost> demand_;
    std::vector<Cost> pickup_;
    std::vector<Load> deliveries_;  ///< per node, all dimensions; empty with one dimension
    std::vector<Load> pickups_;     ///< per node, all dimensions; empty with one dimension or no pickups
    std::vector<Load> type_capacities_;
    Load largest_capacity_;
    bool has_capacity_ = false;
    std::vector<Cost> service_;
    std::vector<TimeWindow> windows_;
    bool has_windows_ = false;
    bool symmetric_ = true;
    Cost total_demand_ = 0;
    std::vector<VehicleType> vehicle_types_;
    Cost forbidden_visit_weight_ = 0;
    Cost max_route_distance_ = kUnlimited;
    std::vector<char> not_served_;  ///< types x nodes, 1: outside the type's allowed clients; empty: none
    std::vector<char> required_;
    std::vector<int> group_of_;  ///< per node: its group, -1 for none; empty without groups
    Load required_load_;
    bool has_optional_clients_ = false;
};

/// An objective in the instance's own units: format_cost with the cost_decimals shift undone.
std::string format_objective(Cost objective, const Instance& instance);

}  // namespace routekit
