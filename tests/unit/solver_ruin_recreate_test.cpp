#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics_random_instance.hpp"
#include "routekit/model/checker.hpp"
#include "solver/route_exchange.hpp"
#include "solver/ruin_recreate.hpp"
#include "tests/unit/solution_support.hpp"

namespace routekit {
namespace {

using testing::random_instance;
using testing::random_solution;
using testing::scaled;

std::vector<int> all_clients(const Instance& instance) {
    std::vector<int> clients(static_cast<std::size_t>(instance.num_nodes() - 1));
    std::iota(clients.begin(), clients.end(), 1);
    return clients;
}

using testing::sorted_clients;

// A random instance of `nodes` nodes with a fleet of `fleet` (0: unlimited).
Instance instance_of(std::uint64_t seed, int nodes, int fleet) {
    testing::RandomInstanceOptions options;
    options.nodes = nodes;
    options.fleet = fleet;
    return random_instance(seed, options);
}

// Whether `part` occurs in `route` as consecutive clients.
bool is_string_of(const std::vector<int>& part, const Route& route) {
    return std::search(route.begin(), route.end(), part.begin(), part.end()) != route.end();
}

// What is removed is a set of strings, one per route, from routes close to one client; the sizes follow
// SISR's bounds (about c̄ clients in all, no string longer than L^max).
TEST(SolverRuinRecreate, RemovesOneStringPerRuinedRoute) {
    for (std::uint64_t seed = 1; seed <= static_cast<std::uint64_t>(scaled(40)); ++seed) {
        const Instance instance = instance_of(seed, 20 + static_cast<int>(seed * 7 % 60), 0);
        const NeighbourLists near = granular_neighbours(instance, 8);
        Rng rng(seed);
        const Solution parent = random_solution(instance, 2 + static_cast<int>(seed % 7), rng);
        const RuinParams params;
        const std::vector<int> removed = ruin_strings(parent, near, params, rng);
        ASSERT_FALSE(removed.empty());
        std::vector<int> sorted = removed;
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "a client removed twice";
        // Strings are listed route by route: cut the list where the route changes.
        int strings = 0;
        for (std::size_t begin = 0; begin < removed.size();) {
            const auto route = std::find_if(parent.routes.begin(), parent.routes.end(), [&](const Route& r) {
                return std::find(r.begin(), r.end(), removed[begin]) != r.end();
            });
            ASSERT_NE(route, parent.routes.end());
            std::size_t end = begin + 1;
            while (end < removed.size() &&
                   std::find(route->begin(), route->end(), removed[end]) != route->end())
                ++end;
            const std::vector<int> part(removed.begin() + static_cast<std::ptrdiff_t>(begin),
                                        removed.begin() + static_cast<std::ptrdiff_t>(end));
            EXPECT_TRUE(is_string_of(part, *route));
            EXPECT_LE(static_cast<int>(part.size()), params.max_string);
            ++strings;
            begin = end;
        }
        EXPECT_LE(strings, static_cast<int>(4 * params.average_removed / 2 - 1));
    }
}

// With route_share, strings grow with the routes: on two routes of 60 clients on average a share of 0.5
// allows strings of up to 30 per route, and longer ones than the fixed 10 are drawn.
TEST(SolverRuinRecreate, StringsGrowWithTheRoutesUnderRouteShare) {
    const Instance instance = instance_of(3, 121, 0);
    const NeighbourLists near = granular_neighbours(instance, 8);
    Rng rng(5);
    const Solution parent = random_solution(instance, 2, rng);
    ASSERT_EQ(parent.num_nonempty_routes(), 2);
    RuinParams params;
    params.route_share = 0.5;
    std::size_t longest = 0;
    for (int draw = 0; draw < 200; ++draw) {
        const std::vector<int> removed = ruin_strings(parent, near, params, rng);
        for (const Route& route : parent.routes) {
            const auto taken =
                static_cast<std::size_t>(std::count_if(removed.begin(), removed.end(), [&](int client) {
                    return std::find(route.begin(), route.end(), client) != route.end();
                }));
            EXPECT_LE(taken, 30u);
            longest = std::max(longest, taken);
        }
    }
    EXPECT_GT(longest, static_cast<std::size_t>(RuinParams{}.max_string));
}

TEST(SolverRuinRecreate, ChildVisitsEveryClientOnceAndKeepsUntouchedRoutes) {
    const PenaltyWeights weights{7, 3, 2};
    for (std::uint64_t seed = 1; seed <= static_cast<std::uint64_t>(scaled(40)); ++seed) {
        const Instance instance =
            instance_of(seed, 15 + static_cast<int>(seed * 11 % 70), seed % 2 == 0 ? 9 : 0);
        const NeighbourLists near = granular_neighbours(instance, 6);
        Rng rng(seed);
        Solution parent = random_solution(instance, 3 + static_cast<int>(seed % 6), rng);
        parent.remove_empty_routes();
        Rng first(seed * 31);
        Rng second(seed * 31);
        const Solution child = ruin_and_recreate(instance, parent, near, weights, RuinParams{}, first);
        EXPECT_EQ(sorted_clients(child), all_clients(instance));
        EXPECT_EQ(child.routes,
                  ruin_and_recreate(instance, parent, near, weights, RuinParams{}, second).routes);
        // Routes not ruined and not chosen for a reinsertion stay as they were: at least the parent's
        // routes minus the ruined ones minus one per removed client.
        Rng replay(seed * 31);
        const std::size_t removed = ruin_strings(parent, near, RuinParams{}, replay).size();
        const std::vector<char> kept = routes_kept_from(child, parent, instance.num_nodes());
        const auto unchanged = static_cast<std::size_t>(std::count(kept.begin(), kept.end(), 1));
        EXPECT_GE(unchanged + 2 * removed, parent.routes.size());
    }
}

// With optional clients (prizes) a parent may leave some out and a ruined one may stay out (its cheapest
// place costing more than its prize): the child still serves every required client, none twice, and the
// recreation's penalized cost counts the prizes of those it leaves out.
TEST(SolverRuinRecreate, OptionalClientsMayStayOutRequiredOnesNever) {
    const PenaltyWeights weights{7, 3, 2};
    for (std::uint64_t seed = 1; seed <= static_cast<std::uint64_t>(scaled(30)); ++seed) {
        testing::RandomInstanceOptions options;
        options.nodes = 15 + static_cast<int>(seed * 11 % 50);
        options.prizes = true;
        const Instance instance = random_instance(seed, options);
        const NeighbourLists near = granular_neighbours(instance, 6);
        Rng rng(seed);
        Solution parent = random_solution(instance, 2 + static_cast<int>(seed % 5), rng);
        parent.remove_empty_routes();
        Rng ruin(seed * 17);
        const Solution child = ruin_and_recreate(instance, parent, near, weights, RuinParams{}, ruin);
        const std::vector<int> served = sorted_clients(child);
        EXPECT_EQ(std::adjacent_find(served.begin(), served.end()), served.end()) << "seed " << seed;
        for (int client = 1; client < instance.num_nodes(); ++client) {
            if (!instance.required(client)) continue;
            EXPECT_TRUE(std::binary_search(served.begin(), served.end(), client))
                << "seed " << seed << ", client " << client;
        }
        Rng replay(seed * 17);
        const std::vector<int> removed = ruin_strings(parent, near, RuinParams{}, replay);
        Solution ruined = parent;
        for (Route& route : ruined.routes)
            std::erase_if(
                route, [&](int c) { return std::find(removed.begin(), removed.end(), c) != removed.end(); });
        Rng blink(seed);
        const GreedyInsertion recreated =
            insert_greedily(instance, typed_routes(instance, ruined), removed, weights, &near, &blink);
        EXPECT_EQ(recreated.penalized, penalized_cost(instance, recreated.solution, weights))
            << "seed " << seed;
    }
}

// Restricting the routes tried to those of the neighbours changes nothing when every client is every
// client's neighbour: the restricted search is the same cheapest insertion.
TEST(SolverRuinRecreate, InsertionNearAllClientsEqualsTheUnrestrictedOne) {
    const PenaltyWeights weights{5, 2, 3};
    for (std::uint64_t seed = 1; seed <= static_cast<std::uint64_t>(scaled(30)); ++seed) {
        const Instance instance =
            instance_of(seed, 12 + static_cast<int>(seed * 5 % 40), seed % 3 == 0 ? 5 : 0);
        NeighbourLists everyone(static_cast<std::size_t>(instance.num_nodes()));
        for (int c = 1; c < instance.num_nodes(); ++c)
            for (int d = 1; d < instance.num_nodes(); ++d)
                if (c != d) everyone[static_cast<std::size_t>(c)].push_back(d);
        Rng rng(seed);
        Solution parent = random_solution(instance, 2 + static_cast<int>(seed % 4), rng);
        std::vector<int> missing;
        for (Route& route : parent.routes)
            if (route.size() > 2) {
                missing.push_back(route.back());
                route.pop_back();
            }
        parent.remove_empty_routes();
        const TypedRoutes routes = typed_routes(instance, parent);
        const GreedyInsertion everywhere = insert_greedily(instance, routes, missing, weights);
        const GreedyInsertion near = insert_greedily(instance, routes, missing, weights, &everyone);
        EXPECT_EQ(near.solution.routes, everywhere.solution.routes);
        EXPECT_EQ(near.penalized, everywhere.penalized);
    }
}

// A parent of two_rays_with_a_prize that leaves out client 3 (prize 100, cheapest place 20): every client
// is every other's neighbour, so whatever string a ruin removes, 3 is next to it. Offered to the recreation
// (params.unserved) it goes in; otherwise the child never serves it.
TEST(SolverRuinRecreate, ClientsLeftOutNearTheRuinCompeteForTheFreedPlaces) {
    const Instance instance = testing::two_rays_with_a_prize();
    const NeighbourLists near = granular_neighbours(instance, 4);
    Solution parent;
    parent.routes = {{1, 2}, {4, 5}};
    const PenaltyWeights weights{100, 1, 1};
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        for (const bool unserved : {false, true}) {
            Rng rng(seed);
            const Solution child =
                ruin_and_recreate(instance, parent, near, weights, RuinParams{10, 10, unserved}, rng);
            const std::vector<int> served = sorted_clients(child);
            const std::vector<int> expected =
                unserved ? std::vector<int>{1, 2, 3, 4, 5} : std::vector<int>{1, 2, 4, 5};
            EXPECT_EQ(served, expected) << "seed " << seed << (unserved ? ", offered" : "");
        }
    }
}

// Site dependence: client 3 lies between 1 and 2, on a vehicle that may not serve it; the only vehicle that
// may is the other one, far away with client 4 (both vehicles in use). The recreation, told that 3's
// neighbours are 1 and 2, must not settle for their route, whose forbidden visit the descent (moving clients
// next to their neighbours) could never undo: 3 goes to the vehicle that may serve it.
TEST(SolverRuinRecreate, AClientGoesToAVehicleThatMayServeItWhenItsNeighboursCannot) {
    InstanceData data;
    data.name = "site-dependent-line";
    data.num_nodes = 5;
    data.coordinates = {{0, 0}, {10, 0}, {20, 0}, {15, 1}, {0, 50}};
    data.distance_function = DistanceFunction::euc_2d;
    data.demand = {0, 1, 1, 1, 1};
    VehicleType near_line;
    near_line.count = 1;
    near_line.capacity = 10;
    near_line.allowed_clients = {1, 2};
    VehicleType far_one = near_line;
    far_one.allowed_clients = {3, 4};
    data.vehicle_types = {near_line, far_one};
    const Instance instance(std::move(data));
    NeighbourLists near(5);
    near[1] = {2, 3};
    near[2] = {1, 3};
    near[3] = {1, 2};
    near[4] = {3};
    Solution ruined;
    ruined.routes = {{1, 2}, {4}};
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        Rng blink(seed);
        const GreedyInsertion child = insert_greedily(instance, typed_routes(instance, ruined), {3},
                                                      PenaltyWeights{10, 1, 1}, &near, &blink);
        ASSERT_EQ(child.solution.routes.size(), 2u);
        EXPECT_EQ(child.solution.routes[0], (Route{1, 2})) << "seed " << seed;
        EXPECT_EQ(sorted_clients(Solution{{child.solution.routes[1]}}), (std::vector<int>{3, 4}))
            << "seed " << seed;
        EXPECT_TRUE(check_solution(instance, child.solution).feasible);
    }
}

}  // namespace
}  // namespace routekit
