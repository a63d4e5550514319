// `routekit bench`: runs the solver on every selected instance of a manifest, for each budget and seed, and
// writes runs.csv, summary.md and one progress trace per run. Every performance figure of the project comes
// from here, so a run that fails is reported in its row and never stops the others.
#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stop_token>
#include <thread>

#include "apps/routekit/bench_manifest.hpp"
#include "apps/routekit/bench_record_codec.hpp"
#include "apps/routekit/bench_report.hpp"
#include "apps/routekit/commands.hpp"
#include "apps/routekit/cpu_clock.hpp"
#include "apps/routekit/mpi_world.hpp"
#include "apps/routekit/trace_file.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/solve.hpp"
#if ROUTEKIT_HAS_MPI
#include "routekit/distributed/task_farm.hpp"
#endif

namespace routekit::cli {

namespace {

struct BenchOptions {
    std::string manifest;
    std::string set_pattern;
    std::string name_pattern;
    std::vector<double> time_limits;
    int seeds = 1;
    int threads = 1;
    std::string init = "savings";
    std::int64_t iterations = -1;
    bool cpu_time = false;  ///< budgets count process CPU seconds, not wall-clock seconds
    std::optional<std::string> rounding;
    std::string out = "bench-out";
    std::vector<std::string> genetic;  ///< --param NAME=VALUE
};

// One planned run; the bench executes them in order: budget, then manifest order, then seed.
struct RunPlan {
    const ManifestEntry* entry;
    double budget;
    std::uint64_t seed;
};

// Ctrl-C ends the current run early (the solver returns its best so far) and stops the bench after it, so
// that runs.csv and summary.md still describe every finished run. The handler only touches lock-free atomics.
std::atomic<bool> g_stop_requested{false};
std::atomic<std::atomic<bool>*> g_current_run_flag{nullptr};
extern "C" void on_bench_signal(int) {
    g_stop_requested.store(true, std::memory_order_relaxed);
    if (std::atomic<bool>* flag = g_current_run_flag.load(std::memory_order_relaxed))
        flag->store(true, std::memory_order_relaxed);
}

// A file name for the trace of one run: set, instance, budget and seed, with anything but [A-Za-z0-9._-]
// replaced so that every manifest name is safe on every file system.
std::string trace_file_name(const RunRecord& record) {
    std::string name = record.set + "__" + record.instance + "__b" + format_budget(record.budget) + "__s" +
                       std::to_string(record.seed);
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '_';
    return name + ".csv";
}

// The first violation the checker found, as the row's reason.
std::string infeasibility_reason(const CheckReport& report) {
    return "infeasible: " + (report.violations.empty() ? std::string("checker rejected the solution")
                                                       : report.violations.front().message);
}

RunOutcome run_one(const BenchOptions& options, const GeneticParams& genetic, const RunPlan& plan) {
    const ManifestEntry& entry = *plan.entry;
    RunOutcome outcome;
    RunRecord& record = outcome.record;
    record.set = entry.set;
    record.instance = entry.name;
    record.n = entry.n_nodes;
    record.seed = plan.seed;
    record.budget = plan.budget;
    record.threads = options.threads;
    record.init = options.init;
    record.best_known = entry.best_known;
    const CpuClock cpu;
    CancellationToken cancel;
    g_current_run_flag.store(cancel.flag());
    if (g_stop_requested.load()) cancel.cancel();
    try {
        SolverParams params;  // counts from here, as `routekit solve` does: reading is part of the budget
        ReadOptions read;
        read.rounding = options.rounding ? read_options(options.rounding).rounding : entry.rounding;
        const Instance instance = read_instance(entry.path, read);
        if (!record.n) record.n = instance.num_nodes();
        if (plan.budget > 0) params.time_limit = plan.budget;
        params.iterations = options.iterations;
        params.seed = plan.seed;
        params.threads = options.threads;
        params.init = options.init;
        params.genetic = genetic;
        params.cancel = cancel;
        std::jthread watch;
        if (plan.budget > 0 && options.cpu_time) watch = use_cpu_budget(params, cpu, plan.budget);
        const Result result = solve(instance, params);
        watch = std::jthread();  // stopped and joined before the clock is read below

        // Never trust the search's own figures: the checker decides feasibility and cost.
        const CheckReport report = check_solution(instance, result.solution);
        record.cost = format_objective(report.cost, instance);
        // In the instance's own units (format_objective's shift undone too).
        record.cost_value = static_cast<double>(report.cost) /
                            static_cast<double>(scale_of(instance.rounding())) /
                            std::pow(10.0, instance.cost_decimals());
        // Then in best_known's units, should the manifest write it as a fixed-point integer.
        record.cost_value *= best_known_scale(record.cost_value, record.cost, entry.best_known);
        record.time_to_best = result.time_to_best;
        record.iterations = result.iterations;
        record.feasible = report.feasible;
        record.trace = (std::filesystem::path("traces") / trace_file_name(record)).string();
        outcome.trace_csv = trace_csv(instance, result);
        if (!report.feasible)
            record.error = infeasibility_reason(report);
        else
            record.gap_percent = gap_percent(record.cost_value, entry.best_known_value);
    } catch (const std::exception& e) {
        record.error = e.what();
    }
    g_current_run_flag.store(nullptr);
    record.elapsed = cpu.wall_seconds();
    record.cpu_seconds = cpu.cpu_seconds();
    return outcome;
}

// The options as a command line, so that summary.md says how to reproduce it.
std::string command_line(const BenchOptions& o) {
    std::ostringstream line;
    line << "routekit bench " << o.manifest;
    if (!o.set_pattern.empty()) line << " --set '" << o.set_pattern << "'";
    if (!o.name_pattern.empty()) line << " --name '" << o.name_pattern << "'";
    for (double budget : o.time_limits) line << " --time-limit " << format_budget(budget);
    if (o.cpu_time) line << " --cpu-time";
    line << " --seeds " << o.seeds << " --threads " << o.threads << " --init " << o.init;
    if (o.iterations >= 0) line << " --iterations " << o.iterations;
    if (o.rounding) line << " --rounding " << *o.rounding;
    line << " --out " << o.out;
    return line.str();
}

std::string summary_notes(const BenchOptions& options, std::size_t instances) {
    std::ostringstream notes;
    notes << "Command: `" << command_line(options) << "`\n\n"
          << instances << " instances, " << options.seeds << " seed(s), " << options.threads
          << " thread(s), init " << options.init;
    if (options.iterations >= 0) notes << ", at most " << options.iterations << " iterations";
    notes << (options.cpu_time ? ", budgets in process CPU seconds" : ", budgets in wall-clock seconds");
    if (options.rounding) notes << ", rounding " << *options.rounding << " for every instance";
    notes << ".";
    return notes.str();
}

void run_bench(const BenchOptions& options) {
    if (options.time_limits.empty() && options.iterations < 0)
        throw ParameterError("give a --time-limit or an --iterations budget: an unlimited run never ends");
    if (options.rounding) read_options(options.rounding);  // reject bad values before any run
    const GeneticParams genetic = genetic_params_from(options.genetic);

    const std::vector<ManifestEntry> all = read_manifest(options.manifest);
    const std::vector<ManifestEntry> entries = select_entries(all, options.set_pattern, options.name_pattern);
    if (entries.empty())
        throw ParameterError("no instance of " + options.manifest + " matches --set '" + options.set_pattern +
                             "' and --name '" + options.name_pattern + "'");

    const std::vector<double> budgets =
        options.time_limits.empty() ? std::vector<double>{0} : options.time_limits;
    std::vector<RunPlan> plans;
    for (double budget : budgets)
        for (const ManifestEntry& entry : entries)
            for (int seed = 1; seed <= options.seeds; ++seed)
                plans.push_back({&entry, budget, static_cast<std::uint64_t>(seed)});

    const std::filesystem::path out_folder = options.out;
    const bool root = mpi_world().root();
    if (root) std::filesystem::create_directories(out_folder / "traces");
    std::optional<RunsCsvWriter> runs;
    if (root) runs.emplace((out_folder / "runs.csv").string());
    ProgressLine progress(static_cast<int>(plans.size()));

    // Runs may finish out of order (under mpirun); rows and traces are written in plan order, each as soon as
    // all the runs before it are in.
    std::vector<std::optional<RunOutcome>> finished(plans.size());
    std::vector<RunRecord> records;
    auto collect = [&](std::size_t index, RunOutcome outcome) {
        finished[index] = std::move(outcome);
        while (records.size() < finished.size() && finished[records.size()]) {
            RunOutcome& next = *finished[records.size()];
            // A trace that cannot be written fails its run's row, not the bench (as when runs wrote their
            // own).
            try {
                if (!next.record.trace.empty())
                    write_trace((out_folder / next.record.trace).string(), next.trace_csv);
            } catch (const std::exception& e) {
                next.record.error = e.what();
                next.record.gap_percent.reset();
            }
            runs->write(next.record);
            records.push_back(std::move(next.record));
            progress.update(static_cast<int>(records.size()), records.back());
        }
    };

    g_stop_requested.store(false);
    std::signal(SIGINT, on_bench_signal);
    std::signal(SIGTERM, on_bench_signal);
#if ROUTEKIT_HAS_MPI
    if (mpi_world().size > 1) {
        distributed::TaskFarm farm;
        farm.run = [&](int index) {
            return encode_run_outcome(run_one(options, genetic, plans[static_cast<std::size_t>(index)]));
        };
        farm.collect = [&](int index, std::string text) {
            collect(static_cast<std::size_t>(index), decode_run_outcome(text));
        };
        farm.stop_requested = [] { return g_stop_requested.load(); };
        distributed::run_task_farm(MPI_COMM_WORLD, static_cast<int>(plans.size()), farm);
    } else
#endif
    {
        for (std::size_t index = 0; index < plans.size() && !g_stop_requested.load(); ++index)
            collect(index, run_one(options, genetic, plans[index]));
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!root) return;
    progress.finish();

    std::string notes = summary_notes(options, entries.size());
    if (records.size() < plans.size())
        notes += "\n\n**Interrupted** after " + std::to_string(records.size()) + " of " +
                 std::to_string(plans.size()) + " runs.";
    std::ofstream summary(out_folder / "summary.md");
    if (!summary) throw InputError((out_folder / "summary.md").string(), 0, "cannot open for writing");
    summary << summary_markdown(records, notes);
    std::fprintf(stderr, "routekit: wrote %s and %s\n", (out_folder / "runs.csv").string().c_str(),
                 (out_folder / "summary.md").string().c_str());
}

}  // namespace

void add_bench_command(CLI::App& app) {
    auto options = std::make_shared<BenchOptions>();
    CLI::App* command = app.add_subcommand(
        "bench", "run the solver on the instances of a manifest and write runs.csv, summary.md and traces");
    command
        ->add_option("manifest", options->manifest,
                     "manifest CSV (set,name,path,...,best_known,...,rounding)")
        ->required();
    command->add_option("--set", options->set_pattern,
                        "only sets matching this regular expression (whole name)");
    command->add_option("--name", options->name_pattern,
                        "only instances matching this regular expression (whole name)");
    command
        ->add_option("--time-limit", options->time_limits,
                     "budget in wall-clock seconds per run, reading included; repeat for several budgets")
        ->check(CLI::PositiveNumber)
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->add_flag(
        "--cpu-time", options->cpu_time,
        "count budgets in process CPU seconds (as HGS-CVRP's -t does), so that a busy machine does "
        "not shrink them; traces and time to best stay in wall-clock seconds");
    command->add_option("--seeds", options->seeds, "run seeds 1..N")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000));
    command->add_option("--threads", options->threads, "solver threads per run (0: all cores)")
        ->capture_default_str()
        ->check(CLI::Range(0, 1024));
    command
        ->add_option("--init", options->init,
                     "initial solutions: nn, savings, regret, random, learned, learned-savings or mix")
        ->capture_default_str()
        ->check(CLI::IsMember({"nn", "savings", "regret", "random", "learned", "learned-savings", "mix"}));
    command->add_option("--iterations", options->iterations, "genetic iterations per run (-1: no limit)")
        ->check(CLI::Range(std::int64_t{-1}, std::numeric_limits<std::int64_t>::max()));
    add_rounding_option(*command, options->rounding);
    add_genetic_param_option(*command, options->genetic);
    command->add_option("--out", options->out, "output folder (runs.csv, summary.md, traces/)")
        ->capture_default_str();
    command->callback([options] { run_bench(*options); });
}

}  // namespace routekit::cli
