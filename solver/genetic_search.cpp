#include "solver/genetic_search.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include "heuristics/prior_neighbours.hpp"
#include "model/vehicle_assignment.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "solver/crossover.hpp"
#include "solver/decomposition.hpp"
#include "solver/individual.hpp"
#include "solver/initial_population.hpp"
#include "solver/penalty_manager.hpp"
#include "solver/population.hpp"
#include "solver/rng_streams.hpp"
#include "solver/route_exchange.hpp"
#include "solver/ruin_recreate.hpp"
#include "solver/split.hpp"

namespace routekit {

namespace {

using Clock = std::chrono::steady_clock;
using IndividualPtr = std::shared_ptr<const Individual>;

// Random streams, one per purpose; the index within a stream is the task's number.
constexpr std::uint64_t kOffspringStream = 1;
constexpr std::uint64_t kWarmStartStream = 2;
constexpr std::uint64_t kZeroIterationStream = 3;
constexpr std::uint64_t kPolishStream = 4;
constexpr std::uint64_t kInitialStream = 16;  // + 2 x restart number

// What one task hands back: the educated individual, its repaired form when a repair made it feasible, and
// for an initial individual the construction it started from (a candidate for the best: a descent under low
// penalties may leave a feasible construction infeasible on tight instances).
struct Bred {
    IndividualPtr educated;
    IndividualPtr repaired;
    IndividualPtr constructed;
    /// Bred by ruin and recreate of the best. Such a child may raise the penalty weights but not lower them:
    /// it is nearly always feasible, and counted in full it drove the weights down until the descents
    /// wandered far from feasibility (X-n401: load weight 13 to 1 and a third of the children per second);
    /// not counted at all, the weights never rose on R1_10_1 (tight windows, time-warp weight 1), whose
    /// children then all stayed infeasible for 60 s.
    bool ruined = false;
};

// The settings for `instance`: from GeneticParams::large_from on (site_dependent_large_from with site
// dependence), a smaller first population.
GeneticParams scaled(GeneticParams genetic, const Instance& instance) {
    if (instance.site_dependent() && genetic.site_dependent_large_from > 0)
        genetic.large_from = genetic.large_from > 0
                                 ? std::min(genetic.large_from, genetic.site_dependent_large_from)
                                 : genetic.site_dependent_large_from;
    const int clients = instance.num_clients();
    if (genetic.large_from > 0 && clients >= genetic.large_from)
        genetic.initial_size = std::min(genetic.initial_size, genetic.large_initial_size);
    return genetic;
}

class Search {
  public:
    Search(const Instance& instance, const SolverParams& params)
        : instance_(instance),
          params_(params),
          genetic_(scaled(params.genetic, instance)),
          penalties_(instance, genetic_),
          population_(instance, genetic_),
          arena_(params.threads > 0 ? params.threads : tbb::task_arena::automatic),
          local_searches_(
              [this] { return std::make_unique<LocalSearch>(instance_, local_search_params()); }) {
        if (polishing() && std::isfinite(params_.time_limit)) polish_reserve_ = 0.01 * params_.time_limit;
    }

    Result run();

  private:
    RuinParams ruin_params() const {
        RuinParams ruin;
        ruin.average_removed = genetic_.ruin_removed;
        ruin.max_string = genetic_.ruin_max_string;
        ruin.route_share = genetic_.ruin_route_share;
        return ruin;
    }
    LocalSearchParams local_search_params() {
        LocalSearchParams ls;
        ls.granularity = granularity();
        ls.swap_star = genetic_.swap_star >= 1 || (genetic_.swap_star == -1 && !instance_.has_time_windows());
        ls.swap_star_windows = genetic_.swap_star == 2;
        neighbour_lists();
        ls.neighbours = neighbours_;
        ls.focused_from = genetic_.large_from;
        return ls;
    }
    const NeighbourLists& neighbour_lists() {
        // One copy of the O(n^2)-to-build lists for all threads, built by the first that needs it.
        std::call_once(neighbours_built_, [&] {
            neighbours_ = genetic_.neighbour_prior == 0
                              ? shared_neighbour_lists(instance_, granularity())
                              : std::make_shared<const NeighbourLists>(
                                    prior_neighbours(instance_, granularity(), genetic_.neighbour_pool,
                                                     genetic_.neighbour_prior, params_.neighbour_prior_file));
        });
        return *neighbours_;
    }
    double elapsed() const { return std::chrono::duration<double>(Clock::now() - params_.start).count(); }
    // Stops that can strike in the middle of a batch: cancellation and the clock.
    /// What the time limit counts: wall-clock seconds, or the caller's clock (e.g. CPU seconds).
    double budget_used() const { return params_.budget_clock ? params_.budget_clock() : elapsed(); }
    bool interrupted() const {
        return params_.cancel.cancelled() || budget_used() >= params_.time_limit - polish_reserve_;
    }
    bool interrupted_at_limit() const {
        return params_.cancel.cancelled() || budget_used() >= params_.time_limit;
    }
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
    /// The kind two defaults follow (granularity, ruin_children_join): time windows from one depot, where
    /// the search had bred too little and too narrowly. Several depots start from random tours and measured
    /// otherwise.
    bool windows_from_one_depot() const {
        return instance_.has_time_windows() && instance_.num_depots() == 1;
    }
    int granularity() const {
        if (genetic_.granularity != -1) return genetic_.granularity;
        return windows_from_one_depot() ? 15 : 20;
    }
    bool ruin_children_join() const {
        return genetic_.ruin_children_join == 1 ||
               (genetic_.ruin_children_join == -1 && !windows_from_one_depot());
    }
    bool large() const { return genetic_.large_from > 0 && instance_.num_clients() >= genetic_.large_from; }
    void absorb(const Bred& bred);
    bool polishing() const { return genetic_.polish_granularity > 0 && !large(); }
    void polish_best();
    void breed();
    void follow_intensification(const Bred& bred, bool new_best);
    void migrate();
    void report_progress(bool force, std::string activity = {});
    bool decomposing() const;
    void decompose_best();
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
    std::int64_t next_migration_ = 0;            // iteration count of the next SolverParams::migrate call
    std::int64_t last_decomposition_ = 0;        // iteration count at the last decomposition pass
    std::uint64_t decomposition_passes_ = 0;
    Cost best_since_restart_ = kUnlimited;
    IndividualPtr ruin_start_;  // with ruin_accept: the accepted ruin child the ruins start from (or none)
    bool intensifying_ = true;  // ruin and recreate of the best breeds (ruin_share)
    std::int64_t ruins_without_improvement_ = 0;  // such children in a row that brought no new best
    Clock::time_point last_progress_ = Clock::now();
    int restarts_ = 0;
    std::unique_ptr<LocalSearch> polish_search_;  // wide neighbour lists; used by the main thread only
    std::uint64_t polishes_ = 0;
    // Budget seconds kept for the last polish: 1 % of a time limit. At n = 1,000 a polish takes 0.1-0.3 s;
    // timing one after the first population and keeping twice that cost ORTEC 0.05 % (10 s budgets).
    double polish_reserve_ = 0;
    std::int64_t last_polish_ = 0;  // iteration count at the last polish
    IndividualPtr polished_from_;   // the best the last polish started from
};

// Per route of `solution` (positional with vehicle types): whether it has no excess load, time warp or
// excess duration.
std::vector<char> routes_without_violation(const Instance& instance, const Solution& solution) {
    std::vector<char> clean(solution.routes.size(), 0);
    const bool typed = has_vehicle_types(instance);
    for (std::size_t k = 0; k < solution.routes.size(); ++k) {
        const int type = typed ? instance.vehicle_type_of_route(static_cast<int>(k)) : 0;
        clean[k] = evaluate_route(instance, solution.routes[k], type).feasible();
    }
    return clean;
}

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
            // The descent before ended in a local optimum under lower weights. A move that only touches
            // routes without violations cannot gain under higher ones (its delta only grows with the
            // weights), so the repair starts with those routes settled and looks where the violations are.
            local_search.run(repaired, penalties_.repair_weights(factor), rng, stop,
                             routes_without_violation(instance_, repaired));
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
    const auto run = [&](int i) {
        if ((interrupted() || skip(i)) && !(first_mandatory && i == 0)) return;
        results[static_cast<std::size_t>(i)] = task(i);
    };
    // One search thread: the tasks run here, in order, with no handoff to a TBB worker (each task has its own
    // random stream, so the order changes nothing; and ThreadSanitizer, which cannot see TBB's uninstrumented
    // handoffs, can check such solves: scripts/tsan.sh).
    if (arena_.max_concurrency() == 1) {
        for (int i = 0; i < count; ++i) run(i);
        return results;
    }
    arena_.execute([&] {
        tbb::parallel_for(tbb::blocked_range<int>(0, count, 1), [&](const tbb::blocked_range<int>& range) {
            for (int i = range.begin(); i != range.end(); ++i) run(i);
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
            const bool first = !best_feasible_;
            best_feasible_ = individual;
            if (first) {
                char line[96];
                std::snprintf(line, sizeof line, "first feasible solution: %lld after %.2f s of the budget",
                              static_cast<long long>(cost), budget_used());
                report_progress(true, line);
            }
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
                                  genetic_.constructed_share, genetic_.recreated_share, &neighbour_lists());
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
    if (penalties_.record(*bred.educated, !bred.ruined)) population_.reweigh(penalties_.cost_evaluator());
    for (const IndividualPtr& individual : {bred.educated, bred.repaired}) {
        if (!individual) continue;
        if (bred.ruined && (large() || !ruin_children_join())) {
            // Most such children are the best with a few routes changed: as members they crowd the
            // population around the best (ruin_children_join), and on large instances their distances to
            // every member cost O(n) each. Only a new best joins (the ruins start from it anyway).
            const IndividualPtr best_before = best_feasible_;
            consider(individual);
            if (best_feasible_ != best_before) population_.add(individual, penalties_.cost_evaluator());
            continue;
        }
        population_.add(individual, penalties_.cost_evaluator());
        consider(individual);
    }
}

// Island models: the best individuals leave as copies (the best on record first, though a restart may have
// dropped it from the population), and the arrivals join the population in the order given, so that the
// exchange stays deterministic. Arrivals are not offspring: they count neither as iterations nor for the
// penalties' feasible share.
void Search::migrate() {
    next_migration_ += genetic_.migration_interval;
    std::vector<const Individual*> leaving;
    if (best_feasible_) leaving.push_back(best_feasible_.get());
    for (const Individual* individual : population_.best(genetic_.migrants))
        if (individual != best_feasible_.get()) leaving.push_back(individual);
    if (static_cast<int>(leaving.size()) > genetic_.migrants)
        leaving.resize(static_cast<std::size_t>(genetic_.migrants));
    std::vector<Solution> emigrants;
    for (const Individual* individual : leaving) emigrants.push_back(individual->solution);
    for (Solution& arrival : params_.migrate(std::move(emigrants))) {
        auto individual = std::make_shared<Individual>(instance_, std::move(arrival));
        population_.add(individual, penalties_.cost_evaluator());
        consider(individual);
    }
}

void Search::report_progress(bool force, std::string activity) {
    if (!params_.on_progress) return;
    const auto now = Clock::now();
    if (!force && activity.empty() && now - last_progress_ < std::chrono::seconds(1)) return;
    last_progress_ = now;
    Progress progress;
    progress.elapsed_seconds = elapsed();
    if (best_feasible_) progress.best_feasible_cost = best_feasible_->objective();
    progress.iterations = iterations_;
    progress.feasible_population = population_.feasible_size();
    progress.infeasible_population = population_.infeasible_size();
    progress.penalties = penalties_.weights();
    progress.activity = std::move(activity);
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
    if (decomposing()) decompose_best();
    if (polishing()) {
        // Built now (O(n^2) like the narrow lists), so that the reserve goes to the descent alone.
        LocalSearchParams wide = local_search_params();
        wide.granularity = std::max(genetic_.polish_granularity, granularity());
        wide.neighbours = shared_neighbour_lists(instance_, wide.granularity);
        wide.focused_from = 0;
        polish_search_ = std::make_unique<LocalSearch>(instance_, wide);
    }
    next_migration_ = genetic_.migration_interval;
    for (;;) {
        breed();
        polish_best();
        // What the last polish left of its reserve goes back to breeding, so that the run ends at the limit.
        if (polish_reserve_ == 0 || interrupted_at_limit() || budget_spent() || population_.empty()) break;
        polish_reserve_ = 0;
    }
    return finish();
}

// Offspring until a stop: the clock (short of the polish reserve), the budget or an empty population.
void Search::breed() {
    const int batch = std::max(genetic_.batch_size, 1);
    while (!interrupted() && !budget_spent() && !population_.empty()) {
        if (genetic_.restart_after > 0 && iterations_ - last_restart_improvement_ >= genetic_.restart_after) {
            // Stagnation: the best stays on record, the population starts afresh.
            population_.clear();
            best_since_restart_ = kUnlimited;
            last_restart_improvement_ = iterations_;
            build_population(++restarts_, false);
            continue;
        }
        std::int64_t count = batch;
        if (params_.iterations >= 0) count = std::min(count, params_.iterations - iterations_);
        // Batches end on migration iterations, so that islands exchange at the same counts on any
        // machine.
        if (params_.migrate) count = std::min(count, next_migration_ - iterations_);
        population_.update_fitness();
        const PenaltyWeights weights = penalties_.weights();
        const std::int64_t first = iterations_;
        const double ruin_share = intensifying_ ? genetic_.ruin_share : 0.0;
        auto results = run_batch(static_cast<int>(count), false, [&](int i) {
            Rng rng = derived_rng(params_.seed, kOffspringStream, static_cast<std::uint64_t>(first + i));
            // The best solution, ruined a little and recreated: an iterated local search beside the
            // genetic one, whose children cost a fraction of a crossover's (most of their routes stay
            // settled). Only once something is feasible: before, its children would start from an
            // infeasible parent whose settled routes keep their violations, and the crossovers reach
            // feasibility sooner (five large site-dependent instances stayed infeasible for 10 s with
            // ruins of tournament parents).
            if (ruin_share > 0 && uniform_unit(rng) < ruin_share && best_feasible_) {
                const Individual& parent = ruin_start_ ? *ruin_start_ : *best_feasible_;
                Solution child = ruin_and_recreate(instance_, parent.solution, neighbour_lists(), weights,
                                                   ruin_params(), rng);
                std::vector<char> settled = routes_kept_from(child, parent.solution, instance_.num_nodes());
                Bred bred = educate(std::move(child), weights, rng, true, settled);
                bred.ruined = true;
                return bred;
            }
            const Individual& mother = population_.select(rng);
            const Individual& father = population_.select(rng);
            if (uniform_unit(rng) < genetic_.route_crossover_share) {
                Solution child = selective_route_exchange(instance_, mother, father, weights, rng,
                                                          genetic_.srex_tour_order == 1);
                std::vector<char> settled;
                if (genetic_.settled_education)
                    settled = routes_kept_from(child, father.solution, instance_.num_nodes());
                return educate(std::move(child), weights, rng, true, settled);
            }
            std::vector<int> tour =
                ordered_crossover(mother.giant_tour, father.giant_tour, rng, instance_.node_groups());
            return educate(split_tour(instance_, tour, weights), weights, rng, true);
        });
        for (const auto& bred : results) {
            if (!bred || budget_spent()) break;
            ++iterations_;
            const IndividualPtr best_before = best_feasible_;
            absorb(*bred);
            follow_intensification(*bred, best_feasible_ != best_before);
        }
        if (params_.migrate && iterations_ >= next_migration_ && !interrupted() && !budget_spent()) migrate();
        if (genetic_.polish_interval > 0 && iterations_ - last_polish_ >= genetic_.polish_interval &&
            best_feasible_ != polished_from_ && !interrupted() && !budget_spent())
            polish_best();
        report_progress(false);
        if (decomposing() && iterations_ - last_decomposition_ >= genetic_.decomposition_interval &&
            !budget_spent())
            decompose_best();
    }
}

// A descent of the best with wide neighbour lists, under the repair's high penalty weights (the polish
// looks for a better feasible solution, not for a way through infeasible ones). The last one runs in the
// budget's last 1 % (polish_reserve_), until the limit at most: one cut short still keeps its moves.
void Search::polish_best() {
    if (!polish_search_ || !best_feasible_ || best_feasible_ == polished_from_ ||
        params_.cancel.cancelled() || target_reached())
        return;
    const double began = budget_used();
    Solution solution = best_feasible_->solution;
    Rng rng = derived_rng(params_.seed, kPolishStream, polishes_++);
    polish_search_->run(solution, penalties_.repair_weights(100), rng,
                        [this] { return interrupted_at_limit(); });
    const double took = budget_used() - began;
    auto polished = std::make_shared<Individual>(instance_, std::move(solution));
    const Cost before = best_feasible_->objective();
    const Cost after = polished->feasible ? std::min(polished->objective(), before) : before;
    char line[96];
    std::snprintf(line, sizeof line, "polish %llu: %lld to %lld (%.2f s)",
                  static_cast<unsigned long long>(polishes_), static_cast<long long>(before),
                  static_cast<long long>(after), took);
    report_progress(true, line);
    last_polish_ = iterations_;
    polished_from_ = best_feasible_;
    if (after == before) return;
    population_.add(polished, penalties_.cost_evaluator());
    consider(polished);
    polished_from_ = best_feasible_;
}

// Ruin and recreate of the best improves it fast while there is something near it to find; once
// `ruin_patience` such children in a row brought no new best, the crossovers alone breed (they explore
// where one solution's neighbourhood does not reach) until some child improves the best, which is then
// worth intensifying around again. Decided on the merged children in offspring order, so the thread
// count changes nothing.
void Search::follow_intensification(const Bred& bred, bool new_best) {
    if (new_best) {
        intensifying_ = true;
        ruins_without_improvement_ = 0;
        ruin_start_ = nullptr;
        return;
    }
    if (!bred.ruined) return;
    if (genetic_.ruin_accept > 0 && best_feasible_) {
        // Record-to-record travel (Dueck, 1993) around the best: a feasible child within the band becomes
        // the next ruins' start, so that the walk may cross a ridge that ruins of the best alone do not.
        const IndividualPtr& child = bred.repaired ? bred.repaired : bred.educated;
        const double band = (1 + genetic_.ruin_accept) * static_cast<double>(best_feasible_->objective());
        if (child->feasible && static_cast<double>(child->objective()) <= band) ruin_start_ = child;
    }
    if (++ruins_without_improvement_ >= genetic_.ruin_patience && genetic_.ruin_patience > 0)
        intensifying_ = false;
}

bool Search::decomposing() const {
    return genetic_.decompose_from > 0 && instance_.num_clients() >= genetic_.decompose_from &&
           decomposable(instance_);
}

// The best solution's routes in sub-problems, each searched from its current routes; what improved goes
// into the population like an offspring, so that crossover spreads it.
void Search::decompose_best() {
    last_decomposition_ = iterations_;
    if (!best_feasible_ || interrupted()) return;
    DecompositionPass pass;
    pass.target_clients = genetic_.decomposition_size;
    pass.iterations = genetic_.decomposition_iterations;
    pass.genetic = genetic_;
    pass.genetic.decompose_from = 0;
    pass.genetic.polish_granularity = 0;
    // A short sub-search cannot afford HGS's 4 mu first individuals: it starts from good routes anyway
    // (in the large-instance mode large_initial_size: each costs a full descent, a ruin child a fraction).
    pass.genetic.initial_size = std::min(genetic_.initial_size, genetic_.min_population);
    pass.seed = params_.seed;
    pass.pass = decomposition_passes_++;
    pass.threads = arena_.max_concurrency();
    pass.parent = &params_;
    const double began = elapsed();
    DecompositionOutcome outcome =
        decompose_and_solve(instance_, best_feasible_->solution, neighbour_lists(), pass);
    std::string line = "decomposition " + std::to_string(pass.pass + 1) + ": " +
                       std::to_string(outcome.groups) + " sub-problems of ~" +
                       std::to_string(pass.target_clients) + " clients, " + std::to_string(pass.iterations) +
                       " iterations each, " + std::to_string(outcome.searched) + " searched before the limit";
    if (outcome.improved > 0) {
        auto merged = std::make_shared<Individual>(instance_, std::move(outcome.solution));
        line += ", " + std::to_string(outcome.improved) + " improved";
        population_.add(merged, penalties_.cost_evaluator());
        consider(merged);
        if (best_feasible_ == merged) follow_intensification(Bred{}, true);
    } else {
        line += ", none improved";
    }
    char took[32];
    std::snprintf(took, sizeof took, " (%.1f s)", elapsed() - began);
    report_progress(true, line + took);
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
    require(g.recreated_share >= 0 && g.recreated_share <= 1, "genetic: recreated_share must be in [0, 1]");
    require(g.route_crossover_share >= 0 && g.route_crossover_share <= 1,
            "genetic: route_crossover_share must be in [0, 1]");
    require(g.ruin_share >= 0 && g.ruin_share <= 1, "genetic: ruin_share must be in [0, 1]");
    require(g.ruin_patience >= 0, "genetic: ruin_patience must be >= 0 (0: never stop intensifying)");
    require(g.ruin_removed >= 1 && g.ruin_max_string >= 1,
            "genetic: ruin_removed and ruin_max_string must be >= 1");
    require(g.ruin_route_share >= 0, "genetic: ruin_route_share must be >= 0 (0: fixed ruin sizes)");
    require(g.ruin_accept >= 0, "genetic: ruin_accept must be >= 0 (0: ruins start from the best)");
    require(g.srex_tour_order == 0 || g.srex_tour_order == 1, "genetic: srex_tour_order must be 0 or 1");
    require(g.settled_education == 0 || g.settled_education == 1,
            "genetic: settled_education must be 0 or 1");
    require(g.ruin_children_join >= -1 && g.ruin_children_join <= 1,
            "genetic: ruin_children_join must be -1 (by kind), 0 or 1");
    require(g.swap_star >= -1 && g.swap_star <= 2, "genetic: swap_star must be -1 (auto), 0, 1 or 2");
    require(g.migration_interval >= 1 && g.migrants >= 1,
            "genetic: migration_interval and migrants must be >= 1");
    require(g.decompose_from >= 0 && g.decomposition_size >= 1 && g.decomposition_interval >= 1 &&
                g.decomposition_iterations >= 0,
            "genetic: decompose_from must be >= 0 (0: never), decomposition_size and decomposition_interval "
            ">= 1, decomposition_iterations >= 0");
    require(
        g.penalty_interval >= 1 && g.initial_size >= 1 && g.batch_size >= 1 &&
            (g.granularity >= 1 || g.granularity == -1) && g.neighbour_pool >= 1 && g.neighbour_prior >= 0,
        "genetic: penalty_interval, initial_size, batch_size and neighbour_pool must be >= 1, granularity "
        ">= 1 or -1 (by kind), neighbour_prior >= 0");
    require(g.large_from >= 0 && g.large_initial_size >= 1 && g.site_dependent_large_from >= 0,
            "genetic: large_from and site_dependent_large_from must be >= 0 (0: never) and "
            "large_initial_size >= 1");
    require(
        g.polish_granularity >= 0 && g.polish_interval >= 0,
        "genetic: polish_granularity must be >= 0 (0: no polish) and polish_interval >= 0 (0: none during "
        "the run)");
}

Result genetic_search(const Instance& instance, const SolverParams& params) {
    return Search(instance, params).run();
}

}  // namespace routekit
