// The messages the MPI component sends: solutions and bench run outcomes survive the round trip exactly, and
// a damaged message is an error, never a crash.
#include <gtest/gtest.h>

#include <stdexcept>

#include "apps/routekit/bench_record_codec.hpp"
#include "distributed/solution_codec.hpp"
#include "routekit/model/error.hpp"

namespace routekit {
namespace {

TEST(SolutionCodec, RoundTripsSolutionsAndRejectsDamagedMessages) {
    Solution a;
    a.routes = {{3, 1, 2}, {}, {5, 4}};
    Solution b;
    b.routes = {{7}};
    const std::vector<std::int32_t> message = distributed::encode_solutions({a, b, Solution{}});
    EXPECT_EQ(message, (std::vector<std::int32_t>{3, 3, 3, 3, 1, 2, 0, 2, 5, 4, 1, 1, 7, 0}));
    const std::vector<Solution> back = distributed::decode_solutions(message);
    ASSERT_EQ(back.size(), 3u);
    EXPECT_EQ(back[0], a);
    EXPECT_EQ(back[1], b);
    EXPECT_EQ(back[2], Solution{});
    const std::vector<std::int32_t> truncated(message.begin(), message.end() - 2);
    EXPECT_THROW(distributed::decode_solutions(truncated), std::runtime_error);
    EXPECT_THROW(distributed::decode_solutions(std::vector<std::int32_t>{1, -4}), std::runtime_error);
    EXPECT_THROW(distributed::decode_solutions(std::vector<std::int32_t>{1, 1000000}), std::runtime_error);
}

TEST(RunOutcomeCodec, RoundTripsEveryFieldBitForBit) {
    cli::RunOutcome outcome;
    cli::RunRecord& r = outcome.record;
    r.set = "X, \"quoted\"";
    r.instance = "X-n106-k14";
    r.n = 106;
    r.seed = 3;
    r.budget = 0.1;
    r.threads = 2;
    r.init = "savings";
    r.cost = "26428";
    r.cost_value = 26428.000000000004;
    r.best_known = "26362";
    r.gap_percent = 0.1 + 0.2;
    r.time_to_best = 1.0 / 3.0;
    r.iterations = 1234567890123;
    r.feasible = true;
    r.trace = "traces/x.csv";
    r.elapsed = 2.5e-7;
    r.cpu_seconds = 1e300;
    outcome.trace_csv = "seconds,cost\n0.5,26500\n";
    const cli::RunOutcome back = cli::decode_run_outcome(cli::encode_run_outcome(outcome));
    EXPECT_EQ(cli::runs_csv_line(back.record), cli::runs_csv_line(r));
    EXPECT_EQ(back.record.cost_value, r.cost_value);
    EXPECT_EQ(back.record.gap_percent, r.gap_percent);
    EXPECT_EQ(back.record.time_to_best, r.time_to_best);
    EXPECT_EQ(back.record.n, r.n);
    EXPECT_EQ(back.trace_csv, outcome.trace_csv);

    cli::RunOutcome failed;
    failed.record.error = "no such file";
    const cli::RunOutcome failed_back = cli::decode_run_outcome(cli::encode_run_outcome(failed));
    EXPECT_FALSE(failed_back.record.n.has_value());
    EXPECT_FALSE(failed_back.record.gap_percent.has_value());
    EXPECT_EQ(failed_back.record.error, "no such file");
    EXPECT_THROW(cli::decode_run_outcome("{\"set\": 1}"), InputError);
}

}  // namespace
}  // namespace routekit
