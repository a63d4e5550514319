#include <gtest/gtest.h>

#include "apps/routekit/bench_manifest.hpp"
#include "apps/routekit/bench_report.hpp"

namespace routekit::cli {
namespace {

TEST(BenchReport, GapIsRelativeToTheBestKnownValue) {
    EXPECT_DOUBLE_EQ(*gap_percent(26889, 26362), 100.0 * 527 / 26362);
    EXPECT_DOUBLE_EQ(*gap_percent(247, 247), 0.0);
    EXPECT_LT(*gap_percent(555.4296424, 555.43), 0.0);  // published values are rounded
    EXPECT_FALSE(gap_percent(100, std::nullopt));
    EXPECT_FALSE(gap_percent(100, 0.0));
}

TEST(BenchReport, BestKnownIsReachedAtItsPublishedPrecision) {
    EXPECT_TRUE(reaches_best_known(555.4296424, "555.43"));
    EXPECT_FALSE(reaches_best_known(555.4351, "555.43"));
    EXPECT_TRUE(reaches_best_known(827.3, "827.3"));
    EXPECT_TRUE(reaches_best_known(246, "247"));
    EXPECT_FALSE(reaches_best_known(248, "247"));
    EXPECT_FALSE(reaches_best_known(248, ""));
    EXPECT_EQ(compare_to_best_known(555.4296424, "555.43"), 0);
    EXPECT_EQ(compare_to_best_known(503, "534"), -1);
    EXPECT_EQ(compare_to_best_known(827.4, "827.3"), 1);
}

// PyVRP's manifests write fixed-point best knowns (tenths for PCVRPTW and MTVRPTWR, thousandths for MDVRPTW
// and SDVRPTW); others write plain values, integers too (Solomon's C206: 586).
TEST(BenchReport, FixedPointBestKnownsAreReadAtTheirScale) {
    EXPECT_EQ(best_known_scale(24582.6, "24582.6", "245391"), 10);
    EXPECT_EQ(best_known_scale(4702.5, "4702.5", "47025"), 10);
    EXPECT_EQ(best_known_scale(1655.42, "1655.420", "1655420"), 1000);
    EXPECT_EQ(best_known_scale(1655.4203, "1655.4203", "1655420"), 1000);  // read as `exact`
    EXPECT_EQ(best_known_scale(5554296424.0 / 1e7, "555.4296424", "5554296424"), 1e7);
    EXPECT_EQ(best_known_scale(588.9, "588.9", "586"), 1);
    EXPECT_EQ(best_known_scale(16063.61, "16063.61", "15859.34"), 1);
    EXPECT_EQ(best_known_scale(6779.372, "6779.372", "6655.548"), 1);
    EXPECT_EQ(best_known_scale(26889, "26889", "26362"), 1);  // integer costs: integers as they are
    EXPECT_EQ(best_known_scale(2688.9, "2688.9", ""), 1);
}

TEST(BenchReport, CsvLineQuotesWhatNeedsIt) {
    RunRecord record;
    record.set = "S";
    record.instance = "a";
    record.n = 13;
    record.seed = 2;
    record.budget = 1.5;
    record.init = "savings";
    record.cost = "250";
    record.best_known = "247";
    record.gap_percent = 100.0 * 3 / 247;
    record.time_to_best = 0.25;
    record.iterations = 40;
    record.feasible = true;
    record.error = "bad \"x\", y";
    record.trace = "traces/t.csv";
    record.elapsed = 2;
    record.cpu_seconds = 1.5;
    EXPECT_EQ(
        runs_csv_line(record),
        "S,a,13,2,1.5,1,savings,250,247,1.2146,0.250,40,yes,\"bad \"\"x\"\", y\",traces/t.csv,2.000,1.500");
    const std::vector<CsvRow> rows = parse_csv(runs_csv_header() + "\n" + runs_csv_line(record), "runs.csv");
    ASSERT_EQ(rows.size(), 2u);
    ASSERT_EQ(rows[1].fields.size(), rows[0].fields.size());
    EXPECT_EQ(rows[1].fields[13], record.error);
    EXPECT_EQ(format_budget(0), "none");
}

RunRecord finished(const std::string& set, const std::string& name, double cost, const std::string& best,
                   double time_to_best) {
    RunRecord record;
    record.set = set;
    record.instance = name;
    record.budget = 1;
    record.cost = std::to_string(cost);
    record.cost_value = cost;
    record.best_known = best;
    record.gap_percent = gap_percent(cost, std::stod(best));
    record.time_to_best = time_to_best;
    record.feasible = true;
    record.elapsed = 1;
    record.cpu_seconds = 0.5;
    return record;
}

TEST(BenchReport, SummaryAggregatesPerSetAndBudget) {
    std::vector<RunRecord> records = {
        finished("A", "a", 100, "100", 0.5), finished("A", "b", 103, "100", 1.5),
        finished("A", "c", 101, "100", 1.0), finished("B", "d", 555.4296424, "555.43", 2.0)};
    RunRecord failed;
    failed.set = "A";
    failed.instance = "broken";
    failed.budget = 1;
    failed.error = "broken.vrp: cannot open";
    records.push_back(failed);
    const std::string summary = summary_markdown(records, "notes");
    EXPECT_NE(summary.find("| A | 1 | 4 | 1 | 1.333 | 1.000 | 1 / 3 | 1.00 | 50% |"), std::string::npos)
        << summary;
    EXPECT_NE(summary.find("| B | 1 | 1 | 0 | -0.000 | -0.000 | 1 / 1 | 2.00 | 50% |"), std::string::npos)
        << summary;
    EXPECT_NE(summary.find("| **all** | 1 | 5 | 1 | 1.000 | 0.500 | 2 / 4 | 1.25 | 50% |"), std::string::npos)
        << summary;
    EXPECT_NE(summary.find("| A | broken | 1 | 1 | broken.vrp: cannot open |"), std::string::npos) << summary;
    EXPECT_EQ(summary.find("Below the best known"), std::string::npos) << summary;
    records.push_back(finished("B", "e", 503, "534", 0.1));
    EXPECT_NE(summary_markdown(records, "").find("| B | e | 1 | 1 | 503.000000 | 534 | -5.805 |"),
              std::string::npos);
}

}  // namespace
}  // namespace routekit::cli
