// The command line a newcomer cannot misuse (issue 16, part 3): a default stop rule, the reason a run
// stopped, output paths checked before solving, the format from the -o extension, defaults in --help, clear
// errors for bad limits and for a fleet that cannot carry the demand, a warm start, schedules in JSON.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <regex>
#include <sstream>

#include "tests/unit/cli_test_support.hpp"
#include "tests/unit/sanitizer_support.hpp"

namespace routekit {
namespace {

using test::expect_one_error_line;
using test::kShipped;
using test::run_cli;
namespace fs = std::filesystem;

class CliNewcomer : public test::CliIoErrors {};

double seconds_of(const std::function<void()>& action) {
    const auto start = std::chrono::steady_clock::now();
    action();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

using testing::sanitized;

TEST_F(CliNewcomer, NoStopOptionStopsOnItsOwnAndSaysWhy) {
    // A 5-client JSON ran 23 s and 30 s without a limit; now the default rule is announced and ends it.
    const std::string json =
        write("five.json",
              "{\"coordinates\": [[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10], [7, 7]],\n"
              " \"demands\": [0, 1, 1, 1, 1, 1], \"capacity\": 3}");
    test::CliRun run;
    const double seconds = seconds_of([&] { run = run_cli("solve " + json + " --threads 1"); });
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("routekit: no stop rule given: stopping after 20000 iterations without "
                              "improvement or 10 s"),
              std::string::npos)
        << run.output;
    // 20,000 iterations on 5 clients take a few seconds; the sanitized build may need the 10 s budget.
    if (sanitized()) {
        EXPECT_TRUE(std::regex_search(run.output, std::regex("stopped by (no improvement|time limit)")))
            << run.output;
    } else {
        EXPECT_NE(run.output.find("stopped by no improvement"), std::string::npos) << run.output;
        EXPECT_LT(seconds, 10);
    }
    EXPECT_LT(seconds, 30);
}

TEST_F(CliNewcomer, SummarySaysWhichLimitStoppedTheRun) {
    const std::string instance = kShipped + "E-n13-k4.vrp";
    EXPECT_NE(run_cli("solve " + instance + " --iterations 3").output.find("stopped by iteration limit"),
              std::string::npos);
    EXPECT_NE(run_cli("solve " + instance + " --target 247").output.find("stopped by target reached"),
              std::string::npos);
    EXPECT_NE(run_cli("solve " + instance + " --time-limit 0.5").output.find("stopped by time limit"),
              std::string::npos);
    // A CPU-time budget is enforced by cancelling the search; the summary must still call it the time limit.
    const test::CliRun cpu = run_cli("solve " + instance + " --time-limit 0.3 --cpu-time");
    EXPECT_NE(cpu.output.find("stopped by time limit"), std::string::npos) << cpu.output;
    const test::CliRun tour = run_cli("solve " + kShipped + "berlin52.tsp --no-improvement 50");
    EXPECT_NE(tour.output.find("stopped by no improvement"), std::string::npos) << tour.output;
}

TEST_F(CliNewcomer, BadOutputPathFailsBeforeSolving) {
    test::CliRun run;
    const double seconds = seconds_of([&] {
        run = run_cli("solve " + kShipped + "X-n106-k14.vrp --time-limit 30 -o /nonexistent/dir/x.sol");
    });
    expect_one_error_line(run, "/nonexistent/dir/x.sol: expected a file that can be written, found none");
    EXPECT_LT(seconds, 5);  // under a second on a quiet machine; no 30 s solve
    // The check writes nothing: an existing file survives a run that fails before the solution.
    const std::string kept = write("kept.sol", "keep me\n");
    EXPECT_EQ(run_cli("solve " + (directory_ / "missing.vrp").string() + " -o " + kept).exit_code, 2);
    EXPECT_EQ(test::slurp(kept), "keep me\n");
    const std::string fresh = (directory_ / "fresh.sol").string();
    EXPECT_EQ(run_cli("solve " + (directory_ / "missing.vrp").string() + " -o " + fresh).exit_code, 2);
    EXPECT_FALSE(fs::exists(fresh));
}

TEST_F(CliNewcomer, EveryCommandThatWritesAFileNamesABadPathTheSameWay) {
    const std::string bad = "/nonexistent/dir/out";
    const std::string instance = kShipped + "E-n13-k4.vrp";
    const std::string solution = (directory_ / "e13.sol").string();
    ASSERT_EQ(run_cli("solve " + instance + " --iterations 2 -q -o " + solution).exit_code, 0);
    for (const std::string& command :
         {"convert " + instance + " --to json -o " + bad, "generate --clients 5 -o " + bad,
          "solve " + instance + " --iterations 2 -q --trace " + bad,
          "plot " + instance + " " + solution + " -o " + bad + ".svg"}) {
        const test::CliRun run = run_cli(command);
        SCOPED_TRACE(command);
        const std::string path = command.rfind("plot", 0) == 0 ? bad + ".svg" : bad;
        expect_one_error_line(run, path + ": expected a file that can be written, found none");
    }
}

TEST_F(CliNewcomer, MilliRoundingCountsThousandths) {
    const std::string instance = kShipped + "E-n13-k4.vrp";
    const test::CliRun run = run_cli("solve " + instance + " --target 247000 --rounding milli -q");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("Cost 247.000"), std::string::npos) << run.output;
    expect_one_error_line(run_cli("solve " + instance + " --rounding centi"),
                          "--rounding: centi not in {tsplib,trunc1,milli,exact}");
}

TEST_F(CliNewcomer, OutputFormatFollowsTheExtension) {
    const std::string instance = kShipped + "E-n13-k4.vrp";
    const std::string tour = (directory_ / "x.tour").string();
    ASSERT_EQ(run_cli("solve " + instance + " --iterations 2 -q -o " + tour).exit_code, 0);
    EXPECT_NE(test::slurp(tour).find("TOUR_SECTION"), std::string::npos);
    const std::string json = (directory_ / "x.json").string();
    ASSERT_EQ(run_cli("solve " + instance + " --iterations 2 -q -o " + json).exit_code, 0);
    EXPECT_EQ(test::slurp(json).rfind("{", 0), 0u);
    const std::string sol = (directory_ / "x.sol").string();
    ASSERT_EQ(run_cli("solve " + instance + " --iterations 2 -q -o " + sol).exit_code, 0);
    EXPECT_EQ(test::slurp(sol).rfind("Route #1:", 0), 0u);
    // Each checks, whatever its format.
    for (const std::string& path : {tour, json, sol})
        EXPECT_EQ(run_cli("check " + instance + " " + path).exit_code, 0) << path;
    // A --format that contradicts the extension is an error, not a surprise.
    expect_one_error_line(run_cli("solve " + instance + " --iterations 2 --format sol -o " + tour),
                          "--format sol: expected the format the -o file");
}

TEST_F(CliNewcomer, BadTimeLimitIsOneClearLine) {
    for (const char* bad : {"-1", "nan", "inf", "soon"}) {
        const test::CliRun run = run_cli("solve " + kShipped + "E-n13-k4.vrp --time-limit " + bad);
        EXPECT_EQ(run.exit_code, 2) << bad;
        EXPECT_NE(run.output.find(std::string("--time-limit: expected seconds >= 0, found ") + bad),
                  std::string::npos)
            << run.output;
        EXPECT_LT(run.output.size(), 200u) << run.output;  // not a 309-digit bound
    }
}

TEST_F(CliNewcomer, HelpShowsTheDefaults) {
    const std::string help = run_cli("solve --help").output;
    EXPECT_NE(help.find("--seed UINT=1 "), std::string::npos) << help;
    EXPECT_NE(help.find("--threads INT:INT in [0 - 1024]=0"), std::string::npos) << help;
    EXPECT_NE(help.find("}=savings"), std::string::npos) << help;
    EXPECT_NE(help.find("20000 iterations without improvement"), std::string::npos) << help;
}

TEST_F(CliNewcomer, DemandAboveTheFleetCapacityIsRefusedBeforeTheSearch) {
    const std::string instance = write(
        "short.vrp",
        "NAME : short\nTYPE : CVRP\nDIMENSION : 3\nVEHICLES : 1\nCAPACITY : 10\nEDGE_WEIGHT_TYPE : EUC_2D\n"
        "NODE_COORD_SECTION\n1 0 0\n2 1 0\n3 0 1\nDEMAND_SECTION\n1 0\n2 6\n3 "
        "6\nDEPOT_SECTION\n1\n-1\nEOF\n");
    test::CliRun run;
    const double seconds = seconds_of([&] { run = run_cli("solve " + instance + " --time-limit 20"); });
    expect_one_error_line(run, instance +
                                   ": expected a total demand within the fleet's capacity (1 vehicles x "
                                   "10 = 10), found 12");
    EXPECT_LT(seconds, 5);
}

TEST_F(CliNewcomer, InitialSolutionIsAWarmStart) {
    // With no iteration, the optimum given as the warm start is what comes back.
    const test::CliRun run = run_cli("solve " + kShipped + "X-n106-k14.vrp --iterations 0 -q --initial " +
                                     kShipped + "X-n106-k14.sol");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("Cost 26362"), std::string::npos) << run.output;
    const test::CliRun cold = run_cli("solve " + kShipped + "X-n106-k14.vrp --iterations 0 -q");
    EXPECT_EQ(cold.output.find("Cost 26362"), std::string::npos) << cold.output;
    expect_one_error_line(
        run_cli("solve " + kShipped + "X-n106-k14.vrp --iterations 0 --initial " + kShipped + "E-n13-k4.vrp"),
        kShipped + "E-n13-k4.vrp:");
}

TEST_F(CliNewcomer, WrongCostLineFailsTheCheck) {
    std::string solution = test::slurp(kShipped + "E-n13-k4.sol");
    solution.replace(solution.find("Cost 247"), 8, "Cost 240");
    const std::string path = write("wrong.sol", solution);
    expect_one_error_line(run_cli("check " + kShipped + "E-n13-k4.vrp " + path),
                          path +
                              ":5: expected Cost 247 (the distance of the routes under --rounding tsplib), "
                              "found 240");
}

TEST_F(CliNewcomer, JsonSolutionCarriesSchedulesAndRouteTotals) {
    const std::string json = (directory_ / "c102.json").string();
    ASSERT_EQ(run_cli("solve " + kShipped + "C102.txt --iterations 0 -q --initial " + kShipped +
                      "C102.sol -o " + json)
                  .exit_code,
              0);
    const std::string text = test::slurp(json);
    for (const char* field : {"\"schedules\"", "\"arrival\"", "\"waiting\"", "\"start\"", "\"duration\"",
                              "\"distance\"", "\"load\""})
        EXPECT_NE(text.find(field), std::string::npos) << field;
    EXPECT_EQ(run_cli("check " + kShipped + "C102.txt " + json).exit_code, 0);
}

TEST_F(CliNewcomer, FractionalCoordinatesUnderIntegerRoundingWarn) {
    const std::string json = write("latlon.json", "{\"coordinates\": [[4.35, 50.84], [4.40, 50.85]]}");
    const test::CliRun run = run_cli("info " + json);
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(
        run.output.find("routekit: " + json + ":1: warning: fractional coordinates under rounding tsplib"),
        std::string::npos)
        << run.output;
}

TEST(CliVersion, ComesFromTheProjectVersion) {
    const std::string cmake = test::slurp(ROUTEKIT_SOURCE_DIR "/CMakeLists.txt");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(cmake, match, std::regex(R"(project\(Routekit VERSION ([0-9.]+))")));
    EXPECT_EQ(run_cli("--version").output, "routekit " + match[1].str() + "\n");
}

// A Solomon file's windows and service times by customer number (the file's ids are 0..n).
struct SolomonCustomer {
    double ready = 0, due = 0, service = 0;
};
std::map<long long, SolomonCustomer> solomon_customers(const std::string& path) {
    std::map<long long, SolomonCustomer> customers;
    std::istringstream lines(test::slurp(path));
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        double values[7];
        int read = 0;
        while (read < 7 && fields >> values[read]) ++read;
        if (read == 7) customers[static_cast<long long>(values[0])] = {values[4], values[5], values[6]};
    }
    return customers;
}

TEST_F(CliNewcomer, ScheduleTableHoldsEachRoutesTotalsAndTimes) {
    const std::string instance = kShipped + "C102.txt";
    const test::CliRun run = run_cli("check " + instance + " " + kShipped + "C102.sol --schedule");
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const std::map<long long, SolomonCustomer> customers = solomon_customers(instance);
    ASSERT_EQ(customers.size(), 101u);
    const std::regex header(
        R"(Route #(\d+): vehicle (\d+), distance ([\d.]+), duration ([\d.]+), load (\d+)/200, departs ([\d.]+))");
    const std::regex stop(R"(\s+(\d+|end)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+|-)\s+(\d+))");
    std::istringstream lines(run.output);
    std::string line;
    int routes = 0, visits = 0;
    double total_distance = 0, route_end = 0, departs = 0;
    long long route_load = 0, previous_load = 0;
    std::smatch match;
    while (std::getline(lines, line)) {
        if (std::regex_match(line, match, header)) {
            ++routes;
            EXPECT_EQ(match[1].str(), match[2].str());
            total_distance += std::stod(match[3]);
            route_end =
                std::stod(match[6]) + std::stod(match[4]);  // departure plus duration: back at the depot
            departs = std::stod(match[6]);
            route_load = std::stoll(match[5]);
            previous_load = 0;
        } else if (std::regex_match(line, match, stop)) {
            const SolomonCustomer& at = customers.at(std::stoll(match[2]));
            const double arrival = std::stod(match[3]), waiting = std::stod(match[4]),
                         start = std::stod(match[5]);
            EXPECT_NEAR(arrival + waiting, start, 1e-9) << line;
            EXPECT_GE(start, at.ready) << line;
            EXPECT_LE(start, at.due) << line;
            EXPECT_GE(arrival, departs) << line;
            const long long load = std::stoll(match[7]);
            EXPECT_GE(load, previous_load) << line;
            previous_load = load;
            if (match[1] == "end") {
                EXPECT_EQ(std::stoll(match[2]), 0);
                EXPECT_NEAR(arrival, route_end, 1e-9) << line;
                EXPECT_EQ(load, route_load) << line;
            } else {
                ++visits;
                EXPECT_NEAR(std::stod(match[6]), start + at.service, 1e-9) << line;
            }
        }
    }
    EXPECT_EQ(routes, 10);
    EXPECT_EQ(visits, 100);
    const std::regex cost_line(R"(Cost ([\d.]+))");
    ASSERT_TRUE(std::regex_search(run.output, match, cost_line));
    EXPECT_NEAR(total_distance, std::stod(match[1]), 1e-6);
    // solve prints it after the solution; without --schedule there is none.
    const test::CliRun solved = run_cli("solve " + instance + " --iterations 3 -q --schedule");
    ASSERT_EQ(solved.exit_code, 0) << solved.output;
    EXPECT_LT(solved.output.find("Cost "), solved.output.find("Route #1: vehicle 1, distance"));
    EXPECT_EQ(run_cli("solve " + instance + " --iterations 3 -q").output.find(", departs "),
              std::string::npos);
}

}  // namespace
}  // namespace routekit
