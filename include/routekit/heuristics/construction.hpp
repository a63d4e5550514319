#pragma once
// Greedy constructions. Each respects capacity, time windows and route durations when it can, and the fleet
// when the clients fit it (otherwise it returns more routes, which the checker reports); TSP and ATSP get a
// single route. Each has a randomized form (rng != nullptr) for diverse starting solutions.
#include <memory>
#include <string>
#include <string_view>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Nearest neighbour: extends the route with the cheapest feasible next client, opening a new route when
/// none fits. Randomized: picks among the few cheapest.
Solution nearest_neighbour(const Instance& instance, Rng* rng = nullptr);

}  // namespace routekit

namespace routekit {

/// Clarke-Wright savings, parallel version with directed savings s_ij = d_i0 + d_0j - d_ij (merging route
/// ends in the right direction on asymmetric matrices), kept for each client's 80 nearest successors.
/// Randomized: savings scaled by factors in [0.9, 1.1].
Solution savings(const Instance& instance, Rng* rng = nullptr);

/// Regret-k cheapest insertion: repeatedly inserts the client whose best insertion beats its k-th best by
/// the most. Randomized: noise on the insertion costs.
Solution regret_insertion(const Instance& instance, Rng* rng = nullptr, int k = 3);

/// One construction method prepared for one instance: what all its solutions share (the savings candidates,
/// the learned policy's weights and neighbour lists) is computed once here, so that a population of
/// randomized constructions pays the O(n^2) part once instead of once per solution. build() is thread-safe.
class Constructor {
  public:
    /// `method`: nn, savings, regret, learned or learned-savings (savings with its merge order biased by the
    /// learned edge prior, docs/learned_policy.md); `policy_file` names the learned weights of either
    /// (empty: the embedded default). Throws ParameterError on another method, InputError on an unreadable
    /// weights file.
    Constructor(const Instance& instance, std::string_view method, const std::string& policy_file = {});
    ~Constructor();
    Constructor(Constructor&&) noexcept;
    Constructor& operator=(Constructor&&) = delete;

    /// The deterministic (greedy) form when `rng` is null, else a randomized one drawn from `rng`.
    Solution build(Rng* rng = nullptr) const;
    const std::string& method() const { return method_; }

  private:
    struct Prepared;
    std::string method_;
    std::unique_ptr<const Prepared> prepared_;
};

/// One solution of `method` (nn, savings, regret, learned or learned-savings with the embedded weights); to
/// build several on one instance, a Constructor shares their common part. Throws ParameterError on another
/// name.
Solution construct(const Instance& instance, std::string_view method, Rng* rng = nullptr);

}  // namespace routekit
