// Every storage of ArcCosts (int32 matrix, int64 matrix, on demand) gives the distances a dense matrix of
// the TSPLIB functions gives: every pair on the shipped instances, sampled pairs on large ones.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/arc_costs.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"

namespace routekit {
namespace {

using Storage = ArcCosts::Storage;

/// The dense reference: coordinate_distance on every ordered pair, 0 on the diagonal.
std::vector<Cost> dense_reference(DistanceFunction function, const std::vector<Point>& points,
                                  Rounding rounding) {
    const std::size_t n = points.size();
    std::vector<Cost> matrix(n * n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j) matrix[i * n + j] = coordinate_distance(function, points[i], points[j], rounding);
    return matrix;
}

void expect_every_pair(const ArcCosts& costs, const std::vector<Cost>& reference, const std::string& what) {
    const int n = costs.size();
    ASSERT_EQ(reference.size(), static_cast<std::size_t>(n) * n) << what;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            ASSERT_EQ(costs(i, j), reference[static_cast<std::size_t>(i) * n + j])
                << what << " arc " << i << "->" << j;
}

/// Each storage of the instance's coordinate function, and the instance itself, against the reference.
void expect_storages_agree(const Instance& instance) {
    const InstanceData& data = instance.data();
    ASSERT_TRUE(data.distance_function) << instance.name();
    const std::vector<Cost> reference =
        dense_reference(*data.distance_function, data.coordinates, data.rounding);
    expect_every_pair(instance.distances(), reference, instance.name() + " as read");
    const ArcCosts on_demand =
        ArcCosts::from_coordinates(*data.distance_function, data.coordinates, data.rounding, false);
    EXPECT_EQ(on_demand.storage(), Storage::on_demand);
    expect_every_pair(on_demand, reference, instance.name() + " on demand");
    const ArcCosts tabulated =
        ArcCosts::from_coordinates(*data.distance_function, data.coordinates, data.rounding, true);
    EXPECT_EQ(tabulated.storage(), Storage::int32_matrix);
    expect_every_pair(tabulated, reference, instance.name() + " tabulated");
    EXPECT_EQ(on_demand.max_value(), tabulated.max_value()) << instance.name();
}

TEST(ArcCosts, EveryStorageMatchesTheDenseMatrixOnShippedInstances) {
    // EUC_2D under tsplib (CVRP and TSP), Solomon under trunc1, CMT under exact.
    for (const char* file : {"X-n106-k14.vrp", "berlin52.tsp", "C102.txt", "CMT6.vrp"}) {
        const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/" + file);
        EXPECT_EQ(instance.distances().storage(), Storage::int32_matrix) << file;
        expect_storages_agree(instance);
    }
}

TEST(ArcCosts, EveryTsplibFunctionAgreesOnRandomPoints) {
    Rng rng(7);
    std::vector<Point> points;
    // GEO reads DDD.MM; these stay within valid latitudes and longitudes.
    for (int i = 0; i < 60; ++i)
        points.push_back({static_cast<double>(uniform_below(rng, 8000)) / 100.0,
                          static_cast<double>(uniform_below(rng, 17000)) / 100.0});
    for (DistanceFunction function :
         {DistanceFunction::euc_2d, DistanceFunction::ceil_2d, DistanceFunction::att, DistanceFunction::geo,
          DistanceFunction::man_2d, DistanceFunction::max_2d})
        for (Rounding rounding : {Rounding::tsplib, Rounding::trunc1, Rounding::exact}) {
            const std::string what = "function " + std::to_string(static_cast<int>(function)) + " " +
                                     std::string(to_string(rounding));
            const std::vector<Cost> reference = dense_reference(function, points, rounding);
            const ArcCosts on_demand = ArcCosts::from_coordinates(function, points, rounding, false);
            const ArcCosts tabulated = ArcCosts::from_coordinates(function, points, rounding, true);
            expect_every_pair(on_demand, reference, what + " on demand");
            expect_every_pair(tabulated, reference, what + " tabulated");
            expect_every_pair(ArcCosts::from_matrix(reference, 60), reference, what + " from the matrix");
            Cost longest = 0;
            for (Cost value : reference) longest = std::max(longest, value);
            EXPECT_EQ(on_demand.max_value(), longest) << what;
        }
}

TEST(ArcCosts, ValuesBeyond32BitsKeep64) {
    // Exact rounding (scale 10^7) of distances above 215 units does not fit 32 bits.
    const std::vector<Point> points = {{0, 0}, {300, 400}, {1000, 0}};
    const ArcCosts tabulated =
        ArcCosts::from_coordinates(DistanceFunction::euc_2d, points, Rounding::exact, true);
    EXPECT_EQ(tabulated.storage(), Storage::int64_matrix);
    EXPECT_EQ(tabulated(0, 1), 5'000'000'000);
    EXPECT_EQ(tabulated(1, 2), to_fixed(std::sqrt(700.0 * 700.0 + 400.0 * 400.0), Rounding::exact));
    EXPECT_EQ(tabulated.bytes(), 9 * sizeof(Cost));
    const ArcCosts small = ArcCosts::from_matrix({0, 2, 3, 0}, 2);
    EXPECT_EQ(small.storage(), Storage::int32_matrix);
    EXPECT_EQ(small.bytes(), 4 * sizeof(std::int32_t));
}

TEST(ArcCosts, LargeCoordinateInstancesComputeOnDemand) {
    Rng rng(11);
    InstanceData data;
    data.num_nodes = 12'001;
    data.distance_function = DistanceFunction::euc_2d;
    for (int i = 0; i < data.num_nodes; ++i)
        data.coordinates.push_back({static_cast<double>(uniform_below(rng, 100'000)),
                                    static_cast<double>(uniform_below(rng, 100'000))});
    const Instance instance(data);
    EXPECT_EQ(instance.distances().storage(), Storage::on_demand);
    EXPECT_EQ(instance.distances().bytes(), 12'001 * sizeof(Point));
    EXPECT_TRUE(instance.durations_are_distances());
    for (int sample = 0; sample < 10'000; ++sample) {
        const int i = static_cast<int>(uniform_below(rng, 12'001));
        const int j = static_cast<int>(uniform_below(rng, 12'001));
        ASSERT_EQ(instance.distance(i, j),
                  i == j ? 0
                         : coordinate_distance(DistanceFunction::euc_2d, data.coordinates[i],
                                               data.coordinates[j], Rounding::tsplib));
    }
}

TEST(ArcCosts, SampledPairsOfTheBelgianInstancesMatch) {
    const std::filesystem::path file =
        std::filesystem::path(ROUTEKIT_SHARED_DIR) / "instances/pyvrp/XXL/Leuven1.vrp";
    if (!std::filesystem::exists(file)) GTEST_SKIP() << "no " << file;
    const Instance instance = read_instance(file.string());
    const InstanceData& data = instance.data();
    ASSERT_TRUE(data.distance_function);
    const ArcCosts on_demand =
        ArcCosts::from_coordinates(*data.distance_function, data.coordinates, data.rounding, false);
    Rng rng(5);
    const int n = instance.num_nodes();
    for (int sample = 0; sample < 20'000; ++sample) {
        const int i = static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(n)));
        const int j = static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(n)));
        const Cost expected = i == j ? 0
                                     : coordinate_distance(*data.distance_function, data.coordinates[i],
                                                           data.coordinates[j], data.rounding);
        ASSERT_EQ(instance.distance(i, j), expected) << i << "->" << j;
        ASSERT_EQ(on_demand(i, j), expected) << i << "->" << j;
    }
}

TEST(ArcCosts, ACopyOfTheDataRebuildsOnTheSameStorage) {
    const Instance original = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/X-n106-k14.vrp");
    InstanceData data = original.data();
    EXPECT_TRUE(data.distance.empty());
    data.capacity *= 2;
    const Instance larger(data);
    EXPECT_TRUE(larger.distances().shares_storage_with(original.distances()));
    EXPECT_EQ(larger.capacity(), 2 * original.capacity());
    EXPECT_EQ(larger.distance(3, 70), original.distance(3, 70));
}

}  // namespace
}  // namespace routekit
