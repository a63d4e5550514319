// The X-family generator: seeded, and the properties Uchoa et al. 2017 prescribe (depot placement, distinct
// integer points on the grid, demand ranges, capacity from the route size r, clustering).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/learn/tsplib_writer.hpp"
#include "routekit/learn/x_family.hpp"
#include "routekit/model/error.hpp"

namespace routekit {
namespace {

XFamilyParams params(int n, std::uint64_t seed) {
    XFamilyParams p;
    p.num_clients = n;
    p.seed = seed;
    return p;
}

Cost total_demand(const InstanceData& data) {
    Cost total = 0;
    for (Cost q : data.demand) total += q;
    return total;
}

TEST(LearnXFamily, SameSeedSameInstance) {
    const InstanceData a = generate_x_family(params(200, 7));
    const InstanceData b = generate_x_family(params(200, 7));
    const InstanceData c = generate_x_family(params(200, 8));
    EXPECT_EQ(a.distance, b.distance);
    EXPECT_EQ(a.demand, b.demand);
    EXPECT_EQ(a.capacity, b.capacity);
    EXPECT_NE(a.distance, c.distance);
    // The same instance through the generic generator, under the kind "x".
    const InstanceData d = generate_instance_data({GeneratorKind::x, 200, false, 7});
    EXPECT_EQ(a.distance, d.distance);
    EXPECT_EQ(a.demand, d.demand);
    EXPECT_EQ(parse_generator_kind("x"), GeneratorKind::x);
}

TEST(LearnXFamily, CapacityIsTheRouteSizeTimesTheMeanDemand) {
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        XFamilyChoice choice;
        const InstanceData data = generate_x_family(params(150, seed), &choice);
        const Cost largest = *std::max_element(data.demand.begin(), data.demand.end());
        const auto expected =
            static_cast<Cost>(std::ceil(choice.route_size * static_cast<double>(total_demand(data)) / 150.0));
        EXPECT_EQ(data.capacity, std::max(expected, largest)) << "seed " << seed;
        EXPECT_GE(choice.route_size, 3.0);
        EXPECT_LE(choice.route_size, 25.0);
    }
    // A fixed r: unitary demands give exactly Q = r.
    XFamilyParams p = params(100, 3);
    p.demand = XDemand::unitary;
    p.route_size = 12;
    EXPECT_EQ(generate_x_family(p).capacity, 12);
}

TEST(LearnXFamily, RouteSizeFollowsTheTriangularDistribution) {
    // Triangular(3, 6, 25): mean 34 / 3, mode 6, so about 3/22 of the draws below 6.
    double sum = 0;
    int below_mode = 0;
    const int draws = 400;
    for (int seed = 0; seed < draws; ++seed) {
        XFamilyChoice choice;
        generate_x_family(params(1, static_cast<std::uint64_t>(seed)), &choice);
        sum += choice.route_size;
        below_mode += choice.route_size < 6;
    }
    EXPECT_NEAR(sum / draws, 34.0 / 3.0, 0.8);
    EXPECT_NEAR(static_cast<double>(below_mode) / draws, 3.0 / 22.0, 0.06);
}

TEST(LearnXFamily, DemandsFollowTheirDistribution) {
    const auto range = [](XDemand demand) -> std::pair<Cost, Cost> {
        switch (demand) {
            case XDemand::unitary:
                return {1, 1};
            case XDemand::small_large_variance:
                return {1, 10};
            case XDemand::small_small_variance:
                return {5, 10};
            case XDemand::large_large_variance:
                return {1, 100};
            case XDemand::large_small_variance:
                return {50, 100};
            default:
                return {1, 100};
        }
    };
    for (int d = 0; d < 7; ++d) {
        const auto demand = static_cast<XDemand>(d);
        XFamilyParams p = params(400, 11);
        p.demand = demand;
        const InstanceData data = generate_x_family(p);
        const auto [low, high] = range(demand);
        EXPECT_EQ(data.demand[0], 0);
        int small = 0;
        for (int i = 1; i <= 400; ++i) {
            const Cost q = data.demand[static_cast<std::size_t>(i)];
            EXPECT_GE(q, low) << to_string(demand);
            EXPECT_LE(q, high) << to_string(demand);
            if (demand == XDemand::quadrant) {
                const Point& at = data.coordinates[static_cast<std::size_t>(i)];
                const bool right = at.x >= 500, top = at.y >= 500;
                const bool even = top == right;  // quadrants 0 (upper right) and 2 (lower left)
                EXPECT_EQ(q <= 50, even) << "client " << i;
            }
            if (demand == XDemand::many_small_few_large) {
                EXPECT_TRUE(q <= 10 || q >= 50) << q;
                small += q <= 10;
            }
        }
        if (demand == XDemand::many_small_few_large) {
            EXPECT_GE(small, 0.6 * 400);
            EXPECT_LE(small, 0.99 * 400);
        }
    }
    EXPECT_EQ(parse_x_demand("many-small-few-large"), XDemand::many_small_few_large);
    EXPECT_EQ(parse_x_demand("tiny"), std::nullopt);
}

TEST(LearnXFamily, DepotPlacementAndDistinctGridPoints) {
    const std::pair<XDepot, Point> fixed[] = {{XDepot::central, {500, 500}}, {XDepot::eccentric, {0, 0}}};
    for (const auto& [depot, where] : fixed)
        for (int c = 0; c < 3; ++c) {
            XFamilyParams p = params(500, 5);
            p.depot = depot;
            p.customers = static_cast<XCustomers>(c);
            const InstanceData data = generate_x_family(p);
            EXPECT_EQ(data.coordinates[0].x, where.x);
            EXPECT_EQ(data.coordinates[0].y, where.y);
            std::set<std::pair<double, double>> seen;
            for (const Point& at : data.coordinates) {
                EXPECT_EQ(at.x, std::round(at.x));
                EXPECT_GE(at.x, 0);
                EXPECT_LE(at.x, 1000);
                EXPECT_GE(at.y, 0);
                EXPECT_LE(at.y, 1000);
                seen.insert({at.x, at.y});
            }
            EXPECT_EQ(seen.size(), data.coordinates.size()) << to_string(p.customers.value());
            // TSPLIB rounding of the Euclidean distance.
            EXPECT_EQ(data.distance[1],
                      static_cast<Cost>(std::lround(
                          std::hypot(data.coordinates[1].x - where.x, data.coordinates[1].y - where.y))));
        }
}

double mean_nearest_distance(const InstanceData& data) {
    double sum = 0;
    const int n = data.num_nodes;
    for (int i = 1; i < n; ++i) {
        Cost nearest = std::numeric_limits<Cost>::max();
        for (int j = 1; j < n; ++j)
            if (j != i) nearest = std::min(nearest, data.distance[static_cast<std::size_t>(i * n + j)]);
        sum += static_cast<double>(nearest);
    }
    return sum / (n - 1);
}

TEST(LearnXFamily, ClusteredCustomersLieCloserTogether) {
    double by_kind[3] = {0, 0, 0};
    for (int c = 0; c < 3; ++c)
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            XFamilyParams p = params(300, seed);
            p.customers = static_cast<XCustomers>(c);
            by_kind[c] += mean_nearest_distance(generate_x_family(p));
        }
    const double random = by_kind[0], clustered = by_kind[1], mixed = by_kind[2];
    EXPECT_LT(clustered, 0.7 * random);
    EXPECT_LT(clustered, mixed);
    EXPECT_LT(mixed, random);
}

TEST(LearnXFamily, FixingOneAttributeKeepsTheOthersDraws) {
    XFamilyChoice drawn, fixed;
    generate_x_family(params(50, 21), &drawn);
    XFamilyParams p = params(50, 21);
    p.demand = drawn.demand == XDemand::unitary ? XDemand::quadrant : XDemand::unitary;
    generate_x_family(p, &fixed);
    EXPECT_EQ(fixed.depot, drawn.depot);
    EXPECT_EQ(fixed.customers, drawn.customers);
    EXPECT_EQ(fixed.route_size, drawn.route_size);
    EXPECT_EQ(fixed.demand, *p.demand);
}

TEST(LearnXFamily, RoundTripsThroughTsplibAndRejectsBadParameters) {
    const Instance original(generate_x_family(params(60, 9)));
    std::ostringstream text;
    write_tsplib(text, original);
    const Instance read = parse_tsplib(text.str(), "x.vrp");
    EXPECT_EQ(read.capacity(), original.capacity());
    for (int i = 0; i < original.num_nodes(); ++i) {
        EXPECT_EQ(read.demand(i), original.demand(i));
        for (int j = 0; j < original.num_nodes(); ++j)
            EXPECT_EQ(read.distance(i, j), original.distance(i, j));
    }
    EXPECT_THROW(generate_x_family(params(0, 1)), ParameterError);
    EXPECT_THROW(generate_x_family(params(5001, 1)), ParameterError);
    XFamilyParams small_r = params(10, 1);
    small_r.route_size = 0.5;
    EXPECT_THROW(generate_x_family(small_r), ParameterError);
}

}  // namespace
}  // namespace routekit
