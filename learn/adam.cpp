#include "learn/adam.hpp"

#include <cmath>

namespace routekit::learn {

Adam::Adam(std::size_t size, double learning_rate, double beta1, double beta2, double epsilon)
    : learning_rate_(learning_rate),
      beta1_(beta1),
      beta2_(beta2),
      epsilon_(epsilon),
      m_(size, 0.0),
      v_(size, 0.0) {}

void Adam::step(std::span<double> parameters, std::span<const double> gradient) {
    beta1_power_ *= beta1_;
    beta2_power_ *= beta2_;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        m_[i] = beta1_ * m_[i] + (1 - beta1_) * gradient[i];
        v_[i] = beta2_ * v_[i] + (1 - beta2_) * gradient[i] * gradient[i];
        const double m_hat = m_[i] / (1 - beta1_power_);
        const double v_hat = v_[i] / (1 - beta2_power_);
        parameters[i] -= learning_rate_ * m_hat / (std::sqrt(v_hat) + epsilon_);
    }
}

double clip_to_norm(std::span<double> gradient, double max_norm) {
    double squares = 0;
    for (double g : gradient) squares += g * g;
    const double norm = std::sqrt(squares);
    if (max_norm > 0 && norm > max_norm)
        for (double& g : gradient) g *= max_norm / norm;
    return norm;
}

}  // namespace routekit::learn
