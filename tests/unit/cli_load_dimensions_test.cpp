// The command line with several load dimensions: a fleet that carries the weight but not the volume is
// refused before any search, naming the dimension; `info` and the schedule table print each dimension.
#include <gtest/gtest.h>

#include "tests/unit/cli_test_support.hpp"

namespace routekit {
namespace {

using CliLoadDimensions = test::CliIoErrors;

TEST_F(CliLoadDimensions, AFleetShortOfTheSecondDimensionIsRefusedBeforeTheSearch) {
    const std::string instance =
        write("volume.vrp",
              "NAME : volume\nTYPE : CVRP\nDIMENSION : 3\nVEHICLES : 1\nCAPACITY : 10 10\nEDGE_WEIGHT_TYPE : "
              "EUC_2D\n"
              "NODE_COORD_SECTION\n1 0 0\n2 1 0\n3 0 1\nDEMAND_SECTION\n1 0 0\n2 3 6\n3 3 6\n"
              "DEPOT_SECTION\n1\n-1\nEOF\n");
    test::expect_one_error_line(
        test::run_cli("solve " + instance + " --iterations 100000"),
        instance +
            ": expected a total demand within the fleet's capacity (1 vehicles x 10 = "
            "10), found 12 in load dimension 2: no solution can serve every client");
}

const char* const kPickups =
    "NAME : pickups\nTYPE : CVRP\nDIMENSION : 3\nVEHICLES : 2\nCAPACITY : 10 9\nEDGE_WEIGHT_TYPE : EUC_2D\n"
    "NODE_COORD_SECTION\n1 0 0\n2 1 0\n3 0 1\nDEMAND_SECTION\n1 0 0\n2 3 6\n3 2 5\n"
    "BACKHAUL_SECTION\n1 0 0\n2 0 0\n3 1 4\nDEPOT_SECTION\n1\n-1\nEOF\n";

TEST_F(CliLoadDimensions, TheScheduleTablePrintsEveryDimension) {
    const std::string instance = write("pickups.vrp", kPickups);
    const std::string solution = write("pickups.sol", "Route #1: 1\nRoute #2: 2\n");
    const test::CliRun run = test::run_cli("check " + instance + " " + solution + " --schedule");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    // Route 2 leaves with a volume of 5 and comes back with the pickup's 4: its peak is 5.
    for (const char* text : {", load [3, 6]/[10, 9],", ", load [2, 5]/[10, 9],", "  [2, 5]\n"})
        EXPECT_NE(run.output.find(text), std::string::npos) << text << " in " << run.output;
}

TEST_F(CliLoadDimensions, InfoPrintsEveryDimension) {
    const std::string instance = write("pickups.vrp", kPickups);
    const test::CliRun run = test::run_cli("info " + instance);
    EXPECT_EQ(run.exit_code, 0) << run.output;
    for (const char* line :
         {"load dimensions: 2\n", "capacity: [10, 9]\n", "total demand: [5, 11]\n", "total pickup: [1, 4]\n"})
        EXPECT_NE(run.output.find(line), std::string::npos) << line << " in " << run.output;
}

}  // namespace
}  // namespace routekit
