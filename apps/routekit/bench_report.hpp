#pragma once
// What the benchmark harness writes: one runs.csv row per run, the summary.md tables per set and budget,
// and a progress line on stderr.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace routekit::cli {

/// The outcome of one (instance, budget, seed) run. A failed run (unreadable instance, infeasible solution,
/// exception) has a non-empty `error` and no gap.
struct RunRecord {
    std::string set;
    std::string instance;
    std::optional<int> n;
    std::uint64_t seed = 1;
    double budget = 0;  ///< seconds; 0: no time limit (an iteration budget)
    int threads = 1;
    std::string init;
    std::string cost;        ///< in the file's units (format_cost); empty when nothing was solved
    double cost_value = 0;   ///< the same in best_known's units (best_known_scale), for gaps
    std::string best_known;  ///< as the manifest writes it; may be empty
    std::optional<double> gap_percent;
    double time_to_best = 0;
    std::int64_t iterations = 0;
    bool feasible = false;
    std::string error;
    std::string trace;       ///< the run's trace file, relative to the output folder; empty when none
    double elapsed = 0;      ///< wall-clock seconds of the run, reading included
    double cpu_seconds = 0;  ///< CPU time the process used meanwhile: on a loaded machine, far below elapsed

    bool failed() const { return !error.empty(); }
};

/// The factor that puts `cost` (in the file's units, written as `cost_text`) in the units of a manifest's
/// `best_known`: 1, except for a best known written as an integer against a cost that carries decimals,
/// which may be the stored fixed-point integer (PyVRP's .sol files print objectives so: PCVRPTW's 245391 is
/// 24539.1, MDVRPTW's 6655548 is 6655.548) or a plain value (Solomon's C206: 586): of the conventions'
/// scales (1, 10, 1000, 10^7), the one that brings best_known / scale nearest the cost.
double best_known_scale(double cost, const std::string& cost_text, const std::string& best_known);

/// 100 * (cost - best_known) / best_known, both in the file's units; nullopt without a (non-zero) best.
std::optional<double> gap_percent(double cost, std::optional<double> best_known);

/// Compares `cost` with a non-empty `best_known` at the precision the best was published with: -1 below it,
/// 0 equal, 1 above. 555.4296424 equals a best of "555.43", since it rounds to 555.43.
int compare_to_best_known(double cost, const std::string& best_known);
/// The cost equals or beats a (non-empty) best known value at its published precision.
inline bool reaches_best_known(double cost, const std::string& best_known) {
    return !best_known.empty() && compare_to_best_known(cost, best_known) <= 0;
}

/// Quotes a CSV field when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text);

/// A budget as it appears in tables and file names: "1", "2.5", "none" for 0.
std::string format_budget(double seconds);

/// The runs.csv columns, in order.
std::string runs_csv_header();
std::string runs_csv_line(const RunRecord& record);

/// Writes runs.csv one row at a time and flushes each, so that an interrupted bench keeps its finished runs.
class RunsCsvWriter {
  public:
    explicit RunsCsvWriter(const std::string& path);
    void write(const RunRecord& record);

  private:
    std::ofstream out_;
};

/// Per set and budget (in order of first appearance): runs, failures, mean and median gap, runs at the best
/// known value, mean time to best; then the same over all sets when there are several.
std::string summary_markdown(const std::vector<RunRecord>& records, const std::string& title_notes);

/// The "[k/N]" progress line on stderr: redrawn in place on a terminal, one line per run otherwise.
class ProgressLine {
  public:
    explicit ProgressLine(int total_runs, std::FILE* stream = stderr);
    /// Reports that run `done` (1-based) finished; `last` describes it.
    void update(int done, const RunRecord& last);
    void finish();

  private:
    int total_;
    std::FILE* stream_;
    bool terminal_;
    std::chrono::steady_clock::time_point start_;
    double gap_sum_ = 0;
    int gap_count_ = 0;
    int failures_ = 0;
};

}  // namespace routekit::cli
