// routekit matrix and routekit solve --map, run as a user runs them, on the hand-made map and on Monaco.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "routekit/io/read_instance.hpp"
#include "tests/unit/cli_test_support.hpp"

namespace routekit::test {
namespace {

const std::string kTinyMap = ROUTEKIT_SOURCE_DIR "/tests/data/roads_tiny.osm";
const std::string kMonaco = ROUTEKIT_SHARED_DIR "/osm/monaco.osm.pbf";

class RoadsCli : public CliIoErrors {};

TEST_F(RoadsCli, MatrixWritesAJsonInstanceTheReaderReadsBack) {
    const std::string points = write("points.csv", "id,lat,lon\nP,0.0001,0.0015\nT,0.001,0.001\n");
    const std::string out = (directory_ / "tiny.json").string();
    const CliRun run = run_cli("matrix " + kTinyMap + " " + points + " -o " + out);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("OpenStreetMap contributors"), std::string::npos) << run.output;
    const Instance instance = read_instance(out);
    ASSERT_EQ(instance.num_nodes(), 2);
    // The numbers of roads_tiny_map_test: P to T 213 m ahead on way 10 then way 11; T to P 325 m round.
    EXPECT_EQ(instance.distance(0, 1), 213);
    EXPECT_EQ(instance.distance(1, 0), 325);
    const nlohmann::json json = nlohmann::json::parse(slurp(out));
    EXPECT_EQ(json["names"], nlohmann::json({"P", "T"}));
}

TEST_F(RoadsCli, MatrixWritesTsplibFullMatrix) {
    const std::string points = write("points.json", R"([{"id": 1, "lat": 0.0001, "lon": 0.0015},
                                                       {"id": 2, "lat": 0.001, "lon": 0.001}])");
    const std::string out = (directory_ / "tiny.atsp").string();
    ASSERT_EQ(run_cli("matrix " + kTinyMap + " " + points + " -o " + out + " -q").exit_code, 0);
    const std::string text = slurp(out);
    EXPECT_NE(text.find("TYPE: ATSP\n"), std::string::npos) << text;
    EXPECT_NE(text.find("EDGE_WEIGHT_FORMAT: FULL_MATRIX\nEDGE_WEIGHT_SECTION\n0 213\n325 0\nEOF\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(read_instance(out).distance(1, 0), 325);
}

TEST_F(RoadsCli, BadPointsAndMapsAreOneLineErrors) {
    const std::string out = (directory_ / "m.json").string();
    // Each case: a map, the points file's name and text, and the start of the one error line expected.
    const struct {
        std::string map, name, points, error;
    } cases[] = {
        {kTinyMap, "bad.csv", "id,lat,lon\nP,0.0001,north\n", ":2: expected a number lon, found north"},
        {kTinyMap, "far.csv", "id,lat,lon\nP,0.0001,0.0015\nparis,48.85,2.35\n",
         "expected every point inside the map"},
        {kTinyMap, "stuck.csv", "id,lat,lon\nP,0.0001,0.0015\nU,0.0001,0.0025\n",
         "expected a route between every two points, found none from U to P"},
        {write("map.osm", "this is not XML"), "ok.csv", "id,lat,lon\nP,0.0001,0.0015\nT,0.001,0.001\n",
         "expected an OpenStreetMap file"},
    };
    for (const auto& bad : cases) {
        const std::string points = write(bad.name, bad.points);
        const std::string blamed = bad.error.front() == ':' ? points : bad.map + ": ";
        expect_one_error_line(run_cli("matrix " + bad.map + " " + points + " -o " + out), blamed + bad.error);
    }
}

TEST_F(RoadsCli, SolveOnTheMapOfMonaco) {
    const std::string out = (directory_ / "solution.json").string();
    const CliRun run = run_cli("solve " ROUTEKIT_SOURCE_DIR "/examples/monaco/clients.json --map " + kMonaco +
                               " --iterations 200 --seed 1 --threads 1 -q -o " + out);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const nlohmann::json solution = nlohmann::json::parse(slurp(out));
    EXPECT_TRUE(solution["feasible"].get<bool>());
    // The cost is in metres on the roads: longer than the great-circle tour of the same clients.
    const CliRun crow = run_cli("solve " ROUTEKIT_SOURCE_DIR
                                "/examples/monaco/clients.json --iterations 200 "
                                "--seed 1 --threads 1 -q --format json");
    ASSERT_EQ(crow.exit_code, 0) << crow.output;
    EXPECT_GT(solution["cost"].get<double>(), nlohmann::json::parse(crow.output)["cost"].get<double>());
}

TEST_F(RoadsCli, SolveOnAMapRefusesAnInstanceWithMatrices) {
    const std::string clients = write("clients.json", R"({"distance_matrix": [[0, 1], [1, 0]],
  "coordinates": [[0.0015, 0.0001], [0.001, 0.001]], "coordinate_system": "lonlat"})");
    expect_one_error_line(
        run_cli("solve " + clients + " --map " + kTinyMap + " --iterations 1 -q"),
        clients + ":1: expected no \"distance_matrix\" (the map gives the matrices), found one");
}

}  // namespace
}  // namespace routekit::test
