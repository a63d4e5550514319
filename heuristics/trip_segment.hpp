#pragma once
// Load and time-window data of a sequence of visits that may hold depot visits (reloads of a multi-trip
// route) and clients with release times, concatenating in O(1) (PyVRP 0.10+'s segments with reload depots).
// A trip's load is counted from its depot, and the trip cannot leave that depot before the latest release
// time of its clients. A segment settles the trips that lie wholly inside it; the clients before its first
// depot and after its last belong to trips it shares with whatever comes before and after, so their load
// and latest release stay open until a merge closes the trip.
//
// The open ends are DurationSegments that carry a pass-through node at the depot's place (no window, no
// duration): merging the head with the depot before it, or the tail with the depot after it, then needs no
// travel time of its own. The checker's convention is kept: at a depot the vehicle first meets the depot's
// window, then waits (never warps) until the next trip's clients are released.
//
// `Amount` is a Cost (one load dimension) or a Load (several: a trip's load per dimension, its excess
// summed over them; a reload empties every dimension). The timing does not depend on it.
#include <algorithm>
#include <type_traits>

#include "heuristics/duration_segment.hpp"
#include "heuristics/load_segment.hpp"
#include "routekit/model/instance.hpp"

namespace routekit {

template <class Amount>
struct BasicTripSegment {
    bool has_depot = false;
    int clients = 0;
    /// Without a depot: the whole sequence. With one: the clients before the first depot, then a
    /// pass-through at that depot.
    DurationSegment head;
    /// First depot to last depot, the trips between them settled (their releases applied).
    DurationSegment body;
    /// A pass-through at the last depot, then the clients after it.
    DurationSegment tail;
    Amount head_load{};
    Amount tail_load{};
    Cost head_release = 0;
    Cost tail_release = 0;
    Cost excess = 0;  ///< load above the capacity, summed over the settled trips

    static constexpr DurationSegment kPassThrough{0, 0, -kUnlimited, kUnlimited};

    static BasicTripSegment client(const Instance& instance, int node) {
        BasicTripSegment result;
        result.clients = 1;
        result.head = DurationSegment::visit(instance, node);
        if constexpr (std::is_same_v<Amount, Cost>)
            result.head_load = instance.demand(node);
        else
            result.head_load = instance.delivery_load(node);
        result.head_release = instance.release(node);
        return result;
    }
    static BasicTripSegment depot(const Instance& instance, int node) {
        BasicTripSegment result;
        result.has_depot = true;
        result.head = result.tail = kPassThrough;
        result.body = DurationSegment::visit(instance, node);
        return result;
    }
    static BasicTripSegment visit(const Instance& instance, int node) {
        return instance.is_depot(node) ? depot(instance, node) : client(instance, node);
    }

    /// `first` followed by `second`, `travel` the time between them; `capacity` settles a closed trip's load.
    static BasicTripSegment merge(const BasicTripSegment& first, Cost travel, const BasicTripSegment& second,
                                  const Amount& capacity) {
        BasicTripSegment result;
        if (!second.has_depot) {
            result = first;
            result.clients += second.clients;
            if (!first.has_depot) {
                result.head = DurationSegment::merge(first.head, travel, second.head);
                result.head_load += second.head_load;
                result.head_release = std::max(first.head_release, second.head_release);
            } else {
                result.tail = DurationSegment::merge(first.tail, travel, second.head);
                result.tail_load += second.head_load;
                result.tail_release = std::max(first.tail_release, second.head_release);
            }
            return result;
        }
        if (!first.has_depot) {
            result = second;
            result.clients += first.clients;
            result.head = DurationSegment::merge(first.head, travel, second.head);
            result.head_load += first.head_load;
            result.head_release = std::max(first.head_release, second.head_release);
            return result;
        }
        // Both hold a depot: first's tail and second's head make one trip, now closed.
        result.has_depot = true;
        result.clients = first.clients + second.clients;
        result.head = first.head;
        result.head_load = first.head_load;
        result.head_release = first.head_release;
        result.tail = second.tail;
        result.tail_load = second.tail_load;
        result.tail_release = second.tail_release;
        result.excess =
            first.excess + second.excess + amount_excess(first.tail_load + second.head_load, capacity);
        const DurationSegment trip = DurationSegment::merge(first.tail, travel, second.head);
        const Cost release = std::max(first.tail_release, second.head_release);
        result.body = DurationSegment::merge(DurationSegment::merge(released(first.body, release), 0, trip),
                                             0, second.body);
        return result;
    }

    /// The timing of a whole route (a segment from a depot to a depot).
    DurationSegment route_timing() const {
        return DurationSegment::merge(released(body, tail_release), 0, tail);
    }
    /// The load above capacity of a whole route, open ends included (empty for a whole route).
    Cost route_excess(const Amount& capacity) const {
        return excess + amount_excess(head_load, capacity) + amount_excess(tail_load, capacity);
    }

  private:
    /// `segment` (ending at a depot) followed by a wait until `release`: the next trip's goods are there.
    static DurationSegment released(const DurationSegment& segment, Cost release) {
        return release <= 0 ? segment : DurationSegment::merge(segment, 0, {0, 0, release, kUnlimited});
    }
};

using TripSegment = BasicTripSegment<Cost>;
using MultiTripSegment = BasicTripSegment<Load>;

}  // namespace routekit
