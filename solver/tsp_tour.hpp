#pragma once
// A cyclic tour over all nodes as an array plus a position index, with the two primitive rearrangements
// the TSP engine needs: reversing a path (symmetric instances only) and swapping two adjacent blocks
// (orientation-preserving, so valid for asymmetric instances too). Both touch the shorter side only.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

class TspTour {
  public:
    TspTour() = default;
    explicit TspTour(std::vector<int> order);

    int size() const { return n_; }
    int at(int position) const { return order_[position]; }
    int position(int node) const { return pos_[node]; }
    int next(int node) const { return order_[pos_[node] + 1 == n_ ? 0 : pos_[node] + 1]; }
    int prev(int node) const { return order_[pos_[node] == 0 ? n_ - 1 : pos_[node] - 1]; }
    /// Steps from `from` forward to `to` (0 when equal).
    int forward_distance(int from, int to) const {
        const int d = pos_[to] - pos_[from];
        return d < 0 ? d + n_ : d;
    }
    const std::vector<int>& order() const { return order_; }
    /// Replaces the tour by `order` (same nodes), e.g. to go back to a saved one.
    void assign(const std::vector<int>& order);

    /// Reverses the forward path from node `first` to node `last` (inclusive). When that path is longer than
    /// half the tour the complement is reversed instead: the same cycle, read in the other direction.
    void reverse_path(int first, int last);
    /// Replaces edges {a,b} and {c,d} by {a,c} and {b,d}, where b follows a and d follows c in one common
    /// direction of travel (either direction: the tour checks which).
    void two_opt_move(int a, int b, int c, int d);
    /// The blocks X = [first .. last_x] and Y = [next(last_x) .. last_y] (forward, adjacent) trade places,
    /// each keeping its orientation. Done by moving the two blocks of the cycle X, Y, rest that are shortest.
    void swap_adjacent_blocks(int first, int last_x, int last_y);

    Cost cost(const Instance& instance) const;

    /// Every rearrangement since the last assign() or forget_changes() is logged; undo_changes() takes them
    /// back, last first, in their own cost: a rejected kick costs what its moves cost, not O(n).
    void undo_changes();
    void forget_changes() { log_.clear(); }

  private:
    /// One logged rearrangement: positions [start, start + a + b) cyclic; `b` < 0 marks a reversal of the
    /// `a` positions from `start`, otherwise the blocks of lengths a and b swapped there.
    struct Change {
        int start;
        int a;
        int b;
    };
    /// Reverses the `length` positions from `start` (cyclic).
    void reverse_at(int start, int length);
    /// Writes `count` nodes of `buffer_` to positions start, start+1, ... (cyclic).
    void write_back(int start, int count);
    /// Swaps the adjacent blocks at positions [start, start+len_x) and [start+len_x, start+len_x+len_y).
    void swap_blocks_at(int start, int len_x, int len_y);

    int n_ = 0;
    std::vector<int> order_;
    std::vector<int> pos_;
    std::vector<int> buffer_;
    std::vector<Change> log_;
};

}  // namespace routekit
