#pragma once
// The single-vehicle engine: an iterated local search for TSP and ATSP that works from the distance matrix
// alone. Local search: 2-opt, Or-opt and Lin-Kernighan (symmetric), Or-opt keeping orientation and the
// orientation-preserving 3-opt "segment swap" (both), on neighbour lists with don't-look bits; kicks: a
// random segment swap (double bridge) among nearby positions, after which only the touched nodes are
// re-examined; a kicked tour is kept when it is not worse.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"
#include "solver/tsp_local_search.hpp"

namespace routekit {

struct TspSearchParams {
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    std::int64_t max_iterations = -1;  ///< kicks; -1: no limit; 0: construction + one descent
    std::int64_t no_improvement = -1;  ///< stop after this many kicks without a better best tour; -1: never
    std::optional<Cost> target;        ///< stop as soon as the best tour costs at most this
    std::function<bool()> cancelled;   ///< polled every few kicks; empty: never cancelled
    std::uint64_t seed = 1;
    /// A tour to start from: one route holding clients 1..n-1 in order (node 0 implicit at both ends).
    std::optional<Route> initial_tour;
    /// Called with the new best cost on every improvement of the best tour (and once for the first tour).
    std::function<void(Cost cost, double seconds, std::int64_t iteration)> on_improvement;
    /// Called about once a second (from the calling thread) with the best cost, the seconds since the call
    /// and the kicks so far; empty: never.
    std::function<void(Cost best_cost, double seconds, std::int64_t iteration)> on_progress;
    /// Candidate list length per node (and per direction on asymmetric instances) when they are the nearest.
    int neighbours = 10;
    /// Symmetric instances, when > 0: the candidates are the `alpha_neighbours` alpha-nearest (Helsgaun's
    /// measure, heuristics/sparse_alpha_nearness.hpp) among the `alpha_from` nearest and the
    /// `quadrant_neighbours` nearest per quadrant (Euclidean instances), with the penalties of
    /// `alpha_ascent` subgradient steps; all of it O(n log n) per step on that sparse graph. 0: the nearest.
    int alpha_from = 14;
    int alpha_neighbours = 8;
    int quadrant_neighbours = 2;
    int alpha_ascent = 50;
    /// > 0: Helsgaun's 1-tree ascent instead (one_tree_ascent), max(10, alpha_one_tree_work / nodes)
    /// 1-trees at most; 0: `alpha_ascent` steps on spanning trees. Off: at 2,000,000 (about 1-2 CPU s at
    /// 4,000-18,500 nodes) the bound rises (pla7397 5.8 -> 0.9 % below the best tour) but the 10 CPU s
    /// screen loses on two seeds, fl3795 clearly (bench/results/2026-12-01-tsp5-one-tree-ascent).
    std::int64_t alpha_one_tree_work = 0;
    int kick_span = 100;  ///< the three cut points of a kick lie within this many positions
    /// Lin-Kernighan's depth, breadth and look-ahead (tsp_local_search.hpp).
    TspLinKernighanParams lin_kernighan;
    /// Kicks without an improvement of the current tour after which the search restarts from the best tour
    /// with `restart_kicks` kicks anywhere on it, kept whatever they cost; 0: never.
    std::int64_t restart_after = 2000;
    int restart_kicks = 30;
    /// Walks (symmetric instances; asymmetric ones take one): each an iterated local search from the same
    /// first tour with its own random stream. Every `merge_every` kicks per walk their best tours are merged
    /// by partition crossover (tsp_partition_crossover.hpp) and each goes on from the child. The walks run
    /// on up to `threads` threads; the result does not depend on how many: a fixed seed and iteration
    /// limit give the same tour on any thread count.
    int walks = 2;
    std::int64_t merge_every = 500;
    int threads = 1;
    bool verify = false;  ///< recompute the tour cost after every descent and throw on a mismatch (tests)
};

struct TspSearchResult {
    Solution solution;  ///< one route: clients in tour order, starting after node 0
    Cost cost = 0;
    double time_to_best = 0;  ///< seconds from the call to the moment the best tour was found
    double elapsed = 0;
    std::int64_t iterations = 0;  ///< kicks performed
};

/// Runs the engine on a TSP or ATSP instance (any instance is read as one vehicle visiting every node).
/// Deterministic for a fixed seed and iteration limit.
TspSearchResult tsp_search(const Instance& instance, const TspSearchParams& params = {});

}  // namespace routekit
