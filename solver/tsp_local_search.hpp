#pragma once
// Descent for the TSP engine: first-improvement moves on neighbour lists, driven by a queue of nodes whose
// don't-look bit is off, so that after a kick only the few touched nodes are re-examined.
//   symmetric:  2-opt, Or-opt (segments of 1..3, both orientations), sequential 3-opt (LK depth 3),
//               segment swap (or-3opt);
//   asymmetric: Or-opt keeping orientation, segment swap a->b..c->d..e->f => a->d..e->b..c->f.
#include <vector>

#include "routekit/model/instance.hpp"
#include "solver/tsp_distance.hpp"
#include "solver/tsp_tour.hpp"

namespace routekit {

class TspLocalSearch {
  public:
    TspLocalSearch(const Instance& instance, int neighbours);

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
    /// Lin-Kernighan to depth 3: a 2-opt move that does not pay on its own, followed by a second 2-opt move
    /// breaking its closing edge; evaluated on the unchanged tour, applied only when it pays.
    Cost try_three_opt(TspTour& tour, int t1);
    Cost try_or_opt_asymmetric(TspTour& tour, int a);
    /// The segment swap with `a` the tail of the first removed edge; `backward` reads the tour in the
    /// other direction (symmetric instances only).
    Cost try_segment_swap(TspTour& tour, int a, bool backward);

    void activate_all_of(std::initializer_list<int> nodes);

    int n_ = 0;
    int k_ = 0;
    bool symmetric_ = true;
    TspDistance distance_;
    std::vector<int> out_;  ///< k nearest successors of each node, nearest first
    std::vector<int> in_;   ///< k nearest predecessors (same as out_ when symmetric)
    std::vector<int> queue_;
    std::size_t queue_head_ = 0;
    std::vector<char> queued_;
};

}  // namespace routekit
