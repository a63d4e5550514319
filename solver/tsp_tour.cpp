#include "solver/tsp_tour.hpp"

#include <utility>

namespace routekit {

TspTour::TspTour(std::vector<int> order)
    : n_(static_cast<int>(order.size())), order_(std::move(order)), pos_(order_.size()) {
    for (int i = 0; i < n_; ++i) pos_[order_[i]] = i;
    buffer_.reserve(order_.size());
}

void TspTour::assign(const std::vector<int>& order) {
    order_ = order;
    for (int i = 0; i < n_; ++i) pos_[order_[i]] = i;
    log_.clear();
}

void TspTour::undo_changes() {
    while (!log_.empty()) {
        const Change change = log_.back();
        log_.pop_back();
        if (change.b < 0)
            reverse_at(change.start, change.a);
        else
            swap_blocks_at(change.start, change.b, change.a);
        log_.pop_back();  // the inverse just logged itself
    }
}

void TspTour::reverse_path(int first, int last) {
    int i = pos_[first];
    int j = pos_[last];
    int length = (j - i + n_) % n_ + 1;
    if (2 * length > n_) {
        // The complement runs from next(last) to prev(first).
        std::swap(i, j);
        i = i + 1 == n_ ? 0 : i + 1;
        j = j == 0 ? n_ - 1 : j - 1;
        length = n_ - length;
    }
    reverse_at(i, length);
}

void TspTour::reverse_at(int start, int length) {
    if (length < 2) return;
    log_.push_back({start, length, -1});
    int i = start;
    int j = (start + length - 1) % n_;
    for (int step = 0; step < length / 2; ++step) {
        const int u = order_[i];
        const int v = order_[j];
        order_[i] = v;
        pos_[v] = i;
        order_[j] = u;
        pos_[u] = j;
        i = i + 1 == n_ ? 0 : i + 1;
        j = j == 0 ? n_ - 1 : j - 1;
    }
}

void TspTour::two_opt_move(int a, int b, int c, int d) {
    if (next(a) == b)
        reverse_path(b, c);
    else
        reverse_path(a, d);
}

void TspTour::write_back(int start, int count) {
    int p = start;
    for (int k = 0; k < count; ++k) {
        order_[p] = buffer_[k];
        pos_[buffer_[k]] = p;
        p = p + 1 == n_ ? 0 : p + 1;
    }
}

void TspTour::swap_blocks_at(int start, int len_x, int len_y) {
    log_.push_back({start, len_x, len_y});
    buffer_.clear();
    int p = (start + len_x) % n_;
    for (int k = 0; k < len_y; ++k, p = p + 1 == n_ ? 0 : p + 1) buffer_.push_back(order_[p]);
    p = start;
    for (int k = 0; k < len_x; ++k, p = p + 1 == n_ ? 0 : p + 1) buffer_.push_back(order_[p]);
    write_back(start, len_x + len_y);
}

void TspTour::swap_adjacent_blocks(int first, int last_x, int last_y) {
    const int start_x = pos_[first];
    const int len_x = forward_distance(first, last_x) + 1;
    const int len_y = forward_distance(last_x, last_y);
    const int len_rest = n_ - len_x - len_y;
    // The cycle X Y R becomes Y X R; as cycles, that equals X R Y and R Y X, so whichever block is longest
    // can stay where it is.
    if (len_rest >= len_x && len_rest >= len_y) {
        swap_blocks_at(start_x, len_x, len_y);
    } else if (len_x >= len_y) {
        swap_blocks_at((start_x + len_x) % n_, len_y, len_rest);  // Y R -> R Y
    } else {
        swap_blocks_at((start_x + len_x + len_y) % n_, len_rest, len_x);  // R X -> X R
    }
}

Cost TspTour::cost(const Instance& instance) const {
    Cost total = 0;
    for (int i = 0; i < n_; ++i) total += instance.distance(order_[i], order_[i + 1 == n_ ? 0 : i + 1]);
    return total;
}

}  // namespace routekit
