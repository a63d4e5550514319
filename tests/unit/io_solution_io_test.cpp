#include <gtest/gtest.h>

#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "tests/unit/io_test_support.hpp"

namespace routekit {
namespace {

const std::string kShipped = ROUTEKIT_SOURCE_DIR "/instances/";

std::string written(const Instance& instance, const Solution& solution, SolutionFormat format) {
    std::ostringstream out;
    write_solution(out, instance, solution, format);
    return out.str();
}

TEST(IoSolutionIo, ReadsSolLinesInBothStyles) {
    const Instance instance = read_instance(kShipped + "E-n13-k4.vrp");
    const Solution a = parse_solution("Route #1: 1 2\nRoute #2: 3\nCost 10\n", "a.sol", instance);
    const Solution b = parse_solution("Route 1 : 1 2\r\nRoute 2 : 3\r\n", "b.sol", instance);
    EXPECT_EQ(a, b);
    EXPECT_EQ(a.routes, (std::vector<Route>{{1, 2}, {3}}));
}

TEST(IoSolutionIo, ShippedKnownSolutionsCheckToTheirValues) {
    struct Known {
        std::string instance, solution, cost;
        Rounding rounding;
    };
    const std::vector<Known> known = {
        {"E-n13-k4.vrp", "E-n13-k4.sol", "247", Rounding::tsplib},
        {"A034-02f.vrp", "A034-02f.1406.tour", "1406", Rounding::tsplib},
        {"berlin52.tsp", "berlin52.opt.tour", "7542", Rounding::tsplib},
        {"C102.txt", "C102.sol", "827.3", Rounding::trunc1},
        {"C1_2_1.txt", "C1_2_1.sol", "2698.6", Rounding::trunc1},
        {"CMT6.vrp", "CMT6.sol", "555.43", Rounding::exact},
        {"X-n106-k14.vrp", "X-n106-k14.sol", "26362", Rounding::tsplib},
    };
    for (const Known& k : known) {
        SCOPED_TRACE(k.instance);
        ReadOptions options;
        options.rounding = k.rounding;
        const Instance instance = read_instance(kShipped + k.instance, options);
        const Solution solution = read_solution(kShipped + k.solution, instance);
        const CheckReport report = check_solution(instance, solution);
        EXPECT_TRUE(report.feasible);
        std::string cost = format_cost(report.cost, instance.rounding());
        if (k.rounding == Rounding::exact)
            cost = cost.substr(0, cost.find('.') + 3);  // 555.4302366 -> 555.43
        EXPECT_EQ(cost, k.cost);
    }
}

TEST(IoSolutionIo, ShippedInstanceWithoutSolutionReads) {
    const Instance instance = read_instance(kShipped + "br17.atsp");
    EXPECT_EQ(instance.num_nodes(), 17);
    EXPECT_EQ(instance.kind(), ProblemKind::atsp);
    EXPECT_FALSE(instance.distance_symmetric());
}

TEST(IoSolutionIo, TspTourIsRotatedToStartAtTheDepot) {
    const Instance instance = parse_instance(
        "NAME: t\nTYPE: TSP\nDIMENSION: 4\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 0 1\n3 1 "
        "1\n4 1 0\n",
        "t.tsp");
    const Solution solution = parse_solution(
        "NAME : t.tour\nTYPE : TOUR\nDIMENSION : 4\nTOUR_SECTION\n3\n4\n1\n2\n-1\nEOF\n", "t.tour", instance);
    EXPECT_EQ(solution.routes, (std::vector<Route>{{1, 2, 3}}));
}

TEST(IoSolutionIo, EveryFormatRoundTrips) {
    const Instance instance = read_instance(kShipped + "A034-02f.vrp");
    const Solution original = read_solution(kShipped + "A034-02f.1406.tour", instance);
    ASSERT_EQ(original.num_nonempty_routes(), 2);
    for (SolutionFormat format : {SolutionFormat::sol, SolutionFormat::tour, SolutionFormat::json}) {
        const std::string text = written(instance, original, format);
        EXPECT_EQ(parse_solution(text, "round-trip", instance), original) << text;
    }
}

TEST(IoSolutionIo, WritersUseFileIdsDepotCopiesAndCost) {
    const Instance instance = read_instance(kShipped + "A034-02f.vrp");
    const Solution solution{{{1, 2}, {3}}};
    const std::string tour = written(instance, solution, SolutionFormat::tour);
    // The depot is file node 34; the second route starts at the copy 35 = DIMENSION + 1.
    EXPECT_NE(tour.find("DIMENSION : 35\nTOUR_SECTION\n34\n1\n2\n35\n3\n-1\nEOF\n"), std::string::npos)
        << tour;
    const std::string sol = written(instance, solution, SolutionFormat::sol);
    EXPECT_EQ(sol, "Route #1: 1 2\nRoute #2: 3\nCost " +
                       format_cost(solution_distance(instance, solution), instance.rounding()) + "\n");
    const std::string json = written(instance, solution, SolutionFormat::json);
    EXPECT_NE(json.find("\"feasible\": false"), std::string::npos);  // most clients are missing
    EXPECT_NE(json.find("\"routes\""), std::string::npos);
}

TEST(IoSolutionIo, UnknownClientsAreInputErrorsWithTheirLine) {
    const Instance instance = read_instance(kShipped + "E-n13-k4.vrp");
    EXPECT_TRUE(
        test::throws_input_error([&] { parse_solution("Route #1: 1 2\nRoute #2: 13\n", "s.sol", instance); },
                                 "s.sol:2: expected a client number between 1 and 12, found 13"));
    EXPECT_TRUE(test::throws_input_error([&] { parse_solution("Route #1: 1 x\n", "s.sol", instance); },
                                         "s.sol:1: expected a client number, found 'x'"));
    EXPECT_TRUE(test::throws_input_error(
        [&] { parse_solution("TYPE : TOUR\nTOUR_SECTION\n1\n2\n99\n-1\n", "s.tour", instance); },
        "s.tour:5: expected a node id of the instance, found 99"));
    EXPECT_TRUE(
        test::throws_input_error([&] { parse_solution("{\n \"routes\": [[1, 0]]\n}", "s.json", instance); },
                                 "s.json:2: expected a client number between 1 and 12"));
    EXPECT_TRUE(test::throws_input_error([&] { read_solution("/nonexistent/x.sol", instance); },
                                         "/nonexistent/x.sol: expected a readable file"));
}

}  // namespace
}  // namespace routekit
