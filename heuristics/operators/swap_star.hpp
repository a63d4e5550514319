#pragma once
// SWAP* (Vidal 2022): exchanges client u of route a with client v of route b, each inserted at its best
// place in the other route rather than in the other's position. The search over (u, v) prices insertions
// by distance and load from the three cheapest insertion places of each client (preprocessed per route
// pair); the chosen candidate is then evaluated exactly, time windows and duration included. With
// price_time(true) the estimate adds each removal's and insertion's own change of the time penalties (PyVRP's
// time-aware SWAP*): on long time-window routes the distance alone mostly picks exchanges that break windows.
#include <array>
#include <optional>
#include <vector>

#include "heuristics/operators/operator.hpp"

namespace routekit {

struct SwapStarMove {
    int route_a = 0;
    int pos_u = 1;  ///< position of u in route a
    int route_b = 1;
    int pos_v = 1;    ///< position of v in route b
    int u_after = 0;  ///< u goes after this position of route b (v removed; pos_v - 1 means v's place)
    int v_after = 0;  ///< v goes after this position of route a (u removed; pos_u - 1 means u's place)
};

class SwapStar : public MoveOperator<SwapStar, SwapStarMove> {
  public:
    explicit SwapStar(SearchState& state) : MoveOperator(state, "swap*") {}
    /// Whether the estimate prices time windows and duration too (only where time matters; off by default).
    void price_time(bool on) { price_time_ = on; }
    bool valid(const SwapStarMove& move) const;
    /// The most promising exchange between two distinct routes by the distance-and-load estimate, or
    /// nothing when the estimate finds no improvement.
    std::optional<SwapStarMove> best_candidate(int route_a, int route_b);

    MoveProposals proposals(const SwapStarMove& move) const;

  private:
    struct Insertions {  ///< the three cheapest places (insert after position) and their costs
        std::array<Cost, 3> cost{kUnlimited, kUnlimited, kUnlimited};
        std::array<int, 3> after{-1, -1, -1};
        void offer(Cost c, int position);
    };
    /// The cheapest places of `client` in `to_route`, recomputed only when that route has changed since
    /// they were last computed (they depend on nothing else; HGS-CVRP's cache).
    const Insertions& insertions(int client, int to_route);
    struct CachedInsertions {
        Insertions best;
        long long loads = -1;  ///< the state's load() count and the route's stamp when computed
        long long modified = -1;
        int client = -1;  ///< the entry's key: the cache is direct-mapped, so memory stays bounded
        int route = -1;
    };
    /// Cheapest insertion of the client at `pos` of `from` into route `to_route` once its client at
    /// `removed` is gone.
    std::pair<Cost, int> insertion_without(const RouteData& from, int pos, const Insertions& best,
                                           int to_route, int removed) const;
    /// The estimate's price of taking position `pos` out of route `r`: distance, and time with price_time.
    Cost removal_cost(int r, int pos) const;
    /// With price_time: the time-penalty change of taking position `pos` out of route `r`; 0 otherwise.
    Cost removal_time(int r, int pos) const;
    /// With price_time: the time-penalty change of putting the client at `pos` of `from` into route `r` in
    /// place of positions first..last (first = last + 1: between them); 0 otherwise.
    Cost insertion_time(int r, int first, int last, const RouteData& from, int pos) const;
    bool timed() const { return price_time_ && state_.time_matters() && !state_.trips(); }
    std::vector<CachedInsertions> cache_;  ///< at (route * num_nodes + client) % size
    std::vector<Cost> removals_;           ///< best_candidate's removal_cost per position of its second route
    bool price_time_ = false;
};

}  // namespace routekit
