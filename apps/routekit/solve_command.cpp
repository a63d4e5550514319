#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/cpu_clock.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit::cli {

namespace {

struct SolveOptions {
    std::string instance;
    std::optional<std::string> rounding;
    double time_limit = 0;
    bool cpu_time = false;
    std::int64_t iterations = -1;
    std::int64_t no_improvement = -1;
    std::optional<double> target;
    std::uint64_t seed = 1;
    int threads = 0;
    std::string init = "savings";
    std::string policy;
    std::string output;
    std::string format = "sol";
    std::string trace;
    bool quiet = false;
    std::vector<std::string> genetic;  ///< --param NAME=VALUE
};

// The signal handler only stores to a lock-free atomic; the solver polls it. A second signal ends the
// program the default way, for a user who does not want to wait for the solution.
std::atomic<bool>* g_cancel_flag = nullptr;
extern "C" void on_signal(int signal_number) {
    if (g_cancel_flag && !g_cancel_flag->exchange(true, std::memory_order_relaxed)) return;
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

void write_trace(const std::string& path, const Instance& instance, const Result& result) {
    std::ofstream out(path);
    if (!out) throw InputError(path, 0, "cannot open the trace file for writing");
    out << "seconds,cost\n";
    for (const TracePoint& point : result.trace)
        out << point.seconds << "," << format_cost(point.cost, instance.rounding()) << "\n";
}

void run_solve(const SolveOptions& options) {
    const CpuClock cpu;
    SolverParams params;  // start counts from here: reading the instance is part of the budget
    params.genetic = genetic_params_from(options.genetic);  // a bad --param fails before the reading
    const Instance instance = read_instance(options.instance, read_options(options.rounding));
    const auto format = parse_solution_format(options.format);
    if (!format) throw ParameterError("--format: expected sol, tour or json, found " + options.format);
    if (options.time_limit > 0) params.time_limit = options.time_limit;
    params.iterations = options.iterations;
    params.no_improvement = options.no_improvement;
    if (options.target)
        params.target =
            to_fixed(*options.target,
                     instance.rounding() == Rounding::tsplib ? Rounding::tsplib : instance.rounding());
    params.seed = options.seed;
    params.threads = options.threads;
    params.init = options.init;
    params.policy_file = options.policy;
    if (!options.quiet) {
        params.on_progress = [&instance](const Progress& p) {
            std::fprintf(
                stderr, "%8.2fs  best %s  iterations %lld  population %d+%d  penalties %lld/%lld/%lld\n",
                p.elapsed_seconds,
                p.best_feasible_cost ? format_cost(*p.best_feasible_cost, instance.rounding()).c_str() : "-",
                static_cast<long long>(p.iterations), p.feasible_population, p.infeasible_population,
                static_cast<long long>(p.penalties.load), static_cast<long long>(p.penalties.time_warp),
                static_cast<long long>(p.penalties.duration));
        };
    }
    std::jthread cpu_watch;
    if (options.cpu_time && options.time_limit > 0)
        cpu_watch = use_cpu_budget(params, cpu, options.time_limit);
    g_cancel_flag = params.cancel.flag();
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    const Result result = solve(instance, params);
    cpu_watch = std::jthread();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel_flag = nullptr;

    // Never trust the search's caches for the final answer.
    const CheckReport report = check_solution(instance, result.solution);
    if (options.output.empty()) {
        write_solution(std::cout, instance, result.solution, *format);
    } else {
        std::ofstream out(options.output);
        if (!out) throw InputError(options.output, 0, "cannot open the output file for writing");
        write_solution(out, instance, result.solution, *format);
    }
    if (!options.trace.empty()) write_trace(options.trace, instance, result);
    if (!options.quiet) {
        std::fprintf(stderr,
                     "%s: %s, cost %s, %d routes, time to best %.2fs, %lld iterations, %.0f%% of "
                     "offspring feasible, %.2fs in all\n",
                     instance.name().c_str(), report.feasible ? "feasible" : "INFEASIBLE",
                     format_cost(report.cost, instance.rounding()).c_str(), report.routes_used,
                     result.time_to_best, static_cast<long long>(result.iterations),
                     100.0 * result.feasible_share, result.elapsed);
    }
    // A handful of violations says what is wrong; a thousand lines would bury it.
    constexpr std::size_t kShownViolations = 10;
    for (std::size_t k = 0; k < report.violations.size() && k < kShownViolations; ++k)
        std::fprintf(stderr, "routekit: violation: %s\n", report.violations[k].message.c_str());
    if (report.violations.size() > kShownViolations)
        std::fprintf(stderr, "routekit: ... and %zu more violations\n",
                     report.violations.size() - kShownViolations);
    if (!report.feasible) throw ExitRequest{kExitInfeasible};
}

}  // namespace

void add_solve_command(CLI::App& app) {
    auto options = std::make_shared<SolveOptions>();
    options->instance = default_instance_path();
    CLI::App* command = app.add_subcommand("solve", "solve an instance and print the best solution found");
    command->add_option("instance", options->instance, "instance file (default: the shipped X-n106-k14)");
    add_rounding_option(*command, options->rounding);
    add_genetic_param_option(*command, options->genetic);
    command->add_option("--time-limit", options->time_limit, "wall-clock seconds, counted from program start")
        ->check(CLI::NonNegativeNumber);
    command->add_flag(
        "--cpu-time", options->cpu_time,
        "--time-limit counts the process's CPU seconds (all threads), as HGS-CVRP's -t does, so a "
        "busy machine does not shrink it");
    command
        ->add_option("--iterations", options->iterations,
                     "genetic iterations (0: construction and one local-search descent only)")
        ->check(CLI::Range(std::int64_t{-1}, std::numeric_limits<std::int64_t>::max()));
    command
        ->add_option("--no-improvement", options->no_improvement,
                     "stop after N iterations without improvement")
        ->check(CLI::Range(std::int64_t{-1}, std::numeric_limits<std::int64_t>::max()));
    command->add_option("--target", options->target,
                        "stop as soon as a feasible solution costs at most this (in the file's units)");
    command->add_option("--seed", options->seed, "random seed");
    command->add_option("--threads", options->threads, "worker threads (0: all cores)")
        ->check(CLI::Range(0, 1024));
    command
        ->add_option("--init", options->init,
                     "initial solutions: nn, savings, regret, random, learned or mix")
        ->check(CLI::IsMember({"nn", "savings", "regret", "random", "learned", "mix"}));
    command->add_option("--policy", options->policy, "learned-policy weights (JSON) for --init learned");
    command->add_option("--output,-o", options->output, "write the solution here instead of stdout");
    command->add_option("--format", options->format, "solution format: sol, tour or json")
        ->check(CLI::IsMember({"sol", "tour", "json"}));
    command->add_option("--trace", options->trace,
                        "write (seconds, best cost) at every improvement to this CSV");
    command->add_flag("--quiet,-q", options->quiet, "no progress lines on stderr");
    command->callback([options] { run_solve(*options); });
}

}  // namespace routekit::cli
