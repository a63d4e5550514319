#pragma once
// Construction-only ablation: how good are the learned policy's solutions before any search, next to the
// classic constructions, on generated instances? (The search-level ablation is bench/ablation.sh.)
#include <string>
#include <vector>

#include "routekit/learn/instance_generator.hpp"

namespace routekit {

struct ComparisonRow {
    std::string method;     ///< "nn", "savings", "policy trained greedy", ...
    double mean_ratio = 0;  ///< mean over instances of cost / savings cost (lower is better)
    double win_share = 0;   ///< share of instances where it beats savings strictly
    double seconds_per_instance = 0;
};

/// Runs every construction on `count` generated instances per kind (seeds seed, seed+1, ...) with
/// `num_clients` clients. The policy rows use `policy_file` (empty: the embedded weights) and the untrained
/// policy of the same shape; "best of S" rows keep the cheapest of S samples (the first greedy).
std::vector<ComparisonRow> compare_constructions(const std::vector<GeneratorKind>& kinds, int num_clients,
                                                 int count, std::uint64_t seed,
                                                 const std::string& policy_file, int samples);

}  // namespace routekit
