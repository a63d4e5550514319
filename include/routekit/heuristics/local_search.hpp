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

struct LocalSearchParams {
    int granularity = 20;   ///< Γ: each client is tried next to its Γ closest neighbours
    bool swap_star = true;  ///< whether SWAP* runs (it is the costliest neighbourhood)
};

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
    /// as it needs). Throws ParameterError unless `solution` visits every client exactly once.
    /// `should_stop`, when given, is polled every few dozen clients; once it returns true the run ends early
    /// and `solution` holds the moves applied so far (complete and valid, not yet a local optimum).
    void run(Solution& solution, const PenaltyWeights& weights, Rng& rng,
             const std::function<bool()>& should_stop = {});

    std::vector<OperatorStats> stats() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace routekit
