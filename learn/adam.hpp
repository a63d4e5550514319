#pragma once
// Adam (Kingma & Ba, 2015) over a flat parameter vector, and global-norm gradient clipping.
#include <cstddef>
#include <span>
#include <vector>

namespace routekit::learn {

class Adam {
  public:
    Adam(std::size_t size, double learning_rate, double beta1 = 0.9, double beta2 = 0.999,
         double epsilon = 1e-8);
    /// parameters -= learning_rate * m_hat / (sqrt(v_hat) + epsilon): a descent step on `gradient`.
    void step(std::span<double> parameters, std::span<const double> gradient);

  private:
    double learning_rate_, beta1_, beta2_, epsilon_;
    double beta1_power_ = 1, beta2_power_ = 1;
    std::vector<double> m_, v_;
};

/// Scales `gradient` down to `max_norm` when its Euclidean norm exceeds it; returns the norm before.
double clip_to_norm(std::span<double> gradient, double max_norm);

}  // namespace routekit::learn
