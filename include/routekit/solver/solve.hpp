#pragma once
// The one entry point for solving: solve(instance, params) -> Result.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Shared cancellation flag: copy it, hand a copy to solve(), call cancel() from any thread (or a signal
/// handler: cancel() only stores to a lock-free atomic). The solver stops within a fraction of a second and
/// returns the best solution found so far.
class CancellationToken {
  public:
    CancellationToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return flag_->load(std::memory_order_relaxed); }
    /// The raw flag, for a signal handler that must not touch a shared_ptr.
    std::atomic<bool>* flag() const { return flag_.get(); }

  private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

/// What the solver reports about once a second through SolverParams::on_progress.
struct Progress {
    double elapsed_seconds = 0;
    std::optional<Cost> best_feasible_cost;  ///< none found yet: nullopt
    std::int64_t iterations = 0;
    int feasible_population = 0;
    int infeasible_population = 0;
    PenaltyWeights penalties;
    std::string activity;  ///< what the search just did, when worth a line of its own (e.g. a decomposition)
};

struct TracePoint {
    double seconds = 0;  ///< since the run started
    Cost cost = 0;       ///< best feasible cost at that time
};

/// The genetic search's own settings (HGS-CVRP's defaults). Documented in docs/solver.md.
struct GeneticParams {
    int min_population = 25;          ///< μ: each subpopulation is cut back to this size
    int generation_size = 40;         ///< λ: survivors selection runs when a subpopulation reaches μ + λ
    int elite = 4;                    ///< best individuals protected by the biased fitness
    int close = 5;                    ///< neighbours averaged in the diversity contribution
    double target_feasible = 0.2;     ///< share of feasible offspring the penalties aim at
    int penalty_interval = 100;       ///< offspring between penalty adjustments
    double repair_probability = 0.5;  ///< chance an infeasible offspring is repaired (penalties x10)
    std::int64_t restart_after = 20000;  ///< iterations without improvement before the population is rebuilt
                                         ///< (0 or less: never)
    double initial_time_share = 0.2;  ///< under a time limit, the first population stops growing after this
                                      ///< share of it (large instances educate slowly)
    int initial_size = 100;           ///< individuals in the first population (4μ)
    double constructed_share = 0.5;   ///< share of them built by `init`'s constructions (at least one);
                                      ///< the rest are random giant tours cut by Split
    /// Share of them built instead by greedy insertion from no routes at all (ruin and recreate's
    /// recreation), which knows the vehicle types and the clients each may serve (not measured better on
    /// SDVRPTW yet: off).
    double recreated_share = 0;
    int batch_size = 8;  ///< offspring bred in parallel between two merges (fixed: results do not
                         ///< depend on the thread count)
    /// Γ, the local search's neighbour-list length; -1 by kind: 15 with time windows and one depot, 20
    /// otherwise. There the lists already rank by time-window proximity, and the shorter lists breed about a
    /// third more offspring per CPU second: ORTEC (10 CPU s) 0.16 % and Gehring-Homberger R2/RC2 (60 CPU s)
    /// 0.2-0.3 % lower than with 20; MDVRPTW (several depots) was 0.34 % higher with 15
    /// (bench/results/2026-12-02-granularity-by-kind). Without windows 20 stays (X at 10 CPU s within noise
    /// of 12; the large-instance targets were met at 20).
    int granularity = -1;
    /// Weight of the learned edge prior in choosing the Γ neighbours (0: the Γ nearest; docs/solver.md):
    /// each client's `neighbour_pool` nearest ranked by ln(1 + distance rank) - weight * the prior's
    /// adjacency log-odds. CVRP-like instances only (one depot, no time windows); the lists also steer
    /// ruin and recreate.
    double neighbour_prior = 0;
    int neighbour_pool = 40;             ///< the nearest clients the prior chooses the Γ from
    double route_crossover_share = 1.0;  ///< share of offspring bred by selective route exchange (SREX)
                                         ///< instead of ordered crossover + Split
    /// 1: SREX's windows are routes consecutive by angle around the depot (the giant tour's order), 0: in
    /// the solution's order, which with several vehicle types is by vehicle (with one type both are the
    /// same).
    int srex_tour_order = 0;
    double ruin_share = 1.0;  ///< while intensifying, the share of offspring bred by ruin and recreate of the
                              ///< best solution (SISR strings) instead of a crossover of two parents
    std::int64_t ruin_patience = 200;  ///< such children in a row without a new best before the crossovers
                                       ///< alone breed, until some child improves the best (0: never)
    double ruin_removed = 10;          ///< c̄ of SISR: clients a ruin removes on average
    int ruin_max_string = 10;          ///< L^max of SISR: the longest string a ruin takes from one route
    /// When positive, c̄ and L^max grow to this share of the average route length where that is more (long
    /// time-window routes; 0: the fixed sizes above)
    double ruin_route_share = 0;
    /// Record-to-record acceptance of ruin children (0: off, every ruin starts from the best): a feasible
    /// child costing at most (1 + ruin_accept) x the best becomes the solution the next ruins start from,
    /// until a new best replaces it.
    double ruin_accept = 0;
    /// Which ruin-and-recreate children join the population: 1 every one, like a crossover's child; 0 only a
    /// new best (what the large-instance mode does at any setting); -1 by kind: 0 with time windows and one
    /// depot, where the best's near-copies crowded out the population's diversity (ORTEC, 10 CPU s: 0.30 %
    /// lower), 1 otherwise, where they are the good material the crossovers breed from (X, n 401-916, at
    /// 1 CPU s; several depots, whose first population is random tours). Measured in
    /// bench/results/2026-12-02-ruin-children-join.
    int ruin_children_join = -1;
    int settled_education = 1;  ///< 1: a SREX child's descent skips pairs of the routes it kept intact from
                                ///< its receiving parent (they were a local optimum together); 0: tries all
    /// 1: the descent ends each pass with SWAP* over close route pairs; 2: the same, its estimate pricing
    /// time windows and duration too (SwapStar::price_time); 0: never; -1: only without time windows (with
    /// windows its distance-and-load estimate mostly picks exchanges that break them, and it costs a third
    /// of the run: off measured better on ORTEC and Gehring-Homberger, docs/solver.md)
    int swap_star = -1;
    /// Island models (SolverParams::migrate): iterations between two migrations, and how many of the best
    /// individuals leave each time (docs/mpi.md).
    std::int64_t migration_interval = 100;
    int migrants = 2;
    /// Route-based decomposition (docs/solver.md): from this many clients on (0: never), every
    /// `decomposition_interval` offspring, and once after the first population, the best solution's routes
    /// are grouped into sub-problems of about `decomposition_size` clients, each searched for
    /// `decomposition_iterations` offspring from its current routes, and improvements merged back.
    int decompose_from = 1500;
    int decomposition_size = 300;
    int decomposition_interval = 50;
    std::int64_t decomposition_iterations = 250;
    /// From this many clients on (0: never), what scales with n is avoided per child (docs/solver.md): the
    /// descents of children that kept most routes of a parent visit only what changed
    /// (LocalSearchParams::focused_from), the first population holds at most `large_initial_size`
    /// individuals, and a ruin-and-recreate child joins the population only when it is the new best (its
    /// broken-pairs distances to every member cost O(n) each).
    int large_from = 1500;
    int large_initial_size = 1;
    /// large_from on site-dependent instances (the smaller of the two; 0: large_from alone): a descent
    /// there costs several times one on the same clients without site dependence (PR24A, 960 clients:
    /// first feasible after 6 of 10 CPU s, a few hundred children), so the large-instance mode pays from a
    /// few hundred clients on (bench/results/2026-12-01-sdvrp-site-dependent-large: from 500 clients the mode
    /// won on 17 of 19, between 300 and 499 it lost on 5 of 6).
    int site_dependent_large_from = 500;
    /// The best solution's polish (0: none): a descent of the best with neighbour lists this wide and high
    /// penalty weights at the end of the run (under a time limit at 99 % of it, then breeding resumes). The
    /// granular lists miss moves whose gain comes from a depot edge: on C1_10_1 a client served last on
    /// the way back to the depot is 187th in the list of the client it should follow. Not in the
    /// large-instance mode.
    int polish_granularity = 100;
    /// Offspring between two polishes during the run (0: only the last), each only when the best changed
    /// since the last polish; what it finds joins the population.
    std::int64_t polish_interval = 0;
};

struct SolverParams {
    double time_limit = std::numeric_limits<double>::infinity();  ///< wall-clock seconds
    std::int64_t iterations = -1;      ///< genetic iterations; -1: no limit; 0: construction + one descent
    std::int64_t no_improvement = -1;  ///< stop after this many iterations without improvement; -1: never
    std::optional<Cost> target;        ///< stop as soon as a feasible solution costs at most this
    std::uint64_t seed = 1;
    int threads = 0;                     ///< 0: all cores
    std::string init = "savings";        ///< nn | savings | regret | random | learned | mix
    std::string policy_file;             ///< learned-policy weights; empty: the embedded default
    std::string neighbour_prior_file;    ///< edge-prior weights for genetic.neighbour_prior; empty: shipped
    std::optional<Solution> warm_start;  ///< a solution to start from (enters the first population)
    CancellationToken cancel;
    GeneticParams genetic;
    std::function<void(const Progress&)> on_progress;  ///< called about once a second from the calling thread
    /// The instant the time limit counts from (the CLI passes its own start, so reading counts too).
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    /// When set, what `time_limit` counts instead of wall-clock seconds since `start`: e.g. the process's CPU
    /// seconds (HGS-CVRP's -t), so that a busy machine does not shrink a budget. Called from every thread.
    /// Traces and times to best stay in wall-clock seconds. The TSP engine ignores it (cancel it instead).
    std::function<double()> budget_clock;
    /// Island models (routekit/distributed): when set, the genetic search calls it every
    /// `genetic.migration_interval` iterations with copies of its `genetic.migrants` best solutions (best
    /// first) and adds the solutions it returns to its population, in their order. Called from the calling
    /// thread; it may block (an exchange with other islands) and may cancel `cancel`. The TSP engine ignores
    /// it.
    std::function<std::vector<Solution>(std::vector<Solution> emigrants)> migrate;
};

/// Why the search ended: the first of SolverParams' stop rules that was met.
enum class StopReason {
    time_limit,      ///< the wall-clock limit
    iterations,      ///< the iteration limit
    no_improvement,  ///< `no_improvement` iterations in a row without a better solution
    target,          ///< a feasible solution at most `target`
    cancelled,       ///< the cancellation token (Ctrl-C on the command line)
    complete,        ///< nothing left to search (a tour small enough to enumerate, no clients)
};
/// "time limit", "iteration limit", "no improvement", "target reached", "cancelled", "search complete".
std::string_view to_string(StopReason reason);

struct Result {
    Solution solution;  ///< the best solution found (feasible when `feasible`)
    Cost cost = 0;      ///< its distance, as the independent checker computes it
    bool feasible = false;
    double time_to_best = 0;  ///< seconds from start to the moment the best was found
    double elapsed = 0;       ///< seconds from start to return
    std::int64_t iterations = 0;
    double feasible_share = 0;      ///< share of feasible offspring over the run
    std::vector<TracePoint> trace;  ///< one point per improvement of the best feasible cost
    StopReason stop_reason = StopReason::complete;
};

/// Solves `instance`. Throws ParameterError on invalid params. Thread-safe for distinct calls.
Result solve(const Instance& instance, const SolverParams& params = {});

}  // namespace routekit
