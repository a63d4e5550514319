#pragma once
// A route under construction that prices the insertion of one client anywhere in O(1): distance change,
// and whether capacity, time windows and the duration limit still hold (from prefix and suffix
// DurationSegments), so the constructions respect every constraint they can. With pickups the load is
// taken as the larger of the deliveries and the pickups: the peak of a route in backhaul order, a lower
// bound of it otherwise (the local search prices the exact profile).
#include <vector>

#include "heuristics/duration_segment.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/load.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

class InsertionRoute {
  public:
    /// `clients` on a vehicle of `vehicle_type` (its capacity and costs).
    explicit InsertionRoute(const Instance& instance, const Route& clients = {}, int vehicle_type = 0);

    struct Insertion {
        Cost distance = 0;   ///< distance added
        Cost violation = 0;  ///< excess load + time warp + excess duration of the route after insertion
        RouteCost route;     ///< the whole route's cost after insertion
    };
    /// Inserting `client` after position `after` (0: the depot at the start, up to num_clients()).
    Insertion evaluate(int client, int after) const;
    void insert(int client, int after);

    int num_clients() const { return static_cast<int>(nodes_.size()) - 2; }
    /// Depot, clients, depot.
    const std::vector<int>& nodes() const { return nodes_; }
    /// The deliveries on board (load dimension 0).
    Cost load() const { return load_[0]; }
    /// The deliveries on board in every load dimension.
    const Load& loads() const { return load_; }
    /// The route's cost as it stands (what evaluate_route computes).
    const RouteCost& cost() const { return cost_; }
    Route clients() const { return Route(nodes_.begin() + 1, nodes_.end() - 1); }
    int vehicle_type() const { return vehicle_type_; }

  private:
    void refresh();
    RouteCost route_cost(Cost distance, const Load& load, Cost forbidden, const DurationSegment& timing,
                         bool used) const;
    const Instance* instance_;
    int vehicle_type_ = 0;
    std::vector<int> nodes_;
    std::vector<DurationSegment> prefix_;
    std::vector<DurationSegment> suffix_;
    Load load_;
    Cost forbidden_ = 0;  ///< clients the vehicle may not serve
    Load pickup_;         ///< picked up along the route
    RouteCost cost_;
};

/// With a limited fleet, dissolves the lightest surplus routes into the others wherever every constraint
/// still holds; gives up (leaving more routes than the fleet, for the checker to report) when a client fits
/// nowhere. Removes empty routes.
void reduce_to_fleet(const Instance& instance, Solution& solution);

}  // namespace routekit
