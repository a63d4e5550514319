#pragma once
// The load profile of a sequence of visits that concatenates in O(1) (PyVRP's LoadSegment), for clients
// that both receive deliveries (loaded at the depot) and hand over pickups (carried back to it): the
// vehicle's load peaks somewhere inside a route, not at its start, so a route's excess load is its peak
// above the capacity, not its total demand above it. Without pickups the peak is the total demand.
//
// `Amount` is a Cost (one load dimension, the hot path) or a Load (several): the dimensions do not interact,
// so a multi-dimensional segment is one segment per dimension, its peak taken dimension by dimension.
#include <algorithm>
#include <type_traits>

#include "routekit/model/instance.hpp"
#include "routekit/model/load.hpp"

namespace routekit {

// What the segments need of an amount, for one dimension (Cost) and several (Load) alike.
inline Cost amount_max(Cost a, Cost b) {
    return std::max(a, b);
}
inline Load amount_max(const Load& a, const Load& b) {
    return elementwise_max(a, b);
}
/// The load above `capacity`, summed over the dimensions (PyVRP's excess load). The dimensions an instance
/// does not use hold 0 in loads and capacities alike, so all of Load's slots can be summed.
inline Cost amount_excess(Cost load, Cost capacity) {
    return std::max<Cost>(0, load - capacity);
}
inline Cost amount_excess(const Load& load, const Load& capacity) {
    return load.excess_over(capacity, kMaxLoadDimensions);
}
/// The capacity of a vehicle of `type` as an Amount.
template <class Amount>
Amount capacity_amount(const Instance& instance, int type) {
    if constexpr (std::is_same_v<Amount, Cost>)
        return instance.vehicle_types()[static_cast<std::size_t>(type)].capacity;
    else
        return instance.capacity_load(type);
}

template <class Amount>
struct BasicLoadSegment {
    Amount delivery{};  ///< delivered along the segment (on board when it starts)
    Amount pickup{};    ///< picked up along it (on board when it ends)
    Amount peak{};      ///< the most on board at any point of the segment, its deliveries and pickups alone

    static BasicLoadSegment visit(const Instance& instance, int node) {
        if constexpr (std::is_same_v<Amount, Cost>)
            return visit(instance.demand(node), instance.pickup(node));
        else
            return visit(instance.delivery_load(node), instance.pickup_load(node));
    }
    static BasicLoadSegment visit(const Amount& delivery, const Amount& pickup) {
        return {delivery, pickup, amount_max(delivery, pickup)};
    }

    /// `first` followed by `second`: while in `first`, `second`'s deliveries are still on board; while in
    /// `second`, `first`'s pickups already are.
    static BasicLoadSegment merge(const BasicLoadSegment& first, const BasicLoadSegment& second) {
        return {first.delivery + second.delivery, first.pickup + second.pickup,
                amount_max(first.peak + second.delivery, second.peak + first.pickup)};
    }
};

using LoadSegment = BasicLoadSegment<Cost>;
using MultiLoadSegment = BasicLoadSegment<Load>;

}  // namespace routekit
