#include "routekit/model/late_clients.hpp"

#include <algorithm>

namespace routekit {

std::vector<LateClient> clients_late_even_when_served_first(const Instance& instance) {
    std::vector<LateClient> late;
    if (!instance.has_time_windows()) return late;
    const std::vector<VehicleType>& types = instance.vehicle_types();
    for (int client = instance.num_depots(); client < instance.num_nodes(); ++client) {
        if (!instance.required(client)) continue;
        Cost earliest = kUnlimited;
        for (std::size_t t = 0; t < types.size(); ++t) {
            const VehicleType& type = types[t];
            if (!instance.may_serve(static_cast<int>(t), client)) continue;
            const Cost departure = std::max(
                {instance.window(type.start_depot).earliest, type.shift.earliest, instance.release(client)});
            earliest = std::min(earliest, departure + instance.duration(type.start_depot, client));
        }
        const Cost closes = instance.window(client).latest;
        if (earliest < kUnlimited && earliest > closes) late.push_back({client, earliest, closes});
    }
    return late;
}

}  // namespace routekit
