// The spatial-grid search for granular neighbours gives exactly the lists of the scan over every pair.
#include <gtest/gtest.h>

#include <string>

#include "heuristics/granular_neighbours.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/random.hpp"

namespace routekit {
namespace {

TEST(GranularNeighbours, TheGridFindsWhatTheScanFinds) {
    // EUC_2D under tsplib, Solomon time windows under trunc1, CMT under exact.
    for (const char* file : {"X-n106-k14.vrp", "C102.txt", "CMT6.vrp", "E-n13-k4.vrp"}) {
        const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/" + file);
        for (int granularity : {1, 20, 200})
            EXPECT_EQ(granular_neighbours(instance, granularity),
                      granular_neighbours_by_scan(instance, granularity))
                << file << " granularity " << granularity;
    }
}

TEST(GranularNeighbours, TheGridHandlesClustersDuplicatesAndCeilings) {
    Rng rng(3);
    InstanceData data;
    data.num_nodes = 2'001;
    data.distance_function = DistanceFunction::ceil_2d;
    // Five tight clusters, a few far outliers and repeated points: cells from empty to crowded, many ties.
    for (int i = 0; i < data.num_nodes; ++i) {
        const double cx = 1000.0 * static_cast<double>(i % 5), cy = 700.0 * static_cast<double>(i % 3);
        data.coordinates.push_back({cx + static_cast<double>(uniform_below(rng, 40)),
                                    cy + static_cast<double>(uniform_below(rng, 40))});
    }
    data.coordinates[17] = data.coordinates[18] = data.coordinates[19];
    data.coordinates[1000] = {1e6, -1e6};
    const Instance instance(data);
    EXPECT_EQ(granular_neighbours(instance, 30), granular_neighbours_by_scan(instance, 30));
}

TEST(GranularNeighbours, NearestClientsByTheGridAreTheNearestByDistance) {
    // Without time windows the proximity is five times the distance: the scan's lists are the reference.
    const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/X-n106-k14.vrp");
    const auto nearest = nearest_clients_by_grid(instance, 80);
    ASSERT_TRUE(nearest);
    EXPECT_EQ(*nearest, granular_neighbours_by_scan(instance, 80));
    const Instance matrix = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/br17.atsp");
    EXPECT_FALSE(nearest_clients_by_grid(matrix, 10)) << "an explicit matrix has no grid";
}

// With site dependence (a Vidal instance: ten groups of vehicles, each serving about 40 % of the clients) a
// client's neighbours are the closest clients that some vehicle may serve together with it: the scan's list
// of four times the length with the others struck out, cut to length.
TEST(GranularNeighbours, SiteDependentListsHoldOnlyClientsOneVehicleMayServeTogether) {
    const Instance instance =
        read_instance(std::string(ROUTEKIT_SHARED_DIR) + "/instances/pyvrp/SDVRPTW/PR24B.vrp");
    ASSERT_TRUE(instance.site_dependent());
    const int types = static_cast<int>(instance.vehicle_types().size());
    const auto together = [&](int i, int j) {
        for (int t = 0; t < types; ++t)
            if (instance.may_serve(t, i) && instance.may_serve(t, j)) return true;
        return false;
    };
    const auto lists = granular_neighbours(instance, 20);
    const auto longer = granular_neighbours_by_scan(instance, 80);
    int shorter = 0;
    for (int i = 1; i < instance.num_nodes(); ++i) {
        std::vector<int> expected;
        for (int j : longer[static_cast<std::size_t>(i)])
            if (together(i, j) && expected.size() < 20) expected.push_back(j);
        EXPECT_EQ(lists[static_cast<std::size_t>(i)], expected) << "client " << i;
        shorter += expected.size() < 20 ? 1 : 0;
    }
    EXPECT_LT(shorter, instance.num_nodes() / 10);
}

}  // namespace
}  // namespace routekit
