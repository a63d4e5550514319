#pragma once
// The learned construction policy: a small MLP scoring candidate successors from matrix-only features.
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Builds `count` solutions with the learned policy: the first decoded greedily, the rest sampled.
/// `policy_file` empty: the weights embedded in the binary. Throws InputError on an unreadable file.
std::vector<Solution> learned_policy_solutions(const Instance& instance, const std::string& policy_file,
                                               int count, Rng& rng);

}  // namespace routekit
