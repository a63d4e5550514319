#include "routekit/layout/embedding.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace routekit {

namespace {

// Squared symmetrized distance between two nodes, in the file's units.
double squared_distance(const Instance& instance, int a, int b, double scale) {
    const double d = 0.5 * static_cast<double>(instance.distance(a, b) + instance.distance(b, a)) / scale;
    return d * d;
}

}  // namespace

std::vector<Point> plot_coordinates(const Instance& instance) {
    return instance.has_coordinates() ? instance.coordinates() : classical_mds(instance);
}

std::vector<Point> classical_mds(const Instance& instance, int landmarks) {
    const int n = instance.num_nodes();
    std::vector<Point> points(static_cast<std::size_t>(n));
    if (n < 2) return points;
    const double scale = static_cast<double>(scale_of(instance.rounding()));
    // Landmarks evenly spaced over the nodes, the depot first; all nodes when there are few.
    const int m = std::clamp(landmarks, 2, n);
    std::vector<int> chosen(static_cast<std::size_t>(m));
    for (int k = 0; k < m; ++k) chosen[k] = static_cast<int>(static_cast<long long>(k) * n / m);

    Eigen::MatrixXd squared(m, m);
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < m; ++j) squared(i, j) = squared_distance(instance, chosen[i], chosen[j], scale);
    const Eigen::VectorXd mean = squared.colwise().mean().transpose();
    const double grand = mean.mean();
    Eigen::MatrixXd centred(m, m);  // B = -1/2 J D^2 J
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < m; ++j) centred(i, j) = -0.5 * (squared(i, j) - mean(i) - mean(j) + grand);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(centred);  // eigenvalues ascending

    // Triangulation: x_a = -1/2 * v_k . (delta_a - mean) / sqrt(lambda_k); exact for the landmarks.
    Eigen::MatrixXd axes = Eigen::MatrixXd::Zero(m, 2);
    for (int k = 0; k < 2; ++k) {
        const double lambda = solver.eigenvalues()(m - 1 - k);
        if (lambda <= 1e-12 * std::max(1.0, std::abs(solver.eigenvalues()(m - 1)))) continue;
        Eigen::VectorXd v = solver.eigenvectors().col(m - 1 - k);
        Eigen::Index largest = 0;
        v.cwiseAbs().maxCoeff(&largest);
        if (v(largest) < 0) v = -v;
        axes.col(k) = v / std::sqrt(lambda);
    }
    Eigen::VectorXd delta(m);
    for (int a = 0; a < n; ++a) {
        for (int j = 0; j < m; ++j) delta(j) = squared_distance(instance, a, chosen[j], scale);
        const Eigen::Vector2d x = -0.5 * axes.transpose() * (delta - mean);
        points[a] = {x(0), x(1)};
    }
    return points;
}

}  // namespace routekit
