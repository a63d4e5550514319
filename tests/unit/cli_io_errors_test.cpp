// The CLI on bad files: exit code 2 and exactly one line "routekit: error: FILE:LINE: expected X, found Y";
// `check` exits 0 on a feasible solution and 1 on an infeasible one.
#include <gtest/gtest.h>

#include "tests/unit/cli_test_support.hpp"

namespace routekit {
namespace {

using test::CliIoErrors;
using test::CliRun;
using test::expect_one_error_line;
using test::kShipped;
using test::run_cli;
namespace fs = std::filesystem;

TEST_F(CliIoErrors, BadInstanceFilesGiveOneLineAndExitCode2) {
    const std::string truncated = write("truncated.vrp",
                                        "NAME : t\nTYPE : CVRP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\n"
                                        "NODE_COORD_SECTION\n1 0 0\n2 1 1\n");
    expect_one_error_line(
        run_cli("info " + truncated),
        truncated +
            ":7: expected 3 entries in NODE_COORD_SECTION (found 2), then a node id, found end of file");
    const std::string word = write("word.vrp", "NAME : t\nTYPE : CVRP\nDIMENSION : many\n");
    expect_one_error_line(run_cli("info " + word), word + ":3: expected an integer DIMENSION, found 'many'");
    const std::string json =
        write("bad.json", "{\"distance_matrix\": [[0, 1], [1, 0]],\n \"demands\": [0, -2]}");
    expect_one_error_line(run_cli("info " + json), json + ":2: expected an integer between 0 and");
    expect_one_error_line(run_cli("info " + (directory_ / "missing.vrp").string()),
                          (directory_ / "missing.vrp").string() + ": expected a readable file");
}

TEST_F(CliIoErrors, BadSolutionFileGivesOneLineAndExitCode2) {
    const std::string solution = write("bad.sol", "Route #1: 1 2 3\nRoute #2: 4 77\n");
    expect_one_error_line(run_cli("check " + kShipped + "E-n13-k4.vrp " + solution),
                          solution + ":2: expected a client number between 1 and 12, found 77");
}

TEST_F(CliIoErrors, CheckExitsZeroWhenFeasibleAndOneWhenNot) {
    const CliRun feasible = run_cli("check " + kShipped + "E-n13-k4.vrp " + kShipped + "E-n13-k4.sol");
    EXPECT_EQ(feasible.exit_code, 0) << feasible.output;
    EXPECT_NE(feasible.output.find("Cost 247"), std::string::npos) << feasible.output;
    const std::string partial = write("partial.sol", "Route #1: 1 2 3\n");
    const CliRun infeasible = run_cli("check " + kShipped + "E-n13-k4.vrp " + partial);
    EXPECT_EQ(infeasible.exit_code, 1) << infeasible.output;
    EXPECT_NE(infeasible.output.find("infeasible"), std::string::npos) << infeasible.output;
}

// A mistyped --param stops solve and bench at once with one line, before any instance is read or run.
TEST_F(CliIoErrors, BadGeneticParamGivesOneLineAndExitCode2) {
    expect_one_error_line(run_cli("solve " + kShipped + "E-n13-k4.vrp --param no_such=1"),
                          "genetic parameter: unknown name 'no_such'");
    const std::string manifest =
        write("manifest.csv", "set,name,path,best_known\nE,E-n13-k4," + kShipped + "E-n13-k4.vrp,247\n");
    expect_one_error_line(run_cli("bench " + manifest + " --time-limit 1 --param granularity=x --out " +
                                  (directory_ / "out").string()),
                          "genetic parameter granularity: expected a number, found 'x'");
    EXPECT_FALSE(fs::exists(directory_ / "out" / "runs.csv"));
}

}  // namespace
}  // namespace routekit
