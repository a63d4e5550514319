#include "routekit/solver/default_stop_rule.hpp"

#include <algorithm>
#include <cmath>

namespace routekit {

std::string DefaultStopRule::description() const {
    return "stopping after " + std::to_string(no_improvement) + " iterations without improvement or " +
           std::to_string(std::lround(time_limit)) + " s";
}

DefaultStopRule default_stop_rule(const Instance& instance) {
    // On small instances 20,000 idle iterations take seconds; the time cap only bites on large ones, where
    // it scales with the clients so that a 1,000-client run gets five minutes.
    return {kDefaultNoImprovement, std::clamp(0.3 * instance.num_clients(), 10.0, 3600.0)};
}

}  // namespace routekit
