#include "apps/routekit/bench_report.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <sstream>

#include "routekit/model/error.hpp"
#include "routekit/model/units.hpp"

namespace routekit::cli {

namespace {

std::string format_fixed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

// Digits after the decimal point of a number as written ("555.43" -> 2, "26362" -> 0).
int decimals_of(const std::string& number) {
    const std::size_t point = number.find('.');
    if (point == std::string::npos) return 0;
    std::size_t end = point + 1;
    while (end < number.size() && number[end] >= '0' && number[end] <= '9') ++end;
    return static_cast<int>(end - point - 1);
}

double mean(const std::vector<double>& values) {
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

double median(const std::vector<double>& unsorted) {
    std::vector<double> values = unsorted;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// The figures of one table line: a set (or all sets) at one budget.
struct GroupStats {
    int runs = 0;
    int failures = 0;
    int with_best_known = 0;  ///< finished runs whose instance has a best known value
    int at_best_known = 0;
    std::vector<double> gaps;
    std::vector<double> times_to_best;
    double elapsed = 0;
    double cpu_seconds = 0;

    void add(const RunRecord& record) {
        ++runs;
        if (record.failed()) {
            ++failures;
            return;
        }
        times_to_best.push_back(record.time_to_best);
        elapsed += record.elapsed;
        cpu_seconds += record.cpu_seconds;
        if (!record.gap_percent) return;
        gaps.push_back(*record.gap_percent);
        ++with_best_known;
        if (reaches_best_known(record.cost_value, record.best_known)) ++at_best_known;
    }
};

std::string table_line(const std::string& set, double budget, const GroupStats& stats) {
    // A dash where nothing finished to compute a figure from.
    const auto figure = [](const std::vector<double>& values, double (*statistic)(const std::vector<double>&),
                           int decimals) {
        return values.empty() ? "-" : format_fixed(statistic(values), decimals);
    };
    const std::string cpu_share =
        stats.elapsed > 0 ? format_fixed(100 * stats.cpu_seconds / stats.elapsed, 0) + "%" : "-";
    std::ostringstream line;
    line << "| " << set << " | " << format_budget(budget) << " | " << stats.runs << " | " << stats.failures
         << " | " << figure(stats.gaps, mean, 3) << " | " << figure(stats.gaps, median, 3) << " | "
         << stats.at_best_known << " / " << stats.with_best_known << " | "
         << figure(stats.times_to_best, mean, 2) << " | " << cpu_share << " |\n";
    return line.str();
}

}  // namespace

double best_known_scale(double cost, const std::string& cost_text, const std::string& best_known) {
    if (decimals_of(cost_text) == 0 || best_known.empty() || best_known.find('.') != std::string::npos)
        return 1;
    const double best = std::stod(best_known);
    if (!(cost > 0) || !(best > 0)) return 1;
    double nearest = 1;
    for (const Rounding rounding : {Rounding::trunc1, Rounding::milli, Rounding::exact}) {
        const auto scale = static_cast<double>(scale_of(rounding));
        if (std::abs(std::log(best / scale / cost)) < std::abs(std::log(best / nearest / cost)))
            nearest = scale;
    }
    return nearest;
}

std::optional<double> gap_percent(double cost, std::optional<double> best_known) {
    if (!best_known || *best_known == 0) return std::nullopt;
    return 100.0 * (cost - *best_known) / *best_known;
}

int compare_to_best_known(double cost, const std::string& best_known) {
    const double scale = std::pow(10.0, decimals_of(best_known));
    const long long ours = std::llround(cost * scale);
    const long long theirs = std::llround(std::stod(best_known) * scale);
    return ours < theirs ? -1 : ours > theirs ? 1 : 0;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string format_budget(double seconds) {
    if (seconds <= 0) return "none";
    char text[32];
    std::snprintf(text, sizeof text, "%g", seconds);
    return text;
}

std::string runs_csv_header() {
    return "set,instance,n,seed,budget_s,threads,init,cost,best_known,gap_pct,time_to_best_s,iterations,"
           "feasible,error,trace,elapsed_s,cpu_s";
}

std::string runs_csv_line(const RunRecord& r) {
    std::ostringstream line;
    line << csv_field(r.set) << ',' << csv_field(r.instance) << ',' << (r.n ? std::to_string(*r.n) : "")
         << ',' << r.seed << ',' << format_budget(r.budget) << ',' << r.threads << ',' << csv_field(r.init)
         << ',' << r.cost << ',' << csv_field(r.best_known) << ','
         << (r.gap_percent ? format_fixed(*r.gap_percent, 4) : "") << ','
         << (r.cost.empty() ? "" : format_fixed(r.time_to_best, 3)) << ','
         << (r.cost.empty() ? "" : std::to_string(r.iterations)) << ',' << (r.feasible ? "yes" : "no") << ','
         << csv_field(r.error) << ',' << csv_field(r.trace) << ',' << format_fixed(r.elapsed, 3) << ','
         << format_fixed(r.cpu_seconds, 3);
    return line.str();
}

RunsCsvWriter::RunsCsvWriter(const std::string& path) : out_(path) {
    if (!out_) throw InputError(path, 0, "cannot open for writing");
    out_ << runs_csv_header() << '\n' << std::flush;
}

void RunsCsvWriter::write(const RunRecord& record) {
    out_ << runs_csv_line(record) << '\n' << std::flush;
}

std::string summary_markdown(const std::vector<RunRecord>& records, const std::string& title_notes) {
    // One table block per budget, its sets in order of first appearance, then the line over all of them.
    std::vector<double> budgets;
    std::vector<std::string> sets;
    std::map<std::pair<double, std::string>, GroupStats> groups;
    std::map<double, GroupStats> all_sets;
    for (const RunRecord& record : records) {
        if (std::find(budgets.begin(), budgets.end(), record.budget) == budgets.end())
            budgets.push_back(record.budget);
        if (std::find(sets.begin(), sets.end(), record.set) == sets.end()) sets.push_back(record.set);
        groups[{record.budget, record.set}].add(record);
        all_sets[record.budget].add(record);
    }

    std::ostringstream out;
    out << "# Benchmark summary\n\n" << title_notes << "\n\n";
    out << "| set | budget (s) | runs | failed | mean gap % | median gap % | at best known | "
           "mean time to best (s) | CPU / wall |\n";
    out << "|---|---|---|---|---|---|---|---|---|\n";
    for (double budget : budgets) {
        for (const std::string& set : sets) {
            const auto group = groups.find({budget, set});
            if (group != groups.end()) out << table_line(set, budget, group->second);
        }
        if (sets.size() > 1) out << table_line("**all**", budget, all_sets[budget]);
    }
    out << "\nGaps are 100 × (cost − best known) / best known in the file's units (a best known written as "
           "a fixed-point integer, as PyVRP's are, read at the scale that brings it nearest the cost: 245391 "
           "as 24539.1), over the runs that finished "
           "with a feasible solution on an instance with a best known value. \"At best known\" counts those "
           "runs whose cost, rounded to the precision the best known value is published with, equals or "
           "beats it. \"CPU / wall\" is the CPU time the bench process used over the wall-clock time of "
           "those "
           "runs: far below 100% × threads, the machine was busy and the budgets bought less search. Failed "
           "runs (unreadable instance, infeasible solution, error) are listed in runs.csv with their "
           "reason.\n";
    // A cost below a published best is either a new record or, far more often, a modelling difference (a
    // fleet limit the file does not state, another rounding): either way someone must look at it.
    std::vector<const RunRecord*> below;
    for (const RunRecord& record : records)
        if (record.gap_percent && compare_to_best_known(record.cost_value, record.best_known) < 0)
            below.push_back(&record);
    if (!below.empty()) {
        out << "\n## Below the best known value\n\nCheck these: a new record, or a model that differs from "
               "the "
               "one the value was published for (fleet size, rounding).\n\n"
               "| set | instance | budget (s) | seed | cost | best known | gap % "
               "|\n|---|---|---|---|---|---|---|\n";
        for (const RunRecord* record : below)
            out << "| " << record->set << " | " << record->instance << " | " << format_budget(record->budget)
                << " | " << record->seed << " | " << record->cost << " | " << record->best_known << " | "
                << format_fixed(*record->gap_percent, 3) << " |\n";
    }
    std::vector<const RunRecord*> failed;
    for (const RunRecord& record : records)
        if (record.failed()) failed.push_back(&record);
    if (!failed.empty()) {
        out << "\n## Failed runs\n\n| set | instance | budget (s) | seed | error |\n|---|---|---|---|---|\n";
        for (const RunRecord* record : failed) {
            std::string error = record->error;
            std::replace(error.begin(), error.end(), '|', '/');
            std::replace(error.begin(), error.end(), '\n', ' ');
            out << "| " << record->set << " | " << record->instance << " | " << format_budget(record->budget)
                << " | " << record->seed << " | " << error << " |\n";
        }
    }
    return out.str();
}

ProgressLine::ProgressLine(int total_runs, std::FILE* stream)
    : total_(total_runs),
      stream_(stream),
      terminal_(isatty(fileno(stream)) != 0),
      start_(std::chrono::steady_clock::now()) {}

void ProgressLine::update(int done, const RunRecord& last) {
    if (last.gap_percent) {
        gap_sum_ += *last.gap_percent;
        ++gap_count_;
    }
    if (last.failed()) ++failures_;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double left = done > 0 ? elapsed / done * (total_ - done) : 0;
    const int width = 20;
    const int filled = total_ > 0 ? width * done / total_ : width;
    const std::string bar = std::string(static_cast<std::size_t>(filled), '#') +
                            std::string(static_cast<std::size_t>(width - filled), '.');
    const std::string gap = gap_count_ ? format_fixed(gap_sum_ / gap_count_, 3) + "%" : "-";
    std::fprintf(stream_, "%s[%s] %d/%d  %.0fs elapsed, ~%.0fs left  mean gap %s  failed %d  %s/%s%s",
                 terminal_ ? "\r\033[K" : "", bar.c_str(), done, total_, elapsed, left, gap.c_str(),
                 failures_, last.set.c_str(), last.instance.c_str(), terminal_ ? "" : "\n");
    std::fflush(stream_);
}

void ProgressLine::finish() {
    if (terminal_) std::fputc('\n', stream_);
    std::fflush(stream_);
}

}  // namespace routekit::cli
