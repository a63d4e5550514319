#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/cpu_clock.hpp"
#include "apps/routekit/mpi_world.hpp"
#include "apps/routekit/output_file.hpp"
#include "apps/routekit/road_options.hpp"
#include "apps/routekit/schedule_table.hpp"
#include "apps/routekit/trace_file.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/late_clients.hpp"
#include "routekit/roads/map_instance.hpp"
#include "routekit/solver/default_stop_rule.hpp"
#include "routekit/solver/solve.hpp"
#if ROUTEKIT_HAS_MPI
#include "routekit/distributed/island_solve.hpp"
#endif

namespace routekit::cli {

namespace {

// CLI11's NonNegativeNumber prints its range's 309-digit upper bound and lets NaN through.
std::string non_negative_seconds(const std::string& text) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(value) || value < 0)
        return "expected seconds >= 0, found " + text;
    return "";
}

struct SolveOptions {
    std::string instance;
    std::optional<std::string> rounding;
    std::optional<double> time_limit;
    bool cpu_time = false;
    std::int64_t iterations = -1;
    std::int64_t no_improvement = -1;
    std::optional<double> target;
    std::uint64_t seed = 1;
    int threads = 0;
    std::string init = "savings";
    std::string policy;
    std::string neighbour_prior;
    std::string output;
    std::optional<std::string> format;
    std::string initial;
    std::string trace;
    bool quiet = false;
    bool schedule = false;             ///< --schedule: the text schedule after the solution
    std::vector<std::string> genetic;  ///< --param NAME=VALUE
    std::string map;                   ///< --map: the instance's lon/lat clients get road matrices
    RoadOptions roads;
};

// The signal handler only stores to a lock-free atomic; the solver polls it. A second signal ends the
// program the default way, for a user who does not want to wait for the solution.
std::atomic<bool>* g_cancel_flag = nullptr;
extern "C" void on_signal(int signal_number) {
    if (g_cancel_flag && !g_cancel_flag->exchange(true, std::memory_order_relaxed)) return;
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

// The format --format names, else the one the -o file's extension names (.sol, .tour, .json), else sol.
SolutionFormat output_format(const SolveOptions& options) {
    std::optional<SolutionFormat> from_extension;
    if (!options.output.empty()) {
        std::string extension = std::filesystem::path(options.output).extension().string();
        if (!extension.empty()) from_extension = parse_solution_format(extension.substr(1));
    }
    if (!options.format) return from_extension.value_or(SolutionFormat::sol);
    const std::optional<SolutionFormat> format = parse_solution_format(*options.format);
    if (!format) throw ParameterError("--format: expected sol, tour or json, found " + *options.format);
    if (from_extension && *from_extension != *format)
        throw ParameterError("--format " + *options.format + ": expected the format the -o file " +
                             options.output + " names by its extension, found another");
    return *format;
}

// The fleet cannot carry the demand: no solution serves every client, so the search would spend its whole
// budget and end infeasible. Said before any search. Optional clients do not count, a group (one member
// visited) counts once.
void require_fleet_capacity(const Instance& instance, const std::string& path) {
    if (!instance.fleet_limited() || !instance.has_capacity() || instance.single_vehicle()) return;
    // Vehicles that reload carry any demand over enough trips.
    const std::vector<VehicleType>& types = instance.vehicle_types();
    if (std::any_of(types.begin(), types.end(),
                    [](const VehicleType& t) { return !t.reload_depots.empty(); }))
        return;
    // Each load dimension on its own (another dimension may have a capacity where this one has none).
    const int dimensions = instance.load_dimensions();
    for (int d = 0; d < dimensions; ++d) {
        const Cost capacity = instance.largest_capacity_load()[d];
        if (capacity >= kUnlimited) continue;
        const Cost fleet_capacity = static_cast<Cost>(instance.fleet()) * capacity;
        const Cost demand = instance.required_load()[d];
        if (demand <= fleet_capacity) continue;
        throw InputError(
            path, 0,
            "expected a total demand within the fleet's capacity (" + std::to_string(instance.fleet()) +
                " vehicles x " + std::to_string(capacity) + " = " + std::to_string(fleet_capacity) +
                "), found " + std::to_string(demand) +
                (dimensions > 1 ? " in load dimension " + std::to_string(d + 1) : std::string()) +
                ": no solution can serve every client");
    }
}

// A client no vehicle reaches within its window is late in every solution; saying so before the search saves
// a user the wait for a solution that cannot be feasible. A warning, not an error: the search still returns
// the least late solution (and with durations that break the triangle inequality a detour may be faster).
void warn_of_late_clients(const Instance& instance, const std::string& path) {
    const std::vector<LateClient> late = clients_late_even_when_served_first(instance);
    const auto units = [&](Cost value) { return format_cost(value, instance.rounding()); };
    for (std::size_t k = 0; k < std::min<std::size_t>(late.size(), 3); ++k)
        std::fprintf(
            stderr,
            "routekit: warning: %s: client %d cannot be served on time: its window closes at %s, the "
            "earliest direct arrival from a depot is %s\n",
            path.c_str(), late[k].client, units(late[k].window_closes).c_str(),
            units(late[k].earliest_arrival).c_str());
    if (late.size() > 3)
        std::fprintf(stderr, "routekit: warning: %s: and %zu more clients cannot be served on time\n",
                     path.c_str(), late.size() - 3);
}

// The instance's lon/lat clients with road matrices from --map instead of great-circle distances.
Instance read_instance_on_map(const SolveOptions& options) {
    const roads::RoadGraph graph = roads::read_road_graph(options.map, car_profile_from(options.roads));
    if (!options.quiet)
        std::fprintf(
            stderr,
            "routekit: roads from %s (map data (c) OpenStreetMap contributors, ODbL): %zu junctions\n",
            options.map.c_str(), graph.num_vertices());
    return roads::read_instance_on_map(options.instance, graph, matrix_options_from(options.roads),
                                       read_options(options.rounding));
}

// Under mpirun, one island per rank (docs/mpi.md); the other ranks print nothing and write no file.
Result solve_here(const Instance& instance, const SolverParams& params, [[maybe_unused]] bool quiet) {
#if ROUTEKIT_HAS_MPI
    const MpiWorld world = mpi_world();
    if (world.size > 1) {
        const distributed::IslandResult islands =
            distributed::solve_islands(instance, params, MPI_COMM_WORLD);
        if (world.root() && !quiet) {
            std::int64_t bytes = 0;
            double exchange = 0;
            for (const distributed::IslandReport& island : islands.islands) {
                bytes += island.bytes_sent;
                exchange += island.exchange_seconds;
            }
            const std::int64_t rounds = islands.islands.front().rounds;
            std::fprintf(stderr,
                         "routekit: %d islands, %lld migration rounds (every %lld iterations), %.0f bytes "
                         "sent per island and round, %.2fs per island in rounds\n",
                         world.size, static_cast<long long>(rounds),
                         static_cast<long long>(params.genetic.migration_interval),
                         rounds ? static_cast<double>(bytes) / static_cast<double>(rounds * world.size) : 0.0,
                         exchange / world.size);
        }
        return islands.result;
    }
#endif
    return solve(instance, params);
}

void run_solve(const SolveOptions& given) {
    const CpuClock cpu;
    SolveOptions options = given;
    const bool root = mpi_world().root();
    if (!root) {
        options.quiet = true;
        options.output.clear();
        options.trace.clear();
    }
    SolverParams params;  // start counts from here: reading the instance is part of the budget
    params.genetic = genetic_params_from(options.genetic);  // a bad --param fails before the reading
    const SolutionFormat format = output_format(options);
    // A bad output or trace path fails at once, not after the budget; an existing file keeps its content
    // until the solution replaces it.
    for (const std::string* path : {&options.output, &options.trace})
        if (!path->empty()) require_writable(*path);
    const Instance instance = options.map.empty()
                                  ? read_instance(options.instance, read_options(options.rounding))
                                  : read_instance_on_map(options);
    require_fleet_capacity(instance, options.instance);
    if (!options.quiet) warn_of_late_clients(instance, options.instance);
    if (!options.initial.empty()) params.warm_start = read_solution(options.initial, instance);
    const bool stop_rule_given =
        options.time_limit || options.iterations >= 0 || options.no_improvement >= 0 || options.target;
    if (options.time_limit) params.time_limit = *options.time_limit;
    params.iterations = options.iterations;
    params.no_improvement = options.no_improvement;
    if (!stop_rule_given) {
        const DefaultStopRule rule = default_stop_rule(instance);
        params.no_improvement = rule.no_improvement;
        params.time_limit = rule.time_limit;
        if (!options.quiet)
            std::fprintf(stderr,
                         "routekit: no stop rule given: %s (--time-limit, --iterations, --no-improvement or "
                         "--target to choose)\n",
                         rule.description().c_str());
    }
    if (options.target)
        params.target =
            to_fixed(*options.target,
                     instance.rounding() == Rounding::tsplib ? Rounding::tsplib : instance.rounding());
    params.seed = options.seed;
    params.threads = options.threads;
    params.init = options.init;
    params.policy_file = options.policy;
    params.neighbour_prior_file = options.neighbour_prior;
    if (!options.quiet) {
        params.on_progress = [&instance](const Progress& p) {
            std::fprintf(
                stderr, "%8.2fs  best %s  iterations %lld  population %d+%d  penalties %lld/%lld/%lld\n",
                p.elapsed_seconds,
                p.best_feasible_cost ? format_objective(*p.best_feasible_cost, instance).c_str() : "-",
                static_cast<long long>(p.iterations), p.feasible_population, p.infeasible_population,
                static_cast<long long>(p.penalties.load), static_cast<long long>(p.penalties.time_warp),
                static_cast<long long>(p.penalties.duration));
            if (!p.activity.empty())
                std::fprintf(stderr, "%8.2fs  %s\n", p.elapsed_seconds, p.activity.c_str());
        };
    }
    std::jthread cpu_watch;
    if (options.cpu_time && options.time_limit) cpu_watch = use_cpu_budget(params, cpu, *options.time_limit);
    g_cancel_flag = params.cancel.flag();
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    const Result result = solve_here(instance, params, options.quiet);
    cpu_watch = std::jthread();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel_flag = nullptr;

    // Never trust the search's caches for the final answer.
    const CheckReport report = check_solution(instance, result.solution);
    if (!root) {
        if (!report.feasible) throw ExitRequest{kExitInfeasible};
        return;
    }
    if (options.output.empty()) {
        write_solution(std::cout, instance, result.solution, format);
    } else {
        std::ofstream output_file(options.output);
        if (output_file) write_solution(output_file, instance, result.solution, format);
        output_file.close();
        if (!output_file) {
            // The solution is not lost: it goes to stdout, and the exit code says the file failed.
            write_solution(std::cout, instance, result.solution, format);
            std::cout.flush();
            throw InputError(options.output, 0,
                             "expected the solution written, found a write error "
                             "(it was printed on stdout instead)");
        }
    }
    if (options.schedule) {
        if (options.output.empty()) std::cout << "\n";  // apart from the solution above
        write_schedule_table(std::cout, instance, result.solution);
    }
    if (!options.trace.empty()) write_trace(options.trace, instance, result);
    if (!options.quiet) {
        std::fprintf(stderr,
                     "%s: %s, cost %s, %d routes, time to best %.2fs, %lld iterations, %.0f%% of "
                     "offspring feasible, %.2fs in all, stopped by %s\n",
                     instance.name().c_str(), report.feasible ? "feasible" : "INFEASIBLE",
                     format_objective(report.cost, instance).c_str(), report.routes_used, result.time_to_best,
                     static_cast<long long>(result.iterations), 100.0 * result.feasible_share, result.elapsed,
                     std::string(to_string(result.stop_reason)).c_str());
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
    command->option_defaults()->always_capture_default();  // --help shows "=DEFAULT" from here on
    command
        ->add_option("--time-limit", options->time_limit,
                     "wall-clock seconds, counted from program start. Without any of --time-limit, "
                     "--iterations, --no-improvement and --target: stop after " +
                         std::to_string(kDefaultNoImprovement) +
                         " iterations without improvement or 0.3 s per client (10 s to 3600 s), whichever "
                         "comes first")
        ->check(non_negative_seconds);
    command->add_flag(
        "--cpu-time", options->cpu_time,
        "--time-limit counts the process's CPU seconds (all threads), as HGS-CVRP's -t does, so "
        "a busy machine does not shrink it");
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
                     "initial solutions: nn, savings, regret, random, learned, learned-savings or mix")
        ->check(CLI::IsMember({"nn", "savings", "regret", "random", "learned", "learned-savings", "mix"}));
    command->add_option("--policy", options->policy,
                        "learned weights (JSON) for --init learned or learned-savings");
    command->add_option(
        "--neighbour-prior", options->neighbour_prior,
        "edge-prior weights (JSON) for --param neighbour_prior=W (default: the shipped ones)");
    command->add_option("--output,-o", options->output,
                        "write the solution here instead of stdout (checked before solving)");
    command
        ->add_option("--format", options->format,
                     "solution format: sol, tour or json (default: the -o file's extension, else sol)")
        ->check(CLI::IsMember({"sol", "tour", "json"}));
    command->add_option("--initial", options->initial,
                        "warm start: a solution file (.sol, .tour or JSON) that enters the first population");
    command->add_option("--trace", options->trace,
                        "write (seconds, best cost) at every improvement to this CSV");
    command->add_flag("--quiet,-q", options->quiet, "no progress lines on stderr");
    command->add_flag(
        "--schedule", options->schedule,
        "print a schedule on stdout, after the solution: per route vehicle, distance, duration and "
        "load; per stop arrival, waiting and start of service");
    command->add_option(
        "--map", options->map,
        "an OpenStreetMap extract (.osm.pbf, .osm): the JSON instance's lon/lat clients get road "
        "distances (m) and durations (s) from it (docs/roads.md)");
    add_road_options(*command, options->roads);
    command->callback([options] { run_solve(*options); });
}

}  // namespace routekit::cli
