#include "solver/tsp_local_search.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics/sparse_alpha_nearness.hpp"

namespace routekit {

namespace {

/// The k nodes j != i with the smallest key(i, j), nearest first; ties broken by index (deterministic).
template <class Key>
std::vector<int> nearest_lists(int n, int k, Key key) {
    std::vector<int> lists(static_cast<std::size_t>(n) * k);
    std::vector<int> others(n - 1);
    for (int i = 0; i < n; ++i) {
        std::iota(others.begin(), others.begin() + i, 0);
        std::iota(others.begin() + i, others.end(), i + 1);
        std::partial_sort(others.begin(), others.begin() + k, others.end(), [&](int a, int b) {
            const Cost ka = key(i, a);
            const Cost kb = key(i, b);
            return ka != kb ? ka < kb : a < b;
        });
        std::copy(others.begin(), others.begin() + k, lists.begin() + static_cast<std::ptrdiff_t>(i) * k);
    }
    return lists;
}

/// The tour read in one direction: forward, or backward (which only symmetric instances may use).
struct DirectedTour {
    const TspTour& tour;
    bool backward;
    int succ(int x) const { return backward ? tour.prev(x) : tour.next(x); }
    int pred(int x) const { return backward ? tour.next(x) : tour.prev(x); }
    /// Steps from `from` to `to` in this direction.
    int steps(int from, int to) const {
        return backward ? tour.forward_distance(to, from) : tour.forward_distance(from, to);
    }
};

}  // namespace

/// The tour after a few 2-opt moves that are not applied: each is a reversal of a range of positions, so a
/// node's position, and the node at a position, go through the list of reversals in O(moves).
class FlippedTour {
  public:
    explicit FlippedTour(const TspTour& tour) : tour_(tour), n_(tour.size()) {}

    int position(int node) const {
        int q = tour_.position(node);
        for (int k = 0; k < count_; ++k) q = flip(k, q);
        return q;
    }
    int at(int q) const {
        for (int k = count_ - 1; k >= 0; --k) q = flip(k, q);
        return tour_.at(q);
    }
    int next(int node) const {
        const int q = position(node) + 1;
        return at(q == n_ ? 0 : q);
    }
    int prev(int node) const {
        const int q = position(node);
        return at(q == 0 ? n_ - 1 : q - 1);
    }
    /// Reverses the positions from that of `first` forward to that of `last`.
    void push(int first, int last) {
        const int start = position(first);
        const int end = position(last);
        ranges_[count_++] = {start, (end - start + n_) % n_ + 1};
    }
    void pop() { --count_; }

  private:
    struct Range {
        int start, length;
    };
    int flip(int k, int q) const {
        const Range& r = ranges_[k];
        int offset = q - r.start;
        if (offset < 0) offset += n_;
        if (offset >= r.length) return q;
        const int mirrored = r.start + r.length - 1 - offset;
        return mirrored >= n_ ? mirrored - n_ : mirrored;
    }

    const TspTour& tour_;
    int n_;
    Range ranges_[16] = {};
    int count_ = 0;
};

TspLocalSearch::TspLocalSearch(const Instance& instance, const TspCandidateParams& candidates,
                               const TspLinKernighanParams& lin_kernighan)
    : n_(instance.num_nodes()),
      k_(std::clamp(candidates.neighbours, 1, std::max(1, instance.num_nodes() - 1))),
      lk_depth_(std::clamp(lin_kernighan.depth, 1, kMaxDepth)),
      lk_lookahead_(lin_kernighan.lookahead),
      symmetric_(instance.distance_symmetric()),
      distance_(instance),
      queued_(instance.num_nodes(), 0) {
    for (int level = 0; level < kMaxDepth; ++level) {
        const std::size_t index = static_cast<std::size_t>(level);
        lk_breadth_[level] =
            index < lin_kernighan.breadth.size() ? std::max(0, lin_kernighan.breadth[index]) : 1;
        options_[level].reserve(static_cast<std::size_t>(k_));
    }
    if (n_ < 2) {
        k_ = 0;
        return;
    }
    queue_.reserve(n_);
    if (!symmetric_) {
        out_ = nearest_lists(n_, k_, [&](int i, int j) { return d(i, j); });
        in_ = nearest_lists(n_, k_, [&](int i, int j) { return d(j, i); });
        return;
    }
    // Euclidean: drawn from a spatial grid in near O(n k) instead of O(n^2).
    const int alpha_from = candidates.alpha_from;
    const int wide = alpha_from > 0 ? std::clamp(alpha_from, k_, n_ - 1) : k_;
    std::optional<std::vector<std::vector<int>>> lists =
        candidates.per_quadrant > 0 ? quadrant_nodes_by_grid(instance, wide, candidates.per_quadrant)
                                    : nearest_nodes_by_grid(instance, wide);
    if (!lists) {
        const std::vector<int> flat =
            nearest_lists(n_, wide, [&](int i, int j) { return std::min(d(i, j), d(j, i)); });
        lists.emplace(static_cast<std::size_t>(n_));
        for (int i = 0; i < n_; ++i)
            (*lists)[static_cast<std::size_t>(i)].assign(
                flat.begin() + static_cast<std::ptrdiff_t>(i) * wide,
                flat.begin() + static_cast<std::ptrdiff_t>(i + 1) * wide);
    }
    if (alpha_from > 0) {
        const auto cost = [this](int i, int j) { return d(i, j); };
        std::vector<Cost> pi;
        int special = -1;
        if (candidates.one_tree_work > 0) {
            const auto steps = static_cast<int>(
                std::clamp<std::int64_t>(candidates.one_tree_work / n_, 10, std::numeric_limits<int>::max()));
            OneTreeAscent ascent = one_tree_ascent(n_, *lists, cost, steps);
            pi = std::move(ascent.pi);
            special = ascent.special;
        } else {
            pi = ascent_penalties(n_, *lists, cost, candidates.ascent_iterations);
        }
        lists = sparse_alpha_candidates(
            n_, *lists,
            [&](int i, int j) {
                return d(i, j) * kAlphaPrecision + pi[static_cast<std::size_t>(i)] +
                       pi[static_cast<std::size_t>(j)];
            },
            k_, special);
        // Sorted by the true cost: the searches stop at the first candidate too far away.
        for (int i = 0; i < n_; ++i) {
            std::vector<int>& list = (*lists)[static_cast<std::size_t>(i)];
            std::sort(list.begin(), list.end(),
                      [&](int a, int b) { return std::pair(d(i, a), a) < std::pair(d(i, b), b); });
        }
    }
    out_.reserve(static_cast<std::size_t>(n_) * k_);
    for (const std::vector<int>& list : *lists) out_.insert(out_.end(), list.begin(), list.begin() + k_);
    in_ = out_;
}

void TspLocalSearch::activate(int node) {
    if (!queued_[node]) {
        queued_[node] = 1;
        queue_.push_back(node);
    }
}

void TspLocalSearch::activate_all_of(std::initializer_list<int> nodes) {
    for (int node : nodes) activate(node);
}

void TspLocalSearch::activate_all(const TspTour& tour) {
    for (int i = 0; i < tour.size(); ++i) activate(tour.at(i));
}

Cost TspLocalSearch::descend(TspTour& tour) {
    Cost total = 0;
    while (queue_head_ < queue_.size()) {
        const int a = queue_[queue_head_++];
        queued_[a] = 0;
        Cost gain = 0;
        if (symmetric_) {
            gain = try_two_opt(tour, a);
            if (!gain) gain = try_or_opt_symmetric(tour, a);
            if (!gain) gain = try_lin_kernighan(tour, a);
            if (!gain) gain = try_segment_swap(tour, a, false);
            if (!gain) gain = try_segment_swap(tour, a, true);
        } else {
            gain = try_or_opt_asymmetric(tour, a);
            if (!gain) gain = try_segment_swap(tour, a, false);
        }
        if (gain) {
            total += gain;
            activate(a);
        }
        if (queue_head_ == queue_.size()) {
            queue_.clear();
            queue_head_ = 0;
        }
    }
    return total;
}

Cost TspLocalSearch::try_two_opt(TspTour& tour, int a) {
    for (int backward = 0; backward < 2; ++backward) {
        const DirectedTour dir{tour, backward == 1};
        const int b = dir.succ(a);
        const Cost ab = d(a, b);
        const int* cand = out_neighbours(a);
        for (int i = 0; i < k_; ++i) {
            const int c = cand[i];
            const Cost g1 = ab - d(a, c);
            if (g1 <= 0) break;
            const int e = dir.succ(c);
            if (c == b || e == a) continue;
            const Cost gain = g1 + d(c, e) - d(b, e);
            if (gain > 0) {
                tour.two_opt_move(a, b, c, e);
                activate_all_of({a, b, c, e});
                return gain;
            }
        }
    }
    return 0;
}

Cost TspLocalSearch::try_or_opt_symmetric(TspTour& tour, int a) {
    if (n_ < 8) return 0;
    for (int backward = 0; backward < 2; ++backward) {
        // The segment starts at s1 = a and extends in the direction read; lo..hi is it read forward.
        const DirectedTour dir{tour, backward == 1};
        int s2 = a;
        for (int length = 1; length <= 3; ++length) {
            if (length > 1) s2 = dir.succ(s2);
            const int s1 = a;
            const int p = dir.pred(s1);
            const int nx = dir.succ(s2);
            const int lo = backward ? s2 : s1;
            const int hi = backward ? s1 : s2;
            const Cost removal = d(p, s1) + d(s2, nx) - d(p, nx);
            if (removal <= 0) continue;
            const int* cand = out_neighbours(s1);
            for (int i = 0; i < k_; ++i) {
                const int c = cand[i];
                const Cost g1 = removal - d(c, s1);
                if (g1 <= 0) break;
                if (tour.forward_distance(lo, c) < length) continue;
                for (int side = 0; side < 2; ++side) {
                    const int e = side ? tour.prev(c) : tour.next(c);
                    if (tour.forward_distance(lo, e) < length) continue;
                    const Cost gain = g1 + d(c, e) - d(s2, e);
                    if (gain <= 0) continue;
                    // New edges c-s1 and s2-e. Read forward the gap is u->v; the segment goes in reversed
                    // when its forward first node lo must touch v.
                    const bool e_after_c = side == 0;
                    const int u = e_after_c ? c : e;
                    const bool reversed = (backward == 0) != e_after_c;
                    tour.swap_adjacent_blocks(lo, hi, u);
                    if (reversed && length > 1) tour.reverse_path(lo, hi);
                    activate_all_of({p, nx, s1, s2, c, e});
                    return gain;
                }
            }
        }
    }
    return 0;
}

Cost TspLocalSearch::try_lin_kernighan(TspTour& tour, int t1) {
    if (n_ < 8) return 0;
    FlippedTour flipped(tour);
    for (const int t2 : {tour.prev(t1), tour.next(t1)}) {
        if (!lin_kernighan_level(flipped, 0, t1, t2, -1, d(t1, t2))) continue;
        for (int level = 0; level < lk_moves_; ++level) {
            const Step& step = steps_[level];
            tour.two_opt_move(step.t2, step.t1, step.t3, step.t4);
            activate_all_of({step.t2, step.t3, step.t4});
        }
        activate(t1);
        return lk_gain_;
    }
    return 0;
}

bool TspLocalSearch::lin_kernighan_level(FlippedTour& flipped, int level, int t1, int t2, int previous_t3,
                                         Cost gain) {
    // Read so that t1 follows t2: remove t2-t1 and t3-t4 (t4 after t3), add t2-t3 and t1-t4, which reverses
    // the path t1..t3; closing adds t4-t1, going on breaks it again.
    // Every candidate is tried for closing before any is followed deeper.
    const bool forward = flipped.prev(t1) == t2;
    const int* cand = out_neighbours(t2);
    std::vector<Option>& options = options_[level];
    options.clear();
    const bool deeper = level + 1 < lk_depth_ && lk_breadth_[level] > 0;
    for (int i = 0; i < k_; ++i) {
        const int t3 = cand[i];
        const Cost g1 = gain - d(t2, t3);
        if (g1 <= 0) break;
        if (t3 == t1 || t3 == previous_t3) continue;
        const int t4 = forward ? flipped.next(t3) : flipped.prev(t3);
        if (t4 == t2) continue;
        const Cost g2 = g1 + d(t3, t4);
        if (g2 - d(t4, t1) > 0) {
            steps_[level] = {t2, t1, t3, t4};
            lk_moves_ = level + 1;
            lk_gain_ = g2 - d(t4, t1);
            return true;
        }
        if (!deeper) continue;
        // Never break an edge this move added: it would only undo part of it (and lets deep, narrow
        // searches cycle).
        bool added = false;
        for (int j = 0; j < level && !added; ++j)
            added = (added_[j][0] == t3 && added_[j][1] == t4) || (added_[j][0] == t4 && added_[j][1] == t3);
        if (!added) options.push_back({g2, t3, t4});
    }
    if (!deeper) return false;
    const int followed = std::min(static_cast<int>(options.size()), lk_breadth_[level]);
    if (lk_lookahead_)
        std::partial_sort(options.begin(), options.begin() + followed, options.end(),
                          [](const Option& a, const Option& b) { return a.gain > b.gain; });
    for (int i = 0; i < followed; ++i) {
        const Option option = options[static_cast<std::size_t>(i)];
        added_[level][0] = t2;
        added_[level][1] = option.t3;
        if (forward)
            flipped.push(t1, option.t3);
        else
            flipped.push(option.t3, t1);
        const bool found = lin_kernighan_level(flipped, level + 1, t1, option.t4, option.t3, option.gain);
        flipped.pop();
        if (found) {
            steps_[level] = {t2, t1, option.t3, option.t4};
            return true;
        }
    }
    return false;
}

Cost TspLocalSearch::try_or_opt_asymmetric(TspTour& tour, int a) {
    if (n_ < 8) return 0;
    for (int a_is_last = 0; a_is_last < 2; ++a_is_last) {
        int s1 = a;
        int s2 = a;
        for (int length = 1; length <= 3; ++length) {
            if (length > 1) {
                if (a_is_last)
                    s1 = tour.prev(s1);
                else
                    s2 = tour.next(s2);
            }
            const int p = tour.prev(s1);
            const int nx = tour.next(s2);
            const Cost removal = d(p, s1) + d(s2, nx) - d(p, nx);
            if (removal <= 0) continue;
            // Insert between e -> f: new edges e->s1 and s2->f; candidates come from the end at a.
            const int* cand = a_is_last ? out_neighbours(s2) : in_neighbours(s1);
            for (int i = 0; i < k_; ++i) {
                const int x = cand[i];
                const Cost g1 = removal - (a_is_last ? d(s2, x) : d(x, s1));
                if (g1 <= 0) break;
                const int e = a_is_last ? tour.prev(x) : x;
                const int f = a_is_last ? x : tour.next(x);
                if (e == p || tour.forward_distance(s1, e) < length || tour.forward_distance(s1, f) < length)
                    continue;
                const Cost gain = removal + d(e, f) - d(e, s1) - d(s2, f);
                if (gain <= 0) continue;
                tour.swap_adjacent_blocks(s1, s2, e);
                activate_all_of({p, nx, s1, s2, e, f});
                return gain;
            }
        }
    }
    return 0;
}

Cost TspLocalSearch::try_segment_swap(TspTour& tour, int a, bool backward) {
    if (n_ < 8) return 0;
    // Read in direction `backward`: a->b ... c->d ... e->f becomes a->d ... e->b ... c->f, the blocks
    // [b..c] and [d..e] trading places with their orientation kept.
    const DirectedTour dir{tour, backward};
    // Read backward, costs run the other way: d(x, y) becomes d(y, x), which on symmetric instances (the
    // only ones read backward) is the same.
    const int b = dir.succ(a);
    const Cost ab = d(a, b);
    const int* out = out_neighbours(a);
    const int* in = in_neighbours(b);
    for (int i = 0; i < k_; ++i) {
        const int dn = out[i];
        const Cost g1 = ab - d(a, dn);
        if (g1 <= 0) break;
        if (dn == b) continue;
        const int c = dir.pred(dn);
        const Cost g1c = g1 + d(c, dn);
        const int steps_d = dir.steps(b, dn);
        for (int j = 0; j < k_; ++j) {
            const int e = in[j];
            const Cost g2 = g1c - d(e, b);
            if (g2 <= 0) break;
            const int steps_e = dir.steps(b, e);
            if (steps_e < steps_d || e == a) continue;
            const int f = dir.succ(e);
            const Cost gain = g2 + d(e, f) - d(c, f);
            if (gain <= 0) continue;
            if (backward)
                tour.swap_adjacent_blocks(e, dn, b);  // forward: [e..dn][c..b] -> [c..b][e..dn]
            else
                tour.swap_adjacent_blocks(b, c, e);
            activate_all_of({a, b, c, dn, e, f});
            return gain;
        }
    }
    return 0;
}

}  // namespace routekit
