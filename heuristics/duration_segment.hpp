#pragma once
// Time-window data of a sequence of visits that concatenates in O(1) (Vidal et al. 2013; PyVRP's
// DurationSegment). A segment started at any time in [earliest, latest] takes `duration` (travel, service
// and waiting, time warp included) and incurs `time_warp`; this is the least time warp and, for it, the
// least duration, which is exactly what routekit::route_timing computes for a whole route.
#include <algorithm>

#include "routekit/model/instance.hpp"

namespace routekit {

struct DurationSegment {
    Cost duration = 0;
    Cost time_warp = 0;
    Cost earliest = 0;
    Cost latest = kUnlimited;

    /// One visit. The depot's service time is not part of a route's duration (route_timing departs after
    /// it and stops the clock on return), so depot segments carry none.
    static DurationSegment visit(const Instance& instance, int node) {
        const TimeWindow& window = instance.window(node);
        return {instance.is_depot(node) ? 0 : instance.service(node), 0, window.earliest, window.latest};
    }
    /// Leaving the start depot of a vehicle of `type`: within the depot's window and the vehicle's shift.
    static DurationSegment start(const Instance& instance, int type) {
        const VehicleType& vehicle = instance.vehicle_types()[static_cast<std::size_t>(type)];
        const TimeWindow& window = instance.window(vehicle.start_depot);
        return {0, 0, std::max(window.earliest, vehicle.shift.earliest),
                std::min(window.latest, vehicle.shift.latest)};
    }
    /// Reaching the end depot of a vehicle of `type`: before the depot closes and the shift ends (the
    /// checker's convention: the shift's start does not bind the return).
    static DurationSegment end(const Instance& instance, int type) {
        const VehicleType& vehicle = instance.vehicle_types()[static_cast<std::size_t>(type)];
        const TimeWindow& window = instance.window(vehicle.end_depot);
        return {0, 0, window.earliest, std::min(window.latest, vehicle.shift.latest)};
    }

    /// `first` followed by `second`, `travel` being the time from the end of `first` to the start of
    /// `second`. Always inlined: the segment code of several load dimensions would otherwise make the
    /// compiler call it out of line on the one-dimension hot paths too (5 % more instructions on MTVRPTWR).
    [[gnu::always_inline]] static DurationSegment merge(const DurationSegment& first, Cost travel,
                                                        const DurationSegment& second) {
        const Cost elapsed = first.duration - first.time_warp + travel;
        const Cost wait = std::max<Cost>(second.earliest - elapsed - first.latest, 0);
        const Cost warp = std::max<Cost>(first.earliest + elapsed - second.latest, 0);
        return {first.duration + second.duration + travel + wait, first.time_warp + second.time_warp + warp,
                std::max(second.earliest - elapsed, first.earliest) - wait,
                std::min(second.latest - elapsed, first.latest) + warp};
    }
};

}  // namespace routekit
