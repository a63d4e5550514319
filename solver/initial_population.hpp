#pragma once
// The recipe of the first population (and of the populations rebuilt at restarts): constructions of the
// kind params.init names, the first of each kind greedy and the others randomized, plus random giant tours
// split optimally.
#include <string>
#include <vector>

#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

class InitialSolutions {
  public:
    /// Throws ParameterError when `init` is not nn, savings, regret, random, learned, learned-savings or mix.
    /// `greedy_first`: the first solution of each construction is its deterministic form.
    /// `constructed_share`: the share of the `count` solutions that are constructions (unless init=random),
    /// the rest random tours. What the constructions share (savings candidates, policy weights) is prepared
    /// here, once; each solution is built only when make() asks for it.
    /// `recreated_share`: the share of the solutions built instead by greedy insertion from no routes at all
    /// (ruin and recreate's recreation, on the neighbour lists `near`), spread evenly over the indices but
    /// the first: the constructions and Split know one vehicle, so with site dependence their routes visit
    /// clients their vehicles may not serve, while the insertion tries only vehicles that may.
    InitialSolutions(const Instance& instance, const std::string& init, const std::string& policy_file,
                     int count, bool greedy_first, double constructed_share = 0.5, double recreated_share = 0,
                     const NeighbourLists* near = nullptr);

    int size() const { return static_cast<int>(plan_.size()); }
    /// The index-th solution, within the fleet, randomized from `rng` unless it is a greedy one; thread-safe.
    Solution make(int index, const PenaltyWeights& weights, Rng& rng) const;

    /// Throws ParameterError when `init` is not a known method.
    static void validate(const std::string& init);
    /// The construction methods `init` stands for (random: none; mix: all four, learned included).
    static std::vector<std::string> methods(const std::string& init);

  private:
    struct Entry {
        int constructor = -1;  // index into constructors_; -1: a random giant tour
        bool greedy = false;
        bool recreated = false;  // greedy insertion from no routes (overrides the two above)
    };
    const Instance& instance_;
    const NeighbourLists* near_;
    std::vector<Constructor> constructors_;
    std::vector<Entry> plan_;
};

/// A random giant tour split under `weights` (within the fleet).
Solution random_split_solution(const Instance& instance, const PenaltyWeights& weights, Rng& rng);

/// `solution` re-split from its giant tour when it uses more routes than the fleet has; unchanged otherwise.
/// With several vehicle types `solution` is positional (a warm start's .sol): unchanged when every route
/// has a vehicle.
Solution within_fleet(const Instance& instance, Solution solution, const PenaltyWeights& weights);

}  // namespace routekit
