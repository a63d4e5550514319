#include "solver/genetic_search.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "solver/crossover.hpp"
#include "solver/individual.hpp"
#include "solver/initial_population.hpp"
#include "solver/penalty_manager.hpp"
#include "solver/population.hpp"
#include "solver/rng_streams.hpp"
#include "solver/route_exchange.hpp"
#include "solver/split.hpp"

namespace routekit {

namespace {

using Clock = std::chrono::steady_clock;
using IndividualPtr = std::shared_ptr<const Individual>;

// Random streams, one per purpose; the index within a stream is the task's number.
constexpr std::uint64_t kOffspringStream = 1;
constexpr std::uint64_t kWarmStartStream = 2;
constexpr std::uint64_t kZeroIterationStream = 3;
constexpr std::uint64_t kInitialStream = 16;  // + 2 x restart number

// What one task hands back: the educated individual, its repaired form when a repair made it feasible, and
// for an initial individual the construction it started from (a candidate for the best: a descent under low
// penalties may leave a feasible construction infeasible on tight instances).
struct Bred {
    IndividualPtr educated;
    IndividualPtr repaired;
    IndividualPtr constructed;
};

class Search {
  public:
    Search(const Instance& instance, const SolverParams& params)
        : instance_(instance),
          params_(params),
          genetic_(params.genetic),
          penalties_(instance, genetic_),
          population_(instance, genetic_),
          arena_(params.threads > 0 ? params.threads : tbb::task_arena::automatic),
          local_searches_(
              [this] { return std::make_unique<LocalSearch>(instance_, local_search_params()); }) {}

    Result run();

  private:
    LocalSearchParams local_search_params() {
        LocalSearchParams ls;
        ls.granularity = genetic_.granularity;
        ls.swap_star = genetic_.swap_star == 1 || (genetic_.swap_star == -1 && !instance_.has_time_windows());
        // One copy of the O(n^2)-to-build lists for all threads, built by the first that needs it.
        std::call_once(neighbours_built_,
                       [&] { neighbours_ = shared_neighbour_lists(instance_, genetic_.granularity); });
        ls.neighbours = neighbours_;
        return ls;
    }
    double elapsed() const { return std::chrono::duration<double>(Clock::now() - params_.start).count(); }
    // Stops that can strike in the middle of a batch: cancellation and the clock.
    /// What the time limit counts: wall-clock seconds, or the caller's clock (e.g. CPU seconds).
    double budget_used() const { return params_.budget_clock ? params_.budget_clock() : elapsed(); }
    bool interrupted() const { return params_.cancel.cancelled() || budget_used() >= params_.time_limit; }
    bool target_reached() const {
        return params_.target && best_feasible_ && best_feasible_->objective() <= *params_.target;
    }
    bool budget_spent() const {
        return (params_.iterations >= 0 && iterations_ >= params_.iterations) ||
               (params_.no_improvement >= 0 && iterations_ - last_improvement_ >= params_.no_improvement) ||
               target_reached();
    }

    Bred educate(Solution solution, const PenaltyWeights& weights, Rng& rng, bool allow_repair,
                 const std::vector<char>& settled = {});
    Bred educate_initial(const InitialSolutions& recipe, int index, const PenaltyWeights& weights, Rng& rng,
                         bool allow_repair);
    template <class Task, class Skip = bool (*)(int)>
    auto run_batch(
        int count, bool first_mandatory, const Task& task, const Skip& skip = [](int) { return false; })
        -> std::vector<std::optional<std::invoke_result_t<Task, int>>>;
    void consider(const IndividualPtr& individual);
    void build_population(int restart, bool mandatory_first);
    void add_warm_start();
    void absorb(const Bred& bred);
    void report_progress(bool force);
    Result zero_iterations();
    Result finish();

    const Instance& instance_;
    const SolverParams& params_;
    GeneticParams genetic_;
    PenaltyManager penalties_;
    Population population_;
    tbb::task_arena arena_;
    std::once_flag neighbours_built_;
    std::shared_ptr<const NeighbourLists> neighbours_;
    tbb::enumerable_thread_specific<std::unique_ptr<LocalSearch>> local_searches_;

    IndividualPtr best_feasible_;
    IndividualPtr least_penalized_;  // the fallback while nothing feasible was found
    double time_to_best_ = 0;
    std::vector<TracePoint> trace_;
    std::int64_t iterations_ = 0;
    std::int64_t last_improvement_ = 0;          // iteration count at the last improvement of the best
    std::int64_t last_restart_improvement_ = 0;  // the same, for the best since the last restart
    Cost best_since_restart_ = kUnlimited;
    Clock::time_point last_progress_ = Clock::now();
};

Bred Search::educate(Solution solution, const PenaltyWeights& weights, Rng& rng, bool allow_repair,
                     const std::vector<char>& settled) {
    LocalSearch& local_search = *local_searches_.local();
    const auto stop = [this] { return interrupted(); };
    local_search.run(solution, weights, rng, stop, settled);
    Bred bred;
    bred.educated = std::make_shared<Individual>(instance_, std::move(solution));
    // Repair: the same descent under penalties x10 (HGS), kept when it reaches feasibility. When that is not
    // enough once more with x100: early in a short run on a tight instance the weights may still be far
    // too low, and a feasible individual is worth the extra descent.
    if (allow_repair && !bred.educated->feasible && uniform_unit(rng) < genetic_.repair_probability) {
        Solution repaired = bred.educated->solution;
        for (const Cost factor : {10, 100}) {
            local_search.run(repaired, penalties_.repair_weights(factor), rng, stop);
            auto individual = std::make_shared<Individual>(instance_, repaired);
            if (!individual->feasible) continue;
            bred.repaired = std::move(individual);
            break;
        }
    }
    return bred;
}

Bred Search::educate_initial(const InitialSolutions& recipe, int index, const PenaltyWeights& weights,
                             Rng& rng, bool allow_repair) {
    Solution solution = recipe.make(index, weights, rng);
    auto constructed = std::make_shared<Individual>(instance_, solution);
    Bred bred = educate(std::move(solution), weights, rng, allow_repair);
    bred.constructed = std::move(constructed);
    return bred;
}

// Runs task(i) for i in [0, count) on the arena; tasks that would start after a stop was requested (or
// for which skip(i) says so) are skipped (left empty), except the first when `first_mandatory` (so that some
// solution always exists).
template <class Task, class Skip>
auto Search::run_batch(int count, bool first_mandatory, const Task& task, const Skip& skip)
    -> std::vector<std::optional<std::invoke_result_t<Task, int>>> {
    std::vector<std::optional<std::invoke_result_t<Task, int>>> results(static_cast<std::size_t>(count));
    arena_.execute([&] {
        tbb::parallel_for(tbb::blocked_range<int>(0, count, 1), [&](const tbb::blocked_range<int>& range) {
            for (int i = range.begin(); i != range.end(); ++i) {
                if ((interrupted() || skip(i)) && !(first_mandatory && i == 0)) continue;
                results[static_cast<std::size_t>(i)] = task(i);
            }
        });
    });
    return results;
}

void Search::consider(const IndividualPtr& individual) {
    if (individual->feasible) {
        const Cost cost = individual->objective();
        if (cost < best_since_restart_) {
            best_since_restart_ = cost;
            last_restart_improvement_ = iterations_;
        }
        if (!best_feasible_ || cost < best_feasible_->objective()) {
            best_feasible_ = individual;
            time_to_best_ = elapsed();
            trace_.push_back({time_to_best_, cost});
            last_improvement_ = iterations_;
        }
    } else if (!best_feasible_) {
        const CostEvaluator cost = penalties_.cost_evaluator();
        if (!least_penalized_ || individual->penalized(cost) < least_penalized_->penalized(cost))
            least_penalized_ = individual;
    }
}

void Search::build_population(int restart, bool mandatory_first) {
    const auto stream = kInitialStream + 2 * static_cast<std::uint64_t>(restart);
    const InitialSolutions recipe(instance_, params_.init, params_.policy_file,
                                  std::max(genetic_.initial_size, 1), restart == 0,
                                  genetic_.constructed_share);
    const PenaltyWeights weights = penalties_.weights();
    const int batch = std::max(genetic_.batch_size, 1);
    // Under a time limit the first population stays smaller, so that breeding gets most of a short budget:
    // once it holds someone, no initial individual starts after the deadline (this is checked per task, as a
    // descent at n = 1000 costs a good part of a short budget).
    const double began = budget_used();
    const double init_deadline = began + (params_.time_limit - began) * genetic_.initial_time_share;
    // Whether task i of a batch may no longer start (the population only grows between batches, so task 0
    // of a batch asks whether the population holds someone yet).
    auto enough_for = [&](int i) {
        return (i > 0 || !population_.empty()) && budget_used() >= init_deadline;
    };
    struct Started {
        Solution solution;
        Rng rng;
    };
    auto start = [&](int index) {
        Rng rng = derived_rng(params_.seed, stream, static_cast<std::uint64_t>(index));
        Solution solution = recipe.make(index, weights, rng);
        return Started{std::move(solution), rng};
    };
    auto on_record = [&](const Started& started) {
        consider(std::make_shared<Individual>(instance_, started.solution));
    };
    for (int first = 0; first < recipe.size() && !interrupted() && !enough_for(0); first += batch) {
        const int count = std::min(batch, recipe.size() - first);
        const bool mandatory = mandatory_first && first == 0;
        // Constructions first, each on record at once, then their descents: the first feasible solution comes
        // after milliseconds, not after a batch of descents (the very first construction alone, before the
        // others are built).
        std::vector<std::optional<Started>> started(static_cast<std::size_t>(count));
        if (mandatory) on_record(*(started[0] = start(first)));
        auto others = run_batch(
            count, false, [&](int i) { return start(first + i); },
            [&](int i) { return (mandatory && i == 0) || enough_for(i); });
        for (std::size_t i = mandatory ? 1 : 0; i < others.size(); ++i)
            if ((started[i] = std::move(others[i]))) on_record(*started[i]);
        auto results = run_batch(
            count, mandatory,
            [&](int i) {
                Started& task = *started[static_cast<std::size_t>(i)];
                return educate(std::move(task.solution), weights, task.rng, true);
            },
            [&](int i) { return !started[static_cast<std::size_t>(i)] || enough_for(i); });
        for (const auto& bred : results)
            if (bred) absorb(*bred);
        report_progress(false);
    }
}

void Search::add_warm_start() {
    Solution start = *params_.warm_start;
    const CheckReport report = check_solution(instance_, start);
    for (const Violation& violation : report.violations)
        if (violation.kind == ViolationKind::missing_client ||
            violation.kind == ViolationKind::repeated_client ||
            violation.kind == ViolationKind::unknown_client)
            throw ParameterError("warm start: " + violation.message);
    start = within_fleet(instance_, std::move(start), penalties_.weights());
    consider(std::make_shared<Individual>(instance_, start));  // as given, before any descent
    auto results = run_batch(1, true, [&](int) {
        Rng rng = derived_rng(params_.seed, kWarmStartStream, 0);
        return educate(start, penalties_.weights(), rng, true);
    });
    absorb(*results[0]);
}

// Initial individuals count for the penalties too: on large instances they may be most of what a short run
// educates.
void Search::absorb(const Bred& bred) {
    if (penalties_.record(*bred.educated)) population_.reweigh(penalties_.cost_evaluator());
    for (const IndividualPtr& individual : {bred.educated, bred.repaired}) {
        if (!individual) continue;
        population_.add(individual, penalties_.cost_evaluator());
        consider(individual);
    }
}

void Search::report_progress(bool force) {
    if (!params_.on_progress) return;
    const auto now = Clock::now();
    if (!force && now - last_progress_ < std::chrono::seconds(1)) return;
    last_progress_ = now;
    Progress progress;
    progress.elapsed_seconds = elapsed();
    if (best_feasible_) progress.best_feasible_cost = best_feasible_->objective();
    progress.iterations = iterations_;
    progress.feasible_population = population_.feasible_size();
    progress.infeasible_population = population_.infeasible_size();
    progress.penalties = penalties_.weights();
    params_.on_progress(progress);
}

// --iterations 0: each construction params.init names, after one descent; the best of them.
Result Search::zero_iterations() {
    const auto kinds = InitialSolutions::methods(params_.init);
    const int count = std::max<int>(1, static_cast<int>(kinds.size()));
    const InitialSolutions recipe(instance_, params_.init, params_.policy_file, count, true, 1.0);
    const PenaltyWeights weights = penalties_.weights();
    auto results = run_batch(count, true, [&](int i) {
        Rng rng = derived_rng(params_.seed, kZeroIterationStream, static_cast<std::uint64_t>(i));
        return educate_initial(recipe, i, weights, rng, false);
    });
    for (const auto& bred : results) {
        if (!bred) continue;
        // The construction itself stands when the descent (under penalties) left it infeasible.
        consider(bred->constructed);
        consider(bred->educated);
    }
    if (params_.warm_start) add_warm_start();
    return finish();
}

Result Search::run() {
    if (instance_.num_clients() == 0) return finish();
    if (params_.iterations == 0) return zero_iterations();
    if (params_.warm_start) add_warm_start();
    build_population(0, true);
    int restarts = 0;
    const int batch = std::max(genetic_.batch_size, 1);
    while (!interrupted() && !budget_spent() && !population_.empty()) {
        if (genetic_.restart_after > 0 && iterations_ - last_restart_improvement_ >= genetic_.restart_after) {
            // Stagnation: the best stays on record, the population starts afresh.
            population_.clear();
            best_since_restart_ = kUnlimited;
            last_restart_improvement_ = iterations_;
            build_population(++restarts, false);
            continue;
        }
        std::int64_t count = batch;
        if (params_.iterations >= 0) count = std::min(count, params_.iterations - iterations_);
        population_.update_fitness();
        const PenaltyWeights weights = penalties_.weights();
        const std::int64_t first = iterations_;
        auto results = run_batch(static_cast<int>(count), false, [&](int i) {
            Rng rng = derived_rng(params_.seed, kOffspringStream, static_cast<std::uint64_t>(first + i));
            const Individual& mother = population_.select(rng);
            const Individual& father = population_.select(rng);
            if (uniform_unit(rng) < genetic_.route_crossover_share) {
                Solution child = selective_route_exchange(instance_, mother, father, weights, rng);
                std::vector<char> settled;
                if (genetic_.settled_education)
                    settled = routes_kept_from(child, father.solution, instance_.num_nodes());
                return educate(std::move(child), weights, rng, true, settled);
            }
            std::vector<int> tour = ordered_crossover(mother.giant_tour, father.giant_tour, rng);
            return educate(split_tour(instance_, tour, weights), weights, rng, true);
        });
        for (const auto& bred : results) {
            if (!bred || budget_spent()) break;
            ++iterations_;
            absorb(*bred);
        }
        report_progress(false);
    }
    return finish();
}

Result Search::finish() {
    report_progress(true);
    Result result;
    const IndividualPtr& chosen = best_feasible_ ? best_feasible_ : least_penalized_;
    if (chosen) result.solution = chosen->solution;
    // The independent checker has the last word on cost and feasibility.
    const CheckReport report = check_solution(instance_, result.solution);
    result.cost = report.cost;
    result.feasible = report.feasible;
    result.time_to_best = time_to_best_;
    result.elapsed = elapsed();
    result.iterations = iterations_;
    result.feasible_share = penalties_.feasible_share();
    result.trace = trace_;
    return result;
}

}  // namespace

void validate_params(const SolverParams& params) {
    auto require = [](bool ok, const char* message) {
        if (!ok) throw ParameterError(message);
    };
    require(!(params.time_limit < 0) && !std::isnan(params.time_limit), "time_limit: expected seconds >= 0");
    require(params.iterations >= -1, "iterations: expected -1 (no limit) or a count >= 0");
    require(params.no_improvement >= -1, "no_improvement: expected -1 (never) or a count >= 0");
    require(params.threads >= 0, "threads: expected 0 (all cores) or a count >= 1");
    InitialSolutions::validate(params.init);
    const GeneticParams& g = params.genetic;
    require(g.min_population >= 1 && g.generation_size >= 1, "genetic: population sizes must be >= 1");
    require(g.elite >= 0 && g.close >= 1, "genetic: elite must be >= 0 and close >= 1");
    require(g.target_feasible >= 0 && g.target_feasible <= 1, "genetic: target_feasible must be in [0, 1]");
    require(g.initial_time_share >= 0 && g.initial_time_share <= 1,
            "genetic: initial_time_share must be in [0, 1]");
    require(g.repair_probability >= 0 && g.repair_probability <= 1,
            "genetic: repair_probability must be in [0, 1]");
    require(g.constructed_share >= 0 && g.constructed_share <= 1,
            "genetic: constructed_share must be in [0, 1]");
    require(g.route_crossover_share >= 0 && g.route_crossover_share <= 1,
            "genetic: route_crossover_share must be in [0, 1]");
    require(g.settled_education == 0 || g.settled_education == 1,
            "genetic: settled_education must be 0 or 1");
    require(g.swap_star >= -1 && g.swap_star <= 1, "genetic: swap_star must be -1 (auto), 0 or 1");
    require(g.penalty_interval >= 1 && g.initial_size >= 1 && g.batch_size >= 1 && g.granularity >= 1,
            "genetic: penalty_interval, initial_size, batch_size and granularity must be >= 1");
}

Result genetic_search(const Instance& instance, const SolverParams& params) {
    return Search(instance, params).run();
}

}  // namespace routekit
