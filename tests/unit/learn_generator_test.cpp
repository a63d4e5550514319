// The instance generators and the TSPLIB writer.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/learn/tsplib_writer.hpp"
#include "routekit/model/error.hpp"

namespace routekit {
namespace {

TEST(LearnGenerator, SameSeedSameInstance) {
    for (GeneratorKind kind : {GeneratorKind::uniform, GeneratorKind::clustered, GeneratorKind::road}) {
        const InstanceData a = generate_instance_data({kind, 50, true, 7});
        const InstanceData b = generate_instance_data({kind, 50, true, 7});
        const InstanceData c = generate_instance_data({kind, 50, true, 8});
        EXPECT_EQ(a.distance, b.distance);
        EXPECT_EQ(a.windows, b.windows);
        EXPECT_EQ(a.demand, b.demand);
        EXPECT_NE(a.distance, c.distance);
    }
}

TEST(LearnGenerator, EuclideanIsSymmetricAndRoadIsNot) {
    const Instance uniform = generate_instance({GeneratorKind::uniform, 60, false, 1});
    EXPECT_TRUE(uniform.distance_symmetric());
    EXPECT_EQ(uniform.kind(), ProblemKind::cvrp);
    const Instance road = generate_instance({GeneratorKind::road, 60, false, 1});
    EXPECT_FALSE(road.distance_symmetric());
    EXPECT_EQ(road.kind(), ProblemKind::acvrp);
    // Road costs come from shortest paths: never below the straight line (up to the downhill discount).
    const auto& points = road.coordinates();
    for (int i = 0; i < road.num_nodes(); ++i)
        for (int j = 0; j < road.num_nodes(); ++j)
            if (i != j) {
                EXPECT_GE(static_cast<double>(road.distance(i, j)) + 1.0,
                          0.7 * std::hypot(points[i].x - points[j].x, points[i].y - points[j].y));
            }
}

TEST(LearnGenerator, EveryClientFitsAloneInTimeAndLoad) {
    for (GeneratorKind kind : {GeneratorKind::uniform, GeneratorKind::clustered, GeneratorKind::road}) {
        const Instance instance = generate_instance({kind, 80, true, 3});
        ASSERT_TRUE(instance.has_time_windows());
        for (int i = 1; i < instance.num_nodes(); ++i) {
            EXPECT_LE(instance.demand(i), instance.capacity());
            const Cost arrival = std::max(instance.duration(0, i), instance.window(i).earliest);
            EXPECT_LE(arrival, instance.window(i).latest);
            EXPECT_LE(arrival + instance.service(i) + instance.duration(i, 0), instance.window(0).latest);
        }
    }
}

TEST(LearnGenerator, RejectsSizesOutOfRange) {
    EXPECT_THROW(generate_instance_data({GeneratorKind::uniform, 0, false, 1}), ParameterError);
    EXPECT_THROW(generate_instance_data({GeneratorKind::uniform, 5001, false, 1}), ParameterError);
}

TEST(LearnGenerator, WritesTsplibSections) {
    std::ostringstream euclidean;
    write_tsplib(euclidean, generate_instance({GeneratorKind::uniform, 5, false, 1}));
    EXPECT_NE(euclidean.str().find("EDGE_WEIGHT_TYPE : EUC_2D"), std::string::npos);
    EXPECT_NE(euclidean.str().find("DEMAND_SECTION"), std::string::npos);
    std::ostringstream road;
    write_tsplib(road, generate_instance({GeneratorKind::road, 5, true, 1}));
    EXPECT_NE(road.str().find("EDGE_WEIGHT_FORMAT : FULL_MATRIX"), std::string::npos);
    EXPECT_NE(road.str().find("TIME_WINDOW_SECTION"), std::string::npos);
    EXPECT_NE(road.str().find("TYPE : VRPTW"), std::string::npos);
}

// The TSPLIB reader must get back exactly what was generated.
TEST(LearnGenerator, ReaderAcceptsWhatTheWriterWrites) {
    for (GeneratorKind kind : {GeneratorKind::uniform, GeneratorKind::road})
        for (bool windows : {false, true}) {
            const Instance original = generate_instance({kind, 12, windows, 4});
            const std::string path = testing::TempDir() + "learn_generated.vrp";
            {
                std::ofstream out(path);
                write_tsplib(out, original);
            }
            const std::optional<Instance> read = read_instance(path);
            for (int i = 0; i < original.num_nodes(); ++i) {
                EXPECT_EQ(read->demand(i), original.demand(i));
                EXPECT_EQ(read->window(i), original.window(i));
                EXPECT_EQ(read->service(i), original.service(i));
                for (int j = 0; j < original.num_nodes(); ++j)
                    EXPECT_EQ(read->distance(i, j), original.distance(i, j));
            }
            EXPECT_EQ(read->capacity(), original.capacity());
        }
}

}  // namespace
}  // namespace routekit
