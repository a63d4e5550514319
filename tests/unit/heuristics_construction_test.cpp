// The constructions give every client exactly once and respect capacity, time windows, duration limits
// and the fleet when they can, deterministically, and return one route for TSP/ATSP.
#include <gtest/gtest.h>

#include <thread>

#include "routekit/heuristics/construction.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "tests/unit/heuristics_random_instance.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::RandomInstanceOptions;

const char* const kMethods[] = {"nn", "savings", "regret"};

Instance shipped(const std::string& file) {
    return read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/" + file);
}

void expect_feasible(const Instance& instance, const Solution& solution, const std::string& what) {
    const CheckReport report = check_solution(instance, solution);
    EXPECT_TRUE(report.feasible) << what << ": "
                                 << (report.violations.empty() ? "" : report.violations.front().message);
}

TEST(HeuristicsConstruction, FeasibleOnShippedInstances) {
    for (const char* file : {"X-n106-k14.vrp", "C102.txt", "A034-02f.vrp", "E-n13-k4.vrp", "CMT6.vrp"}) {
        const Instance instance = shipped(file);
        for (const char* method : kMethods) {
            expect_feasible(instance, construct(instance, method), std::string(file) + " " + method);
            Rng rng(7);
            expect_feasible(instance, construct(instance, method, &rng),
                            std::string(file) + " random " + method);
        }
    }
}

TEST(HeuristicsConstruction, SingleRouteForTspAndAtsp) {
    for (const char* file : {"berlin52.tsp", "br17.atsp"}) {
        const Instance instance = shipped(file);
        for (const char* method : kMethods) {
            const Solution solution = construct(instance, method);
            ASSERT_EQ(solution.routes.size(), 1u) << file << " " << method;
            expect_feasible(instance, solution, std::string(file) + " " + method);
        }
    }
}

TEST(HeuristicsConstruction, FeasibleOnRandomConstrainedInstances) {
    // Windows wide enough for each client to fit a vehicle of its own, so a feasible solution always
    // exists and every construction must find one.
    for (int seed = 1; seed <= testing::scaled(20); ++seed) {
        RandomInstanceOptions options;
        options.nodes = 5 + 3 * seed;
        options.duration_limit = false;
        InstanceData data = random_instance(static_cast<std::uint64_t>(seed), options).data();
        for (std::size_t i = 1; i < data.windows.size(); ++i)
            data.windows[i] = {std::min<Cost>(data.windows[i].earliest, 200),
                               std::max<Cost>(data.windows[i].latest, 400)};
        const Instance instance(data);
        for (const char* method : kMethods) {
            Rng rng(static_cast<std::uint64_t>(seed));
            expect_feasible(instance, construct(instance, method, seed % 2 ? &rng : nullptr),
                            "seed " + std::to_string(seed) + " " + method);
        }
    }
}

/// A random CVRP (capacities only), as data to adjust.
InstanceData random_cvrp(std::uint64_t seed, int nodes) {
    RandomInstanceOptions options;
    options.nodes = nodes;
    options.windows = false;
    options.duration_limit = false;
    return random_instance(seed, options).data();
}

TEST(HeuristicsConstruction, MeetsAFleetThatFits) {
    InstanceData data = random_cvrp(11, 40);
    data.capacity = data.capacity * 3 / 2;
    // The fewest vehicles the capacity allows, plus one to leave room for the bin packing.
    Cost total = 0;
    for (Cost d : data.demand) total += d;
    data.fleet = static_cast<int>((total + data.capacity - 1) / data.capacity) + 1;
    const Instance instance(data);
    for (const char* method : kMethods) expect_feasible(instance, construct(instance, method), method);
}

TEST(HeuristicsConstruction, ExceedsATooSmallFleetRatherThanTheCapacity) {
    InstanceData data = random_cvrp(12, 30);
    data.fleet = 2;  // far fewer vehicles than the capacity needs
    const Instance instance(data);
    for (const char* method : kMethods) {
        const CheckReport report = check_solution(instance, construct(instance, method));
        ASSERT_EQ(report.violations.size(), 1u) << method;
        EXPECT_EQ(report.violations[0].kind, ViolationKind::fleet) << method;
    }
}

TEST(HeuristicsConstruction, DeterministicAndRandomized) {
    const Instance instance = shipped("X-n106-k14.vrp");
    for (const char* method : kMethods) {
        EXPECT_EQ(construct(instance, method), construct(instance, method)) << method;
        Rng a(5), b(5), c(6);
        const Solution first = construct(instance, method, &a);
        EXPECT_EQ(first, construct(instance, method, &b)) << method;
        EXPECT_NE(first, construct(instance, method, &c)) << method;
    }
    EXPECT_THROW(construct(instance, "sweep"), ParameterError);
}

// A Constructor prepares once and builds many: the same seed gives the same solution whatever was built
// before or on another thread, and the greedy form is what construct() gives.
TEST(HeuristicsConstruction, ConstructorBuildsIndependentlyOfEarlierAndConcurrentBuilds) {
    const Instance instance = shipped("X-n106-k14.vrp");
    for (const char* method : {"nn", "savings", "regret", "learned"}) {
        const Constructor constructor(instance, method);
        EXPECT_EQ(constructor.build(), construct(instance, method)) << method;
        std::vector<Solution> serial;
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            Rng rng(seed);
            serial.push_back(constructor.build(&rng));
            expect_feasible(instance, serial.back(), method);
        }
        EXPECT_NE(serial[0], serial[1]) << method;
        std::vector<Solution> concurrent(serial.size());
        std::vector<std::thread> threads;
        for (std::size_t k = 0; k < serial.size(); ++k)
            threads.emplace_back([&, k] {
                Rng rng(k + 1);
                concurrent[k] = constructor.build(&rng);
            });
        for (std::thread& thread : threads) thread.join();
        EXPECT_EQ(concurrent, serial) << method;
    }
    EXPECT_THROW(Constructor(instance, "sweep"), ParameterError);
}

TEST(HeuristicsConstruction, SavingsBeatsNearestNeighbourOnCvrp) {
    const Instance instance = shipped("X-n106-k14.vrp");
    EXPECT_LT(solution_distance(instance, savings(instance)),
              solution_distance(instance, nearest_neighbour(instance)));
}

}  // namespace
}  // namespace routekit
