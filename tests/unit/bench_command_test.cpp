// Acceptance test of `routekit bench`: a three-instance manifest (two shipped instances and a broken path)
// at a 1 s budget, run through the real CLI.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "apps/routekit/bench_manifest.hpp"

namespace routekit::cli {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class BenchCommand : public testing::Test {
  protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("routekit_bench_test_" + std::to_string(getpid()));
        fs::remove_all(folder_);
        fs::create_directories(folder_);
        const std::string instances = ROUTEKIT_SOURCE_DIR "/instances/";
        std::ofstream manifest(folder_ / "manifest.csv");
        manifest << "set,name,path,problem,n_nodes,best_known,is_optimal,rounding,objective_note\n"
                 << "CVRPLIB-E,E-n13-k4," << instances << "E-n13-k4.vrp,CVRP,13,247,yes,tsplib,\"a, b\"\n"
                 << "TSPLIB,berlin52," << instances
                 << "berlin52.tsp,TSP,52,7542,yes,tsplib,\"c \"\"d\"\", e\"\n"
                 << "Broken,missing,no/such/file.vrp,CVRP,10,100,yes,tsplib,f\n";
    }
    void TearDown() override { fs::remove_all(folder_); }

    // Runs the CLI; returns its exit status.
    int run(const std::string& arguments) {
        const std::string command = std::string(ROUTEKIT_CLI) + " bench " + arguments + " > " +
                                    (folder_ / "stderr.txt").string() + " 2>&1";
        const int status = std::system(command.c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    fs::path folder_;
};

TEST_F(BenchCommand, WritesOneRowPerRunAndReportsTheBrokenInstance) {
    const fs::path out = folder_ / "out";
    ASSERT_EQ(run((folder_ / "manifest.csv").string() + " --time-limit 1 --out " + out.string()), 0)
        << slurp(folder_ / "stderr.txt");
    EXPECT_NE(slurp(folder_ / "stderr.txt").find("3/3"), std::string::npos);  // the progress line

    const std::vector<CsvRow> rows = parse_csv(slurp(out / "runs.csv"), "runs.csv");
    ASSERT_EQ(rows.size(), 4u);
    const std::vector<std::string> header = {
        "set",      "instance", "n",          "seed",      "budget_s",       "threads",
        "init",     "cost",     "best_known", "gap_pct",   "time_to_best_s", "iterations",
        "feasible", "error",    "trace",      "elapsed_s", "cpu_s"};
    EXPECT_EQ(rows[0].fields, header);
    std::map<std::string, std::map<std::string, std::string>> by_instance;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        ASSERT_EQ(rows[r].fields.size(), header.size());
        for (std::size_t c = 0; c < header.size(); ++c)
            by_instance[rows[r].fields[1]][header[c]] = rows[r].fields[c];
    }

    // The broken path is a failed row with its reason, not an abort.
    const auto& broken = by_instance.at("missing");
    EXPECT_EQ(broken.at("set"), "Broken");
    EXPECT_NE(broken.at("error").find("no/such/file.vrp"), std::string::npos);
    EXPECT_EQ(broken.at("gap_pct"), "");
    EXPECT_EQ(broken.at("cost"), "");
    const std::string summary = slurp(out / "summary.md");
    EXPECT_NE(summary.find("| Broken | 1 | 1 | 1 |"), std::string::npos) << summary;

    const std::map<std::string, double> best = {{"E-n13-k4", 247}, {"berlin52", 7542}};
    for (const auto& [name, best_known] : best) {
        const auto& row = by_instance.at(name);
        EXPECT_EQ(row.at("budget_s"), "1");
        EXPECT_EQ(row.at("seed"), "1");
        EXPECT_EQ(row.at("best_known"), std::to_string(static_cast<int>(best_known)));
        ASSERT_EQ(row.at("error"), "") << name;
        EXPECT_EQ(row.at("feasible"), "yes");
        const double cost = std::stod(row.at("cost"));
        EXPECT_GE(cost, best_known) << name << " is optimal at " << best_known;
        EXPECT_NEAR(std::stod(row.at("gap_pct")), 100 * (cost - best_known) / best_known, 1e-4) << name;
        EXPECT_TRUE(fs::exists(out / row.at("trace"))) << row.at("trace");
        EXPECT_EQ(slurp(out / row.at("trace")).rfind("seconds,cost\n", 0), 0u);
    }
}

// An iteration budget (0: construction and one descent) makes runs fast and reproducible: each seed has its
// row, and running the bench again gives the same costs.
TEST_F(BenchCommand, IterationBudgetRunsEverySeedReproducibly) {
    std::vector<std::vector<std::string>> costs;
    for (const char* out : {"a", "b"}) {
        ASSERT_EQ(
            run((folder_ / "manifest.csv").string() +
                " --name 'E-n13-k4|missing' --iterations 0 --seeds 2 --out " + (folder_ / out).string()),
            0)
            << slurp(folder_ / "stderr.txt");
        const std::vector<CsvRow> rows = parse_csv(slurp(folder_ / out / "runs.csv"), "runs.csv");
        ASSERT_EQ(rows.size(), 5u);
        std::vector<std::string> column;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            EXPECT_EQ(rows[r].fields[4], "none");                           // budget_s
            EXPECT_EQ(rows[r].fields[3], std::to_string(1 + (r - 1) % 2));  // seed
            column.push_back(rows[r].fields[7]);                            // cost
        }
        costs.push_back(column);
    }
    EXPECT_EQ(costs[0], costs[1]);
    EXPECT_NE(costs[0][0], "");
    EXPECT_EQ(costs[0][2], "");  // the missing file
}

// A best known written as a fixed-point integer (PyVRP's PCVRPTW and MTVRPTWR manifests print tenths) gives
// the gap of the same value written with its decimal: C102 (one decimal) once with 828.9, once with 8289.
TEST_F(BenchCommand, AFixedPointBestKnownGivesTheGapOfItsPlainValue) {
    std::ofstream manifest(folder_ / "tenths.csv");
    const std::string file = ROUTEKIT_SOURCE_DIR "/instances/C102.txt";
    manifest << "set,name,path,best_known,rounding\n"
             << "Plain,C102," << file << ",828.9,trunc1\n"
             << "Tenths,C102," << file << ",8289,trunc1\n";
    manifest.close();
    const fs::path out = folder_ / "tenths";
    ASSERT_EQ(run((folder_ / "tenths.csv").string() + " --iterations 0 --out " + out.string()), 0)
        << slurp(folder_ / "stderr.txt");
    const std::vector<CsvRow> rows = parse_csv(slurp(out / "runs.csv"), "runs.csv");
    ASSERT_EQ(rows.size(), 3u);
    const std::string& cost = rows[1].fields[7];
    ASSERT_NE(cost, "");
    EXPECT_EQ(rows[2].fields[7], cost);
    const double gap = 100 * (std::stod(cost) - 828.9) / 828.9;
    EXPECT_NEAR(std::stod(rows[1].fields[9]), gap, 1e-4);
    EXPECT_NEAR(std::stod(rows[2].fields[9]), gap, 1e-4);
    EXPECT_LT(gap, 50);
}

// With --cpu-time the budget counts process CPU seconds: the run cannot end before it has used them, however
// busy the machine (nothing here depends on wall-clock time).
TEST_F(BenchCommand, CpuTimeBudgetIsSpentInCpuSeconds) {
    const fs::path out = folder_ / "cpu";
    ASSERT_EQ(run((folder_ / "manifest.csv").string() +
                  " --name E-n13-k4 --time-limit 0.3 --cpu-time --out " + out.string()),
              0)
        << slurp(folder_ / "stderr.txt");
    const std::vector<CsvRow> rows = parse_csv(slurp(out / "runs.csv"), "runs.csv");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].fields[13], "");              // error
    EXPECT_GE(std::stod(rows[1].fields[16]), 0.3);  // cpu_s
    EXPECT_NE(slurp(out / "summary.md").find("process CPU seconds"), std::string::npos);
}

TEST_F(BenchCommand, RejectsARunWithoutBudgetAndAnEmptySelection) {
    const std::string manifest = (folder_ / "manifest.csv").string();
    EXPECT_EQ(run(manifest + " --out " + (folder_ / "o").string()), 2);
    EXPECT_EQ(run(manifest + " --time-limit 1 --set Nothing --out " + (folder_ / "o").string()), 2);
    EXPECT_NE(slurp(folder_ / "stderr.txt").find("matches"), std::string::npos);
}

}  // namespace
}  // namespace routekit::cli
