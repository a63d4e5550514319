#pragma once
// A learned prior over arcs for savings (issue 11): a small MLP reads per-arc features computed from the
// matrices alone (ranks both ways, distances over local scales, the saving, depot distances, demands over
// the capacity) and returns the log-odds that the arc (i, j) belongs to a near-optimal solution. It is
// trained supervised on the arcs of Routekit's own solutions of generated instances
// (learn/edge_prior_trainer) and used in savings: merges are ordered by  s_ij + lambda * scale * logit_ij
// instead of s_ij, so that arcs savings ranks alike are told apart by what good solutions of similar
// instances look like.
//   logit(x) = v . softsign(W x + b) + c + s . x
#include <Eigen/Dense>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "heuristics/savings.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::prior {

/// Names of the per-arc features, in column order (stored in the weights file and checked on loading).
const std::vector<std::string>& edge_feature_names();
inline constexpr int kEdgeFeatureCount = 16;

/// What the features of one instance's arcs share: each client's candidate successors sorted by cost (the
/// savings candidates), local and global cost scales, depot costs and the route size.
class EdgeFeatureContext {
  public:
    EdgeFeatureContext(const Instance& instance, const std::vector<Saving>& candidates);
    /// The same from the candidates' successor lists (successors_nearest_first or savings_successors).
    EdgeFeatureContext(const Instance& instance, std::vector<std::vector<int>> successors);
    /// Writes the features of arc (i, j), i != j clients, into `out` (size kEdgeFeatureCount).
    void features(int i, int j, std::span<double> out) const;
    /// Client i's candidate successors, nearest first.
    const std::vector<int>& successors(int i) const { return sorted_[static_cast<std::size_t>(i)]; }
    /// Mean cost from a client to its 10 nearest candidates, over all clients: the unit of the prior's
    /// bonus in savings.
    double global_scale() const { return global_scale_; }

  private:
    int rank_of(int i, int j) const;  ///< position of j in i's list, the list's length if absent
    const Instance& instance_;
    std::vector<std::vector<int>> sorted_;
    /// Per client its list's (member, position) pairs by member: rank_of by a binary search over integers
    /// (every arc's features ask two ranks: 160,000 at n = 1000).
    std::vector<std::vector<std::pair<int, int>>> ranks_;
    std::vector<double> scale_;  ///< per client: mean cost to its 10 nearest candidates
    double global_scale_ = 1;
    double mean_depot_ = 1;
    double log_route_size_ = 0;
    double log_size_ = 0;
};

struct EdgeForwardCache {
    Eigen::MatrixXd input, pre, hidden;
    Eigen::VectorXd logits;
};

class EdgePriorModel {
  public:
    /// Hidden weights drawn from `seed` (Glorot uniform), output and skip weights zero: every arc scores 0,
    /// so the untrained prior leaves savings' order unchanged.
    static EdgePriorModel initial(int hidden, std::uint64_t seed);
    /// Parses a weights document (see to_json); throws InputError naming `source` when it does not fit.
    static EdgePriorModel from_json(const nlohmann::json& document, const std::string& source);
    nlohmann::json to_json() const;

    int hidden() const { return hidden_; }
    int num_parameters() const { return static_cast<int>(parameters_.size()); }
    std::span<double> parameters() { return parameters_; }
    std::span<const double> parameters() const { return parameters_; }
    /// Weight of the prior in savings' merge order (chosen by the trainer on validation instances).
    double lambda() const { return lambda_; }
    void set_lambda(double lambda) { lambda_ = lambda; }
    /// How the randomized constructions of a population use the prior: "fixed" (all with lambda), "uniform"
    /// (each with its own weight drawn in [0, lambda], so that the population spans plain savings to the
    /// prior's order) or "greedy" (only the greedy construction; the randomized ones are plain savings).
    const std::string& sampling() const { return sampling_; }
    void set_sampling(const std::string& sampling);

    /// Logits of the rows of `x` (arcs x features); the cache keeps what backward needs.
    const Eigen::VectorXd& forward(const Eigen::MatrixXd& x, EdgeForwardCache& cache) const;
    /// Adds d(sum_r dlogits_r * logit_r)/d(parameters) to `gradient` (size num_parameters()).
    void backward(const EdgeForwardCache& cache, const Eigen::VectorXd& dlogits,
                  std::span<double> gradient) const;

  private:
    explicit EdgePriorModel(int hidden);
    int hidden_ = 0;
    double lambda_ = 0;
    std::string sampling_ = "fixed";
    std::vector<double> parameters_;  ///< W (hidden x F, row-major), b, v, c, s
};

/// The prior's logit of every candidate (of the instance `context` was built for), in the candidates' order.
std::vector<double> edge_logits(const EdgeFeatureContext& context, const std::vector<Saving>& candidates,
                                const EdgePriorModel& model);
/// lambda * global scale * logit of each candidate: what the prior adds to its saving in the merge order.
std::vector<double> edge_bonuses(const Instance& instance, const std::vector<Saving>& candidates,
                                 const EdgePriorModel& model, double lambda);
/// Sets each candidate's sort key to value + round(share * bonus).
void set_sort_keys(std::vector<Saving>& candidates, const std::vector<double>& bonuses, double share);
/// Sets each candidate's sort key to value + round(lambda * global scale * logit); lambda = 0 leaves the
/// keys equal to the values (plain savings).
void apply_edge_prior(const Instance& instance, std::vector<Saving>& candidates, const EdgePriorModel& model,
                      double lambda);

/// The weights in `file`; empty: the shipped weights (heuristics/edge_prior/default_edge_prior.json,
/// compiled in).
EdgePriorModel load_edge_prior(const std::string& file);

}  // namespace routekit::prior
