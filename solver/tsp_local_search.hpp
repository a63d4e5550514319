#pragma once
// Descent for the TSP engine: first-improvement moves on neighbour lists, driven by a queue of nodes whose
// don't-look bit is off, so that after a kick only the few touched nodes are re-examined.
//   symmetric:  2-opt, Or-opt (segments of 1..3, both orientations), Lin-Kernighan on chained 2-opt
//               moves (depth 2 is sequential 3-opt), segment swap (or-3opt);
//   asymmetric: Or-opt keeping orientation, segment swap a->b..c->d..e->f => a->d..e->b..c->f.
#include <cstdint>
#include <vector>

#include "routekit/model/instance.hpp"
#include "solver/tsp_distance.hpp"
#include "solver/tsp_tour.hpp"

namespace routekit {

/// How the candidate lists are drawn (tsp_search.hpp's TspSearchParams explains the choices).
struct TspCandidateParams {
    int neighbours = 10;        ///< list length
    int per_quadrant = 0;       ///< Euclidean: this many nearest per quadrant among the drawn
    int alpha_from = 0;         ///< > 0 (symmetric): the alpha-nearest among this many drawn; 0: the nearest
    int ascent_iterations = 0;  ///< subgradient steps for the alpha penalties
    /// > 0: the penalties and alpha come from one_tree_ascent (1-trees, Helsgaun's step rule) capped at
    /// max(10, this / nodes) 1-trees instead; 0: ascent_penalties' spanning trees.
    std::int64_t one_tree_work = 0;
};

/// How deep and wide the Lin-Kernighan search goes. Depth 12 with breadth (5, 3, 1...) and look-ahead
/// against the former depth 3 with (10, 5) in candidate order: 0.437 against 0.470 % mean on six instances
/// of 3,795-18,512 nodes at 10 CPU s (bench/results/2026-12-01-tsp3-*): about half the kicks per second,
/// but each descent goes deeper.
struct TspLinKernighanParams {
    int depth = 12;                  ///< 2-opt moves chained at most (1..12); 2 is sequential 3-opt
    std::vector<int> breadth{5, 3};  ///< candidates followed deeper per level; levels past the list: 1
    /// Follow them best gain after breaking the next tour edge first (Lin and Kernighan's look-ahead);
    /// false: in the candidates' order.
    bool lookahead = true;
};

class TspLocalSearch {
  public:
    TspLocalSearch(const Instance& instance, const TspCandidateParams& candidates,
                   const TspLinKernighanParams& lin_kernighan = {});

    /// Clears `node`'s don't-look bit: it is examined in the next descent.
    void activate(int node);
    void activate_all(const TspTour& tour);
    /// Applies improving moves until no active node has one; returns the total cost decrease (exact).
    Cost descend(TspTour& tour);

    /// The candidate lists: k per node, row-major, nearest first (out-lists on asymmetric instances).
    int list_length() const { return k_; }
    const std::vector<int>& candidate_lists() const { return out_; }
    Cost distance(int from, int to) const { return distance_(from, to); }

  private:
    Cost d(int from, int to) const { return distance_(from, to); }
    const int* out_neighbours(int node) const { return &out_[static_cast<std::size_t>(node) * k_]; }
    const int* in_neighbours(int node) const { return &in_[static_cast<std::size_t>(node) * k_]; }

    /// Each tries the moves around `a` and applies the first improving one; returns its gain (0: none).
    Cost try_two_opt(TspTour& tour, int a);
    Cost try_or_opt_symmetric(TspTour& tour, int a);
    /// Lin-Kernighan on 2-opt moves, to `lk_depth` of them: each breaks the closing edge t1-t2 of the one
    /// before; evaluated on the unchanged tour (through FlippedTour), applied only when closing pays.
    Cost try_lin_kernighan(TspTour& tour, int t1);
    /// One level of that search from the tour `flipped`, t2 next to t1 there, `gain` the removed length
    /// less the added so far; on success fills steps_[level..] and lk_gain_.
    bool lin_kernighan_level(class FlippedTour& flipped, int level, int t1, int t2, int previous_t3,
                             Cost gain);
    Cost try_or_opt_asymmetric(TspTour& tour, int a);
    /// The segment swap with `a` the tail of the first removed edge; `backward` reads the tour in the
    /// other direction (symmetric instances only).
    Cost try_segment_swap(TspTour& tour, int a, bool backward);

    void activate_all_of(std::initializer_list<int> nodes);

    static constexpr int kMaxDepth = 12;
    struct Step {
        int t2, t1, t3, t4;  ///< the 2-opt move removing t2-t1 and t3-t4, adding t2-t3 and t1-t4
    };
    /// A way to go on from one level: break t3-t4 after adding t2-t3, `gain` the total so far.
    struct Option {
        Cost gain;
        int t3, t4;
    };

    int n_ = 0;
    int k_ = 0;
    int lk_depth_ = 3;
    /// Candidates followed deeper at each level (each is tried for closing anyway).
    int lk_breadth_[kMaxDepth] = {};
    /// Followed in the order of the gain after breaking t3-t4 (Lin and Kernighan's look-ahead) instead of
    /// the candidates' order.
    bool lk_lookahead_ = false;
    Step steps_[kMaxDepth] = {};
    int added_[kMaxDepth][2] = {};            ///< the edge t2-t3 added at each level of the path being tried
    std::vector<Option> options_[kMaxDepth];  ///< per level, the ways on
    int lk_moves_ = 0;                        ///< the number of steps of the move found
    Cost lk_gain_ = 0;
    bool symmetric_ = true;
    TspDistance distance_;
    std::vector<int> out_;  ///< k nearest successors of each node, nearest first
    std::vector<int> in_;   ///< k nearest predecessors (same as out_ when symmetric)
    std::vector<int> queue_;
    std::size_t queue_head_ = 0;
    std::vector<char> queued_;
};

}  // namespace routekit
