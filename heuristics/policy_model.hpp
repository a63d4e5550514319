#pragma once
// The scorer of the learned policy: a small MLP over candidate features plus a linear skip path,
//   logit(x) = v . h_L(x) + c + s . x,   h_{l+1} = softsign(W_l h_l + b_l),   h_0 = x,
// softsign(a) = a / (1 + |a|): smooth like tanh but without a transcendental call (tanh took a third of the
// decoding time),
// with a hand-written backward pass (the trainer and the gradient tests use it). All parameters live in one
// flat vector so that Adam, clipping, finite differences and the JSON file treat them alike.
#include <Eigen/Dense>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace routekit::policy {

/// Activations of one forward pass, kept for the backward pass.
struct ForwardCache {
    std::vector<Eigen::MatrixXd>
        activations;  ///< [0] = input rows, [l+1] = softsign output of hidden layer l
    Eigen::VectorXd logits;
};

class PolicyModel {
  public:
    /// The untrained policy: hidden layers drawn from `seed` (Glorot uniform), a zero output layer, and a
    /// skip path that scores -kInitialCostWeight * relative cost, so that sampling behaves like randomized
    /// nearest neighbour and greedy decoding is nearest neighbour.
    static PolicyModel initial(int candidate_count, std::vector<int> hidden, std::uint64_t seed);

    /// Parses a weights document (see to_json); throws InputError naming `source` when it does not fit.
    static PolicyModel from_json(const nlohmann::json& document, const std::string& source);
    nlohmann::json to_json() const;

    int candidate_count() const { return candidate_count_; }
    int input_size() const { return input_size_; }
    const std::vector<int>& hidden() const { return hidden_; }
    int num_parameters() const { return static_cast<int>(parameters_.size()); }
    std::span<double> parameters() { return parameters_; }
    std::span<const double> parameters() const { return parameters_; }

    /// Logits of the candidate rows of `x` (rows: candidates, columns: features); `cache` is overwritten and
    /// its buffers reused from call to call.
    const Eigen::VectorXd& forward(const Eigen::MatrixXd& x, ForwardCache& cache) const;
    /// Adds d(sum_i dlogits_i * logit_i)/d(parameters) to `gradient` (size num_parameters()).
    void backward(const ForwardCache& cache, const Eigen::VectorXd& dlogits,
                  std::span<double> gradient) const;

    /// log softmax(logits / temperature)[chosen]; when `gradient` is not empty, adds weight * its gradient.
    double log_probability(const Eigen::MatrixXd& x, int chosen, double temperature, double weight,
                           std::span<double> gradient, ForwardCache& cache) const;

    static constexpr double kInitialCostWeight = 8.0;
    static constexpr double kInitialDepotWeight = -8.0;

  private:
    PolicyModel(int candidate_count, int input_size, std::vector<int> hidden);
    // Offsets of each block in parameters_.
    struct Layer {
        int in = 0, out = 0;
        std::size_t weight = 0, bias = 0;
    };
    int candidate_count_ = 0;
    int input_size_ = 0;
    std::vector<int> hidden_;
    std::vector<Layer> layers_;  // hidden layers
    std::size_t output_ = 0;     // v, then c
    std::size_t skip_ = 0;       // s
    std::vector<double> parameters_;
};

}  // namespace routekit::policy
