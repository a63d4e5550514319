#pragma once
// The stop rule a front end applies when its user gives none (no time limit, iteration limit,
// no-improvement limit or target): without it the search never ends. The command line and the Python
// package use this one rule and announce it.
#include <cstdint>
#include <string>

#include "routekit/model/instance.hpp"

namespace routekit {

/// HGS-CVRP's 20,000 iterations without improvement.
inline constexpr std::int64_t kDefaultNoImprovement = 20000;

struct DefaultStopRule {
    std::int64_t no_improvement = kDefaultNoImprovement;
    double time_limit = 0;  ///< 0.3 s per client, at least 10 s and at most an hour
    /// "stopping after 20000 iterations without improvement or 32 s"
    std::string description() const;
};

DefaultStopRule default_stop_rule(const Instance& instance);

}  // namespace routekit
