#pragma once
// The learned construction policy: a small MLP scoring candidate successors from matrix-only features.
// See docs/learned_policy.md for the features, the decoding and how the shipped weights were trained.
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

namespace policy {
class PolicyModel;
}

/// How many cheapest feasible successors the untrained policy scores (besides the depot).
inline constexpr int kDefaultPolicyCandidates = 10;

/// Builds `count` solutions with the learned policy: the first decoded greedily, the rest sampled.
/// `policy_file` empty: the weights embedded in the binary. Throws InputError on an unreadable file.
std::vector<Solution> learned_policy_solutions(const Instance& instance, const std::string& policy_file,
                                               int count, Rng& rng);

/// The same with weights already loaded; `temperature` scales the sampling (lower: closer to greedy).
std::vector<Solution> learned_policy_solutions(const Instance& instance, const policy::PolicyModel& model,
                                               int count, Rng& rng, double temperature = 1.0);

/// The weights compiled into the binary (parsed once, thread-safe).
const policy::PolicyModel& default_policy_model();
/// Weights from a JSON file (empty path: the embedded default). Throws InputError when unreadable or when
/// the file was written for another feature set.
policy::PolicyModel load_policy_model(const std::string& policy_file);

}  // namespace routekit
