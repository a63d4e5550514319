// Inputs that used to be read as another problem without a word: each is now a one-line InputError naming
// the file and line (issue 15).
#include <gtest/gtest.h>

#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "tests/unit/io_test_support.hpp"

namespace routekit {
namespace {

using test::throws_input_error;

const std::string kShipped = ROUTEKIT_SOURCE_DIR "/instances/";

std::string without_line(const std::string& text, const std::string& starting) {
    std::istringstream in(text);
    std::string result, line;
    while (std::getline(in, line))
        if (line.rfind(starting, 0) != 0) result += line + "\n";
    return result;
}

TEST(IoSilentAnswers, CvrpWithoutCapacityIsRefused) {
    // It was solved with unlimited capacity: one route for every client.
    const std::string text = without_line(read_file(kShipped + "E-n13-k4.vrp"), "CAPACITY");
    EXPECT_TRUE(throws_input_error([&] { parse_instance(text, "nocap.vrp"); },
                                   "nocap.vrp:3: expected a CAPACITY for TYPE CVRP, found none"));
    // Without a TYPE line, the DEMAND_SECTION makes it a CVRP: the error names that section's line.
    const std::string untyped = without_line(text, "TYPE");
    EXPECT_TRUE(throws_input_error([&] { parse_instance(untyped, "untyped.vrp"); },
                                   "untyped.vrp:16: expected a CAPACITY for TYPE CVRP, found none"));
    EXPECT_NO_THROW(parse_instance(read_file(kShipped + "E-n13-k4.vrp"), "E-n13-k4.vrp"));
}

TEST(IoSilentAnswers, FixedEdgesAreKeptOrRefused) {
    // linhp318's fixed edge was dropped, so the tour printed could break it. Now a TSP keeps them (solved in
    // tsp_fixed_edges_test.cpp); a route problem, whose engines cannot keep them, is refused.
    const std::string text =
        "NAME : fixed\nTYPE : TSP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EUC_2D\nFIXED_EDGES_SECTION\n1 3\n-1\n"
        "NODE_COORD_SECTION\n1 0 0\n2 1 0\n3 1 1\n4 0 1\nEOF\n";
    EXPECT_EQ(parse_instance(text, "fixed.tsp").fixed_edges(), (std::vector<FixedEdge>{{0, 2}}));
    std::string cvrp = text;
    cvrp.replace(cvrp.find("TSP"), 3, "CVRP");
    cvrp.replace(cvrp.find("EOF"), 3, "CAPACITY : 5\nDEMAND_SECTION\n1 0\n2 1\n3 1\n4 1\nEOF");
    EXPECT_TRUE(
        throws_input_error([&] { parse_instance(cvrp, "fixed.vrp"); },
                           "fixed.vrp:6: expected FIXED_EDGES_SECTION only in a TSP or ATSP file (the "
                           "route engines cannot keep fixed edges), found TYPE CVRP"));
}

TEST(IoSilentAnswers, JsonTourWithConstraintsIsRefused) {
    // "type": "TSP" sent the windows to the tour engine, which ignores them.
    const std::string text =
        "{\"type\": \"TSP\",\n \"distance_matrix\": [[0, 1, 2], [1, 0, 1], [2, 1, 0]],\n"
        " \"time_windows\": [[0, 10], [0, 1], [5, 6]]}";
    EXPECT_TRUE(throws_input_error([&] { parse_instance(text, "tw.json"); },
                                   "tw.json:3: expected no \"time_windows\" with \"type\": \"TSP\""));
    const std::string capacity =
        "{\"type\": \"ATSP\", \"distance_matrix\": [[0, 1], [2, 0]],\n\"demands\": [0, 3], \"capacity\": 5}";
    EXPECT_TRUE(throws_input_error([&] { parse_instance(capacity, "cap.json"); },
                                   "cap.json:2: expected no \"capacity\" with \"type\": \"ATSP\""));
    const std::string one_vehicle =
        "{\"type\": \"TSP\", \"vehicles\": 1, \"distance_matrix\": [[0, 1], [1, 0]]}";
    EXPECT_EQ(parse_instance(one_vehicle, "one.json").fleet(), 1);
}

TEST(IoSilentAnswers, UnknownJsonFieldIsRefused) {
    // "capcity" was ignored and the problem solved without a capacity.
    const std::string text =
        "{\"distance_matrix\": [[0, 1, 2], [1, 0, 1], [2, 1, 0]],\n \"demands\": [0, 4, 4],\n"
        " \"capcity\": 5}";
    EXPECT_TRUE(throws_input_error([&] { parse_instance(text, "typo.json"); },
                                   "typo.json:3: expected an instance field (name, type, rounding, "
                                   "distance_matrix,"));
}

TEST(IoSilentAnswers, LongitudeLatitudeGiveMetres) {
    // Read as Euclidean degrees, Brussels streets were 0 apart under integer rounding: Cost 0.
    const std::string text =
        "{\"coordinate_system\": \"lonlat\",\n \"coordinates\": [[0, 0], [0, 1], [1, 0], [4.35, 50.84]]}";
    const Instance instance = parse_instance(text, "lonlat.json");
    // One degree of a great circle: 6371008.8 m x pi / 180.
    EXPECT_EQ(instance.distance(0, 1), 111195);
    EXPECT_EQ(instance.distance(2, 0), 111195);
    EXPECT_GT(instance.distance(0, 3), 5'000'000);
    EXPECT_TRUE(throws_input_error(
        [] {
            parse_instance("{\"coordinate_system\": \"lonlat\", \"coordinates\": [[0, 0], [0, 95]]}",
                           "x.json");
        },
        "x.json:1: expected [longitude, latitude] in degrees"));
}

TEST(IoSilentAnswers, FractionalCoordinatesUnderIntegerRoundingWarn) {
    const std::string text =
        "{\"name\": \"w\",\n \"coordinates\": [[4.35, 50.84], [4.40, 50.85], [4.30, 50.80]]}";
    std::vector<std::string> warnings;
    ReadOptions options;
    options.on_warning = [&](const std::string& warning) { warnings.push_back(warning); };
    parse_instance(text, "w.json", options);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].rfind("w.json:2: warning: fractional coordinates under rounding tsplib", 0), 0u)
        << warnings[0];
    // Kept decimals, integral coordinates or great-circle distances: nothing to warn about.
    warnings.clear();
    options.rounding = Rounding::exact;
    parse_instance(text, "w.json", options);
    parse_instance("{\"coordinates\": [[0, 0], [3, 4]]}", "i.json", ReadOptions{{}, options.on_warning});
    EXPECT_TRUE(warnings.empty());
}

TEST(IoSilentAnswers, SolomonFileCutAtALineBoundaryIsRefused) {
    const std::string text = read_file(kShipped + "C102.txt");
    ASSERT_EQ(parse_instance(text, "C102.txt").num_clients(), 100);
    // The first 60 customers, cut after a complete row: it was read as a 60-customer instance.
    std::size_t cut = 0;
    for (int line = 0; line < 9 + 61; ++line) cut = text.find('\n', cut) + 1;
    EXPECT_TRUE(
        throws_input_error([&] { parse_instance(text.substr(0, cut), "cut.txt"); },
                           "cut.txt:70: expected 100 customers after the depot, as the name C102 says "
                           "(is the file cut short?), found 60"));
    // Under another name the count is unknown, but a row missing inside the file breaks the numbering.
    std::string renamed = text;
    renamed.replace(0, 4, "MINE");
    EXPECT_EQ(parse_instance(renamed.substr(0, cut), "mine.txt").num_clients(), 60);
    const std::size_t row_5 = renamed.find("\n    5 ") + 1;
    const std::string gap = renamed.substr(0, row_5) + renamed.substr(renamed.find('\n', row_5) + 1);
    EXPECT_TRUE(throws_input_error([&] { parse_instance(gap, "gap.txt"); },
                                   "gap.txt:15: expected customer number 5 (rows numbered 0, 1, 2, ...), "
                                   "found 6"));
}

TEST(IoSilentAnswers, SolomonSizesFromNames) {
    // Gehring-Homberger names state 100 times their middle number.
    const std::string text = read_file(kShipped + "C1_2_1.txt");
    EXPECT_EQ(parse_instance(text, "C1_2_1.txt").num_clients(), 200);
    std::string renamed = text;
    renamed.replace(0, 6, "C1_4_1");
    EXPECT_TRUE(
        throws_input_error([&] { parse_instance(renamed, "c141.txt"); },
                           "c141.txt:210: expected 400 customers after the depot, as the name C1_4_1"));
}

TEST(IoSilentAnswers, StatedCostMustMatchTheRoutes) {
    const Instance instance = read_instance(kShipped + "E-n13-k4.vrp");
    const std::string good = read_file(kShipped + "E-n13-k4.sol");
    const Cost cost = check_solution(instance, parse_solution(good, "good.sol", instance)).cost;
    EXPECT_NO_THROW(check_stated_cost(good, "good.sol", instance, cost));
    std::string wrong = good;
    wrong.replace(wrong.find("Cost 247"), 8, "Cost 240");
    EXPECT_TRUE(
        throws_input_error([&] { check_stated_cost(wrong, "wrong.sol", instance, cost); },
                           "wrong.sol:5: expected Cost 247 (the distance of the routes under --rounding "
                           "tsplib), found 240"));
    // Printed to two decimals, 555.43 is the routes' 555.4296424 under exact.
    ReadOptions exact;
    exact.rounding = Rounding::exact;
    const Instance cmt6 = read_instance(kShipped + "CMT6.vrp", exact);
    const std::string cmt6_sol = read_file(kShipped + "CMT6.sol");
    const Cost cmt6_cost = check_solution(cmt6, parse_solution(cmt6_sol, "CMT6.sol", cmt6)).cost;
    EXPECT_NO_THROW(check_stated_cost(cmt6_sol, "CMT6.sol", cmt6, cmt6_cost));
    // Under tsplib rounding the same routes cost 548: the file's 555.43 does not match them.
    const Instance cmt6_tsplib = read_instance(kShipped + "CMT6.vrp");
    const Cost rounded = check_solution(cmt6_tsplib, parse_solution(cmt6_sol, "CMT6.sol", cmt6_tsplib)).cost;
    EXPECT_TRUE(throws_input_error([&] { check_stated_cost(cmt6_sol, "CMT6.sol", cmt6_tsplib, rounded); },
                                   "CMT6.sol:"));
    // JSON solutions state theirs in "cost_text".
    std::ostringstream json;
    write_solution(json, instance, parse_solution(good, "good.sol", instance), SolutionFormat::json);
    EXPECT_NO_THROW(check_stated_cost(json.str(), "good.json", instance, cost));
    std::string wrong_json = json.str();
    wrong_json.replace(wrong_json.find("\"cost_text\": \"247\""), 18, "\"cost_text\": \"250\"");
    EXPECT_TRUE(throws_input_error([&] { check_stated_cost(wrong_json, "wrong.json", instance, cost); },
                                   "wrong.json:3: expected Cost 247"));
}

}  // namespace
}  // namespace routekit
