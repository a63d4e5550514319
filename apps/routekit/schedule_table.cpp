#include "apps/routekit/schedule_table.hpp"

#include <algorithm>
#include <iomanip>
#include <string>

#include "apps/routekit/load_text.hpp"
#include "routekit/model/checker.hpp"

namespace routekit::cli {

void write_schedule_table(std::ostream& out, const Instance& instance, const Solution& solution) {
    const auto units = [&](Cost value) { return format_cost(value, instance.rounding()); };
    const bool typed = instance.vehicle_types().size() > 1;
    for (std::size_t k = 0; k < solution.routes.size(); ++k) {
        const Route& route = solution.routes[k];
        if (route.empty()) continue;
        const int type = std::max(0, instance.vehicle_type_of_route(static_cast<int>(k)));
        const RouteSchedule schedule = route_schedule(instance, route, type);
        const Cost capacity = instance.vehicle_types()[static_cast<std::size_t>(type)].capacity;
        const int dimensions = instance.load_dimensions();  // several: each load printed per dimension
        out << "Route #" << k + 1 << ": vehicle " << k + 1;
        if (typed) out << " (type " << type + 1 << ")";
        out << ", distance " << units(schedule.distance) << ", duration " << units(schedule.duration)
            << ", load " << load_text(schedule.loads, dimensions);
        if (capacity < kUnlimited) out << "/" << load_text(instance.capacity_load(type), dimensions);
        out << ", departs " << units(schedule.departure);
        if (schedule.time_warp > 0) out << ", LATE by " << units(schedule.time_warp);
        out << "\n";
        out << "  " << std::setw(5) << "stop" << std::setw(10) << "node" << std::setw(12) << "arrival"
            << std::setw(12) << "waiting" << std::setw(12) << "start" << std::setw(12) << "departure"
            << std::setw(8) << "load"
            << "\n";
        for (std::size_t s = 0; s < schedule.stops.size(); ++s) {
            const ScheduledStop& stop = schedule.stops[s];
            // The last stop is the return to the depot; a depot in between is a reload.
            const bool last = s + 1 == schedule.stops.size();
            out << "  " << std::setw(5) << (last ? std::string("end") : std::to_string(s + 1))
                << std::setw(10) << instance.node_id(stop.node) << std::setw(12) << units(stop.arrival)
                << std::setw(12) << units(stop.waiting) << std::setw(12) << units(stop.start) << std::setw(12)
                << (last ? std::string("-") : units(stop.departure)) << std::setw(8)
                << load_text(stop.loads, dimensions);
            if (stop.time_warp > 0) out << "  late by " << units(stop.time_warp);
            out << "\n";
        }
    }
}

}  // namespace routekit::cli
