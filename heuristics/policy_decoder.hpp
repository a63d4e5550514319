#pragma once
// Turns the policy's candidate scores into a solution: one vehicle at a time, the next node drawn from a
// masked softmax over the k cheapest feasible successors and, when allowed, the return to the depot.
#include <Eigen/Dense>
#include <span>
#include <vector>

#include "heuristics/policy_features.hpp"
#include "heuristics/policy_model.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit::policy {

struct DecodeOptions {
    bool greedy = false;       ///< argmax instead of sampling
    double temperature = 1.0;  ///< sampling temperature (logits divided by it)
    bool record = false;       ///< keep every choice's features for the gradient
    /// When > 0, the first route starts at this client (POMO's multiple starts: rollouts that differ from
    /// their first step on, the diversity a genetic search's first population needs). 0: the policy chooses.
    int first_client = 0;
    /// The first choices, as indices into each step's candidate list (steps with one candidate don't count).
    std::span<const int> forced_choices;
    /// Stop at the first choice past forced_choices and report how many candidates it offered; lets a
    /// test enumerate every trajectory of a small instance.
    bool stop_at_free_choice = false;
};

/// One choice among two or more candidates: their feature rows and the index taken.
struct PolicyStep {
    Eigen::MatrixXd features;
    int chosen = 0;
};

struct DecodeResult {
    Solution solution;
    std::vector<PolicyStep> steps;  ///< with DecodeOptions::record
    int open_choices = 0;           ///< with stop_at_free_choice: candidates at the stop; 0 when complete
};

/// Sum over the steps of weight * log p(step) and, when `gradient` is not empty, its gradient added in.
double trajectory_log_probability(const PolicyModel& model, std::span<const PolicyStep> steps,
                                  double temperature, double weight, std::span<double> gradient,
                                  ForwardCache& cache);

/// Holds the scratch buffers of decoding: one per thread, reused across decodings of one instance.
class PolicyDecoder {
  public:
    PolicyDecoder(const PolicyContext& context, const PolicyModel& model);

    /// Builds one solution. Sampling (not greedy, no forced choice left) draws from `rng`, which may be null
    /// only when no draw is needed.
    DecodeResult decode(const DecodeOptions& options, Rng* rng);

  private:
    bool fits(int client) const;
    void gather(bool feasible_only);
    int choose(const DecodeOptions& options, Rng* rng, DecodeResult& result);

    const PolicyContext& context_;
    const PolicyModel& model_;
    const Instance& instance_;
    // Decoding state.
    VehicleState state_;
    Cost route_start_ = 0;
    std::vector<char> visited_;
    std::vector<int> pool_;       // unvisited clients, in no particular order
    std::vector<int> pool_slot_;  // position of each client in pool_
    std::vector<int> candidates_;
    std::vector<std::pair<Cost, int>> scan_;
    int free_steps_ = 0;
    // Scoring buffers.
    Eigen::MatrixXd features_;
    ForwardCache cache_;
    Eigen::VectorXd weights_;
};

}  // namespace routekit::policy
