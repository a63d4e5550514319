#pragma once
// Trains the learned construction policy with REINFORCE on generated instances (or a folder of past ones):
//   for each instance of a batch, S sampled constructions share a baseline (their mean reward, POMO-style);
//   the gradient of sum_s (r_s - mean r) * log p(trajectory_s) drives Adam, with global-norm clipping, a
//   size curriculum and periodic validation on a fixed set.
// Two rewards: the construction's own cost (cheap tours), or, as EARLI trains for a genetic search, the
// cost after a short granular descent of the decoded solution, less a bonus for differing from the
// instance's other rollouts (the diversity a first population needs), with one distinct start client per
// rollout.
// Deterministic: the same config gives byte-identical weights whatever the thread count (every rollout has
// its own seed and gradient buffer; the buffers are summed in a fixed order).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "routekit/learn/instance_generator.hpp"

namespace routekit {

/// Instance sizes drawn uniformly from [min_clients, max_clients] until iteration `until` (exclusive).
struct CurriculumStage {
    std::int64_t until = 0;
    int min_clients = 20;
    int max_clients = 50;
};

struct TrainingConfig {
    std::uint64_t seed = 1;
    std::int64_t iterations = 200;
    int instances_per_batch = 4;
    int samples_per_instance = 16;
    double learning_rate = 1e-3;
    double clip_norm = 1.0;          ///< on the global gradient norm
    double time_window_share = 0.0;  ///< share of training instances with time windows
    std::vector<GeneratorKind> kinds{GeneratorKind::uniform, GeneratorKind::clustered, GeneratorKind::road};
    std::vector<CurriculumStage> curriculum{{100, 20, 50}, {200, 40, 100}};  ///< the last stage runs on
    int validation_every = 50;      ///< iterations between validations (and at the end)
    int validation_instances = 12;  ///< a fixed set, kinds in turn
    int validation_clients = 100;
    std::uint64_t validation_seed = 20250101;
    int candidates = 10;  ///< k successors scored besides the depot
    std::vector<int> hidden{32, 32};
    std::uint64_t init_seed = 1;  ///< hidden-layer initialisation
    /// Start from these weights (a file `routekit train` wrote, or "embedded": the weights compiled into the
    /// binary) instead of the untrained policy (their hidden sizes replace `hidden`; `candidates` must
    /// match). Empty: start untrained.
    std::string init_weights;
    int threads = 1;  ///< rollout threads; the result does not depend on it
    /// "construction": r = cost / mean cost of the decoded solutions. "descent": the same after a granular
    /// descent (no SWAP*) of each, minus diversity_weight times its mean broken-pairs distance to the other
    /// rollouts of its instance; validation then compares with savings after the same descent.
    std::string reward = "construction";
    int descent_granularity = 8;  ///< Γ of that descent
    double diversity_weight = 0;
    /// Each rollout of an instance starts its first route at its own client (drawn without repetition).
    bool start_clients = false;
    /// Train on the instances in this folder (every file `read_instance` accepts, in name order) instead of
    /// generated ones: the first validation_instances files are the validation set, all files the training
    /// set. Empty: generated instances of `kinds`.
    std::string instance_folder;
    /// Stop after this many wall-clock seconds (at the end of an iteration, after a final validation);
    /// 0: run all iterations. A time limit makes the number of iterations, so the weights, depend on the
    /// machine; leave it 0 for a reproducible run.
    double time_limit_seconds = 0;
};

/// Reads a JSON config; absent keys keep their defaults, unknown keys are an InputError (a typo must not
/// silently train something else).
TrainingConfig parse_training_config(const std::string& json_text, const std::string& source);
/// The config as JSON text (every key, so that a run can be repeated from it).
std::string training_config_json(const TrainingConfig& config);

/// One validation: mean over the validation set of the policy's cost divided by nearest neighbour's.
struct ValidationPoint {
    std::int64_t iteration = 0;
    double greedy_ratio = 0;       ///< greedy decoding
    double best_sample_ratio = 0;  ///< best of samples_per_instance samples
    double mean_sample_ratio = 0;  ///< mean of those samples
};

struct TrainingResult {
    std::string weights_json;  ///< the weights of the best validation (by best_sample_ratio), with metadata
    std::vector<ValidationPoint> curve;
    std::int64_t best_iteration = 0;
    std::vector<double> final_parameters;  ///< after the last iteration, whatever its validation
};

/// Called with one human-readable line per report.
using TrainingProgress = std::function<void(const std::string&)>;

/// Called after every validation with the result so far (the best weights yet), so that a long run can be
/// stopped at any time and still leave usable weights.
using TrainingCheckpoint = std::function<void(const TrainingResult&)>;

TrainingResult train_policy(const TrainingConfig& config, const TrainingProgress& progress = {},
                            const TrainingCheckpoint& checkpoint = {});

}  // namespace routekit
