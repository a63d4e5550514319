#pragma once
// Granular local search, exact for asymmetric costs, capacities, time windows and route durations.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// For each node, the clients a move may place it next to (the depot's list empty).
using NeighbourLists = std::vector<std::vector<int>>;

struct LocalSearchParams {
    int granularity = 20;   ///< Γ: each client is tried next to its Γ closest neighbours
    bool swap_star = true;  ///< whether SWAP* runs (it is the costliest neighbourhood)
    /// The granular neighbour lists, when the caller shares one copy among several LocalSearch objects
    /// (one per thread); null: computed by the constructor (O(n^2)).
    std::shared_ptr<const NeighbourLists> neighbours;
    /// From this many clients on (0: never), a run told of settled routes visits only the clients whose
    /// moves may have changed: those of the routes not settled or changed since, and the clients with one of
    /// them among their neighbours. The descent ends in the same kind of local optimum, at a cost that grows
    /// with what changed rather than with n (a ruin child at n = 15,000 touches a few routes).
    int focused_from = 0;
    /// SWAP*'s candidate estimate prices time windows and duration too (SwapStar::price_time).
    bool swap_star_windows = false;
};

/// The granular neighbour lists of `instance`: for each client its `granularity` closest other clients,
/// closest first, by min(c(i, j), c(j, i)) with c the distance plus, with time windows, Vidal's penalties
/// for the waiting and the time warp that serving j right after i would cause.
std::shared_ptr<const NeighbourLists> shared_neighbour_lists(const Instance& instance, int granularity);

struct OperatorStats {
    std::string name;
    std::uint64_t evaluations = 0;
    std::uint64_t improvements = 0;
};

/// Reusable across runs (its buffers and neighbour lists are kept); one object per thread, since run()
/// works in internal buffers. A run depends only on its arguments, not on earlier runs.
class LocalSearch {
  public:
    LocalSearch(const Instance& instance, LocalSearchParams params = {});
    ~LocalSearch();
    LocalSearch(const LocalSearch&) = delete;
    LocalSearch& operator=(const LocalSearch&) = delete;

    /// Descends from `solution` to a local optimum of the penalized cost under `weights`, moves tried in an
    /// order drawn from `rng`. The solution may use at most the instance's fleet (unlimited: as many routes
    /// as it needs). Throws ParameterError unless `solution` visits every required client exactly once
    /// (optional clients may be left out; the descent drops and inserts them, priced by their prizes).
    /// `should_stop`, when given, is polled every few dozen clients; once it returns true the run ends early
    /// and `solution` holds the moves applied so far (complete and valid, not yet a local optimum).
    void run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
             const std::function<bool()>& should_stop = {});
    /// The same, knowing that the routes k with `settled[k] != 0` (indices into solution.routes) were a
    /// local optimum together (e.g. routes a crossover child kept intact from one educated parent): pairs of
    /// them are not tried until a move changes one, which makes a child's descent much cheaper. A client
    /// left out (optional) is still offered to every route the first time it is tried and after a drop.
    void run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
             const std::function<bool()>& should_stop, const std::vector<char>& settled);

    std::vector<OperatorStats> stats() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace routekit
