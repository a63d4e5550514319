// classical_mds: a matrix of planar distances is embedded back with the same distances, landmarks or not.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "routekit/layout/embedding.hpp"
#include "routekit/model/instance_builder.hpp"

namespace routekit {
namespace {

Instance planar(int n, std::vector<Point>& points) {
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> uniform(0, 1000);
    points.clear();
    for (int i = 0; i < n; ++i) points.push_back({uniform(rng), uniform(rng)});
    std::vector<Cost> distance(static_cast<std::size_t>(n) * n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            distance[i * n + j] =
                to_fixed(std::hypot(points[i].x - points[j].x, points[i].y - points[j].y), Rounding::exact);
    return InstanceBuilder(n).rounding(Rounding::exact).distances(distance).build();
}

double worst_error(const Instance& instance, const std::vector<Point>& embedded) {
    double worst = 0;
    const int n = instance.num_nodes();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double d = std::hypot(embedded[i].x - embedded[j].x, embedded[i].y - embedded[j].y);
            worst = std::max(worst, std::abs(d - instance.distance(i, j) / 1e7));
        }
    return worst;
}

TEST(ClassicalMds, RecoversPlanarDistances) {
    std::vector<Point> points;
    const Instance instance = planar(60, points);
    EXPECT_FALSE(instance.has_coordinates());
    EXPECT_LT(worst_error(instance, classical_mds(instance)), 1e-4);
    EXPECT_LT(worst_error(instance, plot_coordinates(instance)), 1e-4);
}

TEST(ClassicalMds, LandmarksPlaceTheOtherNodesExactlyForPlanarDistances) {
    std::vector<Point> points;
    const Instance instance = planar(80, points);
    EXPECT_LT(worst_error(instance, classical_mds(instance, 10)), 1e-4);
}

TEST(ClassicalMds, IsDeterministicAndHandlesTwoNodes) {
    std::vector<Point> points;
    const Instance instance = planar(20, points);
    const auto first = classical_mds(instance);
    const auto second = classical_mds(instance);
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].x, second[i].x);
        EXPECT_EQ(first[i].y, second[i].y);
    }
    const Instance two = InstanceBuilder(2).distances(std::vector<Cost>{0, 6, 6, 0}).build();
    const auto pair = classical_mds(two);
    EXPECT_NEAR(std::hypot(pair[0].x - pair[1].x, pair[0].y - pair[1].y), 6.0, 1e-9);
}

}  // namespace
}  // namespace routekit
