#pragma once
// The load profile of a sequence of visits that concatenates in O(1) (PyVRP's LoadSegment), for clients
// that both receive deliveries (loaded at the depot) and hand over pickups (carried back to it): the
// vehicle's load peaks somewhere inside a route, not at its start, so a route's excess load is its peak
// above the capacity, not its total demand above it. Without pickups the peak is the total demand.
#include <algorithm>

#include "routekit/model/instance.hpp"

namespace routekit {

struct LoadSegment {
    Cost delivery = 0;  ///< delivered along the segment (on board when it starts)
    Cost pickup = 0;    ///< picked up along it (on board when it ends)
    Cost peak = 0;      ///< the most on board at any point of the segment, its deliveries and pickups alone

    static LoadSegment visit(const Instance& instance, int node) {
        const Cost delivery = instance.demand(node);
        const Cost pickup = instance.pickup(node);
        return {delivery, pickup, std::max(delivery, pickup)};
    }

    /// `first` followed by `second`: while in `first`, `second`'s deliveries are still on board; while in
    /// `second`, `first`'s pickups already are.
    static LoadSegment merge(const LoadSegment& first, const LoadSegment& second) {
        return {first.delivery + second.delivery, first.pickup + second.pickup,
                std::max(first.peak + second.delivery, second.peak + first.pickup)};
    }
};

}  // namespace routekit
