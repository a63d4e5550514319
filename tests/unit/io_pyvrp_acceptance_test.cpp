// Acceptance over PyVRP's benchmark families (../shared/instances/pyvrp): every instance reads with the
// stated size and every shipped .sol checks feasible at exactly its best-known value, in the units the
// manifest's objective_note gives.
#include <gtest/gtest.h>

#include <optional>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/error.hpp"
#include "tests/unit/io_manifest_support.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;
using namespace routekit::manifest;

// Rows above this size (4 XXL, 9 TSP: classic CVRP/TSP files up to 20,001 nodes) are left out to keep the
// test short: up to 10,000 nodes they build an n*n matrix. That they read at all is tested with the arc-cost
// storage (model_arc_costs_test); four of the TSPs' .sol files are longer LKH tours than the TSPLIB optimum
// the manifest gives, like fl1577 below.
constexpr int kLargestRowRead = 3001;

// Published values that do not reproduce, with the reason found: for these TSPs the manifest's best_known
// is the TSPLIB optimum while the shipped .sol is a longer LKH tour (README, objective_note).
const std::map<std::string, std::string> kKnownMismatches = {
    {"PyVRP-TSP/fl1577", "cost 22254 instead of 22249"},
    {"PyVRP-TSP/rl1889", "cost 316549 instead of 316536"}};

// The best-known value in stored units when the note says it is printed as PyVRP's fixed-point integer
// (tenths for trunc1 families, thousandths for the "x1000" ones); nullopt when it is in the file's units.
std::optional<Cost> stored_best_known(const Row& row) {
    const std::string& note = row.at("objective_note");
    if (note.find("printed in tenths") != std::string::npos || note.find("fixed-point x1000") != std::string::npos)
        return std::stoll(row.at("best_known"));
    return std::nullopt;
}

TEST(IoPyvrpAcceptance, EveryFamilyReadsAndEveryShippedSolutionChecksAtItsBestKnown) {
    const fs::path root = fs::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp";
    if (!fs::exists(root / "manifest.csv")) GTEST_SKIP() << "no " << root << "/manifest.csv";
    const std::vector<Row> rows = read_csv(root / "manifest.csv");
    EXPECT_EQ(rows.size(), 433u);
    int checked = 0;
    std::vector<std::string> left_out;
    for (const Row& row : rows) {
        SCOPED_TRACE(row.at("path"));
        const fs::path path = root / row.at("path");
        ReadOptions options;
        options.rounding = rounding_of(row);
        if (std::stoi(row.at("n_nodes")) > kLargestRowRead) {
            left_out.push_back(row.at("name"));
            continue;
        }
        const Instance instance = read_instance(path.string(), options);
        EXPECT_EQ(instance.num_nodes(), std::stoi(row.at("n_nodes")));
        const fs::path solution_path = path.parent_path() / (path.stem().string() + ".sol");
        const Solution solution = read_solution(solution_path.string(), instance);
        const CheckReport report = check_solution(instance, solution);
        std::string outcome;
        if (!report.feasible) {
            outcome = "infeasible: " + report.violations.front().message;
        } else if (const std::optional<Cost> stored = stored_best_known(row)) {
            if (report.cost != *stored) outcome = "cost " + std::to_string(report.cost) + " instead of " + row.at("best_known");
        } else {
            outcome = check_known(instance, solution_path, row.at("best_known"));
        }
        const auto known = kKnownMismatches.find(row.at("set") + "/" + row.at("name"));
        EXPECT_EQ(outcome, known == kKnownMismatches.end() ? "" : known->second) << row.at("set");
        ++checked;
    }
    EXPECT_EQ(left_out.size(), 13u) << "rows above " << kLargestRowRead << " nodes left out";
    EXPECT_EQ(checked, 420);
}

}  // namespace
}  // namespace routekit
