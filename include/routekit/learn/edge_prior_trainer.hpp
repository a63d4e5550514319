#pragma once
// Trains the learned edge prior (heuristics/edge_prior.hpp) supervised: Routekit solves generated instances
// of one family (or a folder of past ones) for a short budget each; every candidate arc (i, j) among each
// client's nearest gets the label 1 when the solution links i and j, else 0; a small MLP learns the
// log-odds by logistic regression (Adam, minibatches); the weights of the lowest validation loss are kept.
// Then the weight lambda of the prior in savings' merge order is chosen on the validation instances: the
// lambda whose learned-savings solutions are cheapest after a granular descent (what the genetic search
// makes of them), relative to plain savings after the same descent.
// Deterministic when the solves are bounded by iterations (solve_iterations), not by time.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "routekit/learn/instance_generator.hpp"

namespace routekit {

struct EdgePriorConfig {
    std::uint64_t seed = 1;
    GeneratorKind kind = GeneratorKind::x;  ///< the family of the generated instances
    int instances = 120;                    ///< generated training instances
    int validation_instances = 20;          ///< generated besides them (the last of a folder's files)
    int min_clients = 100;
    int max_clients = 400;
    std::string instance_folder;         ///< train on these files instead of generated ones (empty: generate)
    double solve_seconds = 2;            ///< CPU seconds of the search per instance for its labels
    std::int64_t solve_iterations = -1;  ///< when >= 0, this many genetic iterations instead (reproducible)
    int arcs_per_client = 30;            ///< labelled arcs per client: its nearest candidates
    int hidden = 16;
    std::uint64_t init_seed = 1;
    int epochs = 40;
    int batch = 1024;
    double learning_rate = 3e-3;
    std::vector<double> lambdas{0, 0.25, 0.5, 1, 2, 4, 8};
    /// Randomized savings per validation instance and lambda, besides the greedy one.
    int lambda_samples = 4;
    /// Written into the weights: how a population's randomized constructions use the prior (fixed, uniform
    /// or greedy; heuristics/edge_prior.hpp).
    std::string sampling = "fixed";
};

/// Reads a JSON config; absent keys keep their defaults, unknown keys are an InputError.
EdgePriorConfig parse_edge_prior_config(const std::string& json_text, const std::string& source);
std::string edge_prior_config_json(const EdgePriorConfig& config);

struct EdgePriorEpoch {
    int epoch = 0;  ///< 0: before training
    double train_loss = 0;
    double validation_loss = 0;
};

struct LambdaPoint {
    double lambda = 0;
    double construction_ratio = 0;  ///< mean cost of its constructions / plain savings' (same rng draws)
    double descent_ratio = 0;       ///< the same after a granular descent of each
};

struct EdgePriorResult {
    std::string weights_json;  ///< the model with the chosen lambda, the config and the curves
    std::vector<EdgePriorEpoch> curve;
    std::vector<LambdaPoint> lambdas;
    int best_epoch = 0;
    double positive_share = 0;  ///< share of labelled arcs in the solutions
};

using EdgePriorProgress = std::function<void(const std::string& line)>;

EdgePriorResult train_edge_prior(const EdgePriorConfig& config, const EdgePriorProgress& progress = {});

}  // namespace routekit
