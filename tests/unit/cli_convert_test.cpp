// `routekit convert FILE --to json` and JSON solutions on the command line: a converted PyVRP file checks its
// shipped solution at the same cost, and a solved JSON instance's JSON solution checks.
#include <gtest/gtest.h>

#include "tests/unit/cli_test_support.hpp"

namespace routekit::test {
namespace {

using CliConvert = CliIoErrors;

TEST_F(CliConvert, AConvertedInstanceChecksTheShippedSolutionAtTheSameCost) {
    const std::string json = (directory_ / "X110-HD.json").string();
    const CliRun convert = run_cli("convert " + kShipped + "X110-HD.vrp --to json -o " + json);
    ASSERT_EQ(convert.exit_code, 0) << convert.output;
    const CliRun original = run_cli("check " + kShipped + "X110-HD.vrp " + kShipped + "X110-HD.sol");
    const CliRun converted = run_cli("check " + json + " " + kShipped + "X110-HD.sol");
    EXPECT_EQ(original.exit_code, 0) << original.output;
    EXPECT_EQ(converted.exit_code, 0) << converted.output;
    EXPECT_NE(original.output.find("Cost 15859.34"), std::string::npos) << original.output;
    EXPECT_EQ(converted.output, original.output);
}

TEST_F(CliConvert, ASolvedJsonInstanceItsJsonSolutionChecks) {
    const std::string solution = (directory_ / "solution.json").string();
    const CliRun solve = run_cli(
        "solve " + kShipped +
        "mixed-fleet.json --iterations 200 --seed 1 --threads 1 --quiet --format json -o " + solution);
    ASSERT_EQ(solve.exit_code, 0) << solve.output;
    const CliRun check = run_cli("check " + kShipped + "mixed-fleet.json " + solution);
    EXPECT_EQ(check.exit_code, 0) << check.output;
    EXPECT_NE(check.output.find("Cost 493"), std::string::npos) << check.output;
}

TEST_F(CliConvert, BadInputIsOneLine) {
    const std::string bad =
        write("bad.json", "{\n\"distance_matrix\": [[0, 1], [1, 0]],\n\"depots\": 2\n}\n");
    expect_one_error_line(run_cli("convert " + bad + " --to json"),
                          bad + ":3: expected an integer between 1 and 1 in \"depots\"");
}

}  // namespace
}  // namespace routekit::test
