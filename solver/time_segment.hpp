#pragma once
// Time-window data of a sequence of visits that concatenates in O(1) (the construction of Vidal et al. 2013
// and PyVRP's DurationSegment), under the checker's convention: wait when early, count lateness as time warp
// and go on from the window's closing time, leave the depot as late as helps.
#include <algorithm>

#include "routekit/model/instance.hpp"

namespace routekit {

struct TimeSegment {
    Cost duration = 0;         ///< travel, service, waiting and time warp from the first visit to the last
    Cost time_warp = 0;        ///< lateness that no start time avoids
    Cost earliest = 0;         ///< the earliest start of the first visit that does not only add waiting
    Cost latest = kUnlimited;  ///< the latest start of the first visit that adds no time warp

    /// One client: its service time and window.
    static TimeSegment visit(const Instance& instance, int node) {
        return {instance.service(node), 0, instance.window(node).earliest, instance.window(node).latest};
    }
    /// The depot at either end of a route: its window, no service time (the checker counts none).
    static TimeSegment depot(const Instance& instance) {
        return {0, 0, instance.window(0).earliest, instance.window(0).latest};
    }

    /// `first` (ending at node `from`) followed by `second` (starting at node `to`).
    static TimeSegment join(const Instance& instance, const TimeSegment& first, int from,
                            const TimeSegment& second, int to) {
        const Cost travel = instance.duration(from, to);
        const Cost shift = first.duration - first.time_warp + travel;
        const Cost wait = std::max<Cost>(second.earliest - shift - first.latest, 0);
        const Cost warp = std::max<Cost>(first.earliest + shift - second.latest, 0);
        return {first.duration + second.duration + travel + wait, first.time_warp + second.time_warp + warp,
                std::max(second.earliest - shift, first.earliest) - wait,
                std::min(second.latest - shift, first.latest) + warp};
    }
};

}  // namespace routekit
