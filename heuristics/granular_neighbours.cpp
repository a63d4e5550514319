#include "heuristics/granular_neighbours.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <queue>
#include <utility>

namespace routekit {

namespace {

// Five times Vidal's proximity, in integers: 5 d + wait + 5 warp.
Cost scaled_proximity(const Instance& instance, int i, int j) {
    Cost value = 5 * instance.distance(i, j);
    if (instance.has_time_windows()) {
        const TimeWindow& from = instance.window(i);
        const TimeWindow& to = instance.window(j);
        const Cost travel = instance.service(i) + instance.duration(i, j);
        value += std::max<Cost>(to.earliest - travel - from.latest, 0) +
                 5 * std::max<Cost>(from.earliest + travel - to.latest, 0);
    }
    return value;
}

Cost symmetric_proximity(const Instance& instance, int i, int j) {
    return std::min(scaled_proximity(instance, i, j), scaled_proximity(instance, j, i));
}

int list_size(const Instance& instance, int granularity) {
    return std::clamp(granularity, 0, std::max(instance.num_clients() - 1, 0));
}

/// True when every distance is a rounding of the Euclidean distance between coordinates, so that a
/// geometric lower bound on the distance bounds the proximity.
bool euclidean(const Instance& instance) {
    const std::optional<DistanceFunction>& function = instance.data().distance_function;
    return function && (*function == DistanceFunction::euc_2d || *function == DistanceFunction::ceil_2d) &&
           instance.has_coordinates();
}

// Nodes first.. (1: the clients, 0: every node) bucketed into square cells, about two a cell.
class ClientGrid {
  public:
    ClientGrid(const std::vector<Point>& points, int first) : points_(points) {
        const int n = static_cast<int>(points.size());
        min_x_ = max_x_ = points[first].x;
        min_y_ = max_y_ = points[first].y;
        for (int c = first; c < n; ++c) {
            min_x_ = std::min(min_x_, points[c].x), max_x_ = std::max(max_x_, points[c].x);
            min_y_ = std::min(min_y_, points[c].y), max_y_ = std::max(max_y_, points[c].y);
        }
        const double extent = std::max({max_x_ - min_x_, max_y_ - min_y_, 1e-9});
        side_ = std::max(1, static_cast<int>(std::sqrt((n - first) / 2.0)));
        cell_size_ = extent / side_;
        first_.assign(static_cast<std::size_t>(side_) * side_ + 1, 0);
        for (int c = first; c < n; ++c) ++first_[cell_of(c) + 1];
        for (std::size_t k = 1; k < first_.size(); ++k) first_[k] += first_[k - 1];
        members_.resize(static_cast<std::size_t>(n - first));
        std::vector<int> fill(first_.begin(), first_.end() - 1);
        for (int c = first; c < n; ++c) members_[static_cast<std::size_t>(fill[cell_of(c)]++)] = c;
    }

    int side() const { return side_; }
    double cell_size() const { return cell_size_; }
    int column(int c) const { return coordinate_cell(points_[c].x, min_x_); }
    int row(int c) const { return coordinate_cell(points_[c].y, min_y_); }

    /// Calls visit(client) for each client in cell (column, row).
    template <class Visit>
    void for_each_in(int column, int row, Visit visit) const {
        const std::size_t cell = static_cast<std::size_t>(row) * side_ + column;
        for (int k = first_[cell]; k < first_[cell + 1]; ++k) visit(members_[static_cast<std::size_t>(k)]);
    }

    /// Calls visit(client) for each client in the cells exactly `ring` cells (Chebyshev) from cell (column,
    /// row); returns true when rings 0..ring have covered the whole grid.
    template <class Visit>
    bool for_each_in_ring(int column, int row, int ring, Visit visit) const {
        const int low_c = column - ring, high_c = column + ring, low_r = row - ring, high_r = row + ring;
        const auto inside = [this](int k) { return k >= 0 && k < side_; };
        for (int r = std::max(low_r, 0); r <= std::min(high_r, side_ - 1); ++r) {
            if (r == low_r || r == high_r) {  // a whole row of the ring
                for (int c = std::max(low_c, 0); c <= std::min(high_c, side_ - 1); ++c)
                    for_each_in(c, r, visit);
            } else {  // its two ends
                if (inside(low_c)) for_each_in(low_c, r, visit);
                if (inside(high_c)) for_each_in(high_c, r, visit);
            }
        }
        return low_c <= 0 && low_r <= 0 && high_c >= side_ - 1 && high_r >= side_ - 1;
    }

  private:
    int coordinate_cell(double value, double minimum) const {
        return std::clamp(static_cast<int>((value - minimum) / cell_size_), 0, side_ - 1);
    }
    std::size_t cell_of(int c) const { return static_cast<std::size_t>(row(c)) * side_ + column(c); }

    const std::vector<Point>& points_;
    double min_x_ = 0, max_x_ = 0, min_y_ = 0, max_y_ = 0;
    int side_ = 1;
    double cell_size_ = 1;
    std::vector<int> first_;    // first_[cell] .. first_[cell + 1]: that cell's range in members_
    std::vector<int> members_;  // clients, cell by cell
};

// Rings of cells around each client's cell, nearest first, until no unseen client can beat the list: a client
// outside ring r lies at least r cells away, and every rounding gives a distance of at least scale * d - 1
// (one unit more is kept for the floating-point cell arithmetic).
// `closeness(i, j)` must be at least `weight` times the distance from i to j. Nodes first.. only.
template <class Closeness>
std::vector<std::vector<int>> neighbours_by_grid(const Instance& instance, int first, int size, Cost weight,
                                                 Closeness closeness) {
    const int n = instance.num_nodes();
    const ClientGrid grid(instance.coordinates(), first);
    const double scale = static_cast<double>(scale_of(instance.rounding()));
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    using Candidate = std::pair<Cost, int>;
    std::priority_queue<Candidate> best;  // the `size` best so far, worst on top
    for (int i = first; i < n; ++i) {
        best = {};
        const int column = grid.column(i), row = grid.row(i);
        const auto consider = [&](int j) {
            if (j == i) return;
            const Candidate candidate{closeness(i, j), j};
            if (static_cast<int>(best.size()) < size) {
                best.push(candidate);
            } else if (candidate < best.top()) {
                best.pop();
                best.push(candidate);
            }
        };
        for (int ring = 0;; ++ring) {
            if (grid.for_each_in_ring(column, row, ring, consider)) break;
            const double nearest_unseen = ring * grid.cell_size();
            const double bound = static_cast<double>(weight) * (scale * nearest_unseen - 2.0);
            if (static_cast<int>(best.size()) == size && bound > static_cast<double>(best.top().first)) break;
        }
        auto& list = result[static_cast<std::size_t>(i)];
        list.resize(best.size());
        for (std::size_t k = best.size(); k-- > 0; best.pop()) list[k] = best.top().second;
    }
    return result;
}

}  // namespace

std::vector<std::vector<int>> granular_neighbours_by_scan(const Instance& instance, int granularity) {
    const int n = instance.num_nodes();
    const int size = list_size(instance, granularity);
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    std::vector<std::pair<Cost, int>> candidates;
    // Clients only: depots are no one's neighbours.
    const int first = instance.num_depots();
    for (int i = first; i < n; ++i) {
        candidates.clear();
        for (int j = first; j < n; ++j)
            if (j != i) candidates.emplace_back(symmetric_proximity(instance, i, j), j);
        std::partial_sort(candidates.begin(), candidates.begin() + size, candidates.end());
        auto& list = result[static_cast<std::size_t>(i)];
        for (int k = 0; k < size; ++k) list.push_back(candidates[static_cast<std::size_t>(k)].second);
    }
    return result;
}

namespace {

// The lists, groups aside.
std::vector<std::vector<int>> ungrouped_neighbours(const Instance& instance, int granularity) {
    const int size = list_size(instance, granularity);
    // The grid files nodes 1.. as clients: with several depots the scan, O(n²) once, stands in.
    if (size == 0 || !euclidean(instance) || instance.num_depots() > 1)
        return granular_neighbours_by_scan(instance, granularity);
    return neighbours_by_grid(instance, 1, size, 5,
                              [&instance](int i, int j) { return symmetric_proximity(instance, i, j); });
}

// Per node, the vehicle types that may serve it, one bit each.
std::vector<std::vector<std::uint64_t>> serving_types(const Instance& instance) {
    const int types = static_cast<int>(instance.vehicle_types().size());
    const std::size_t words = (static_cast<std::size_t>(types) + 63) / 64;
    std::vector<std::vector<std::uint64_t>> serving(static_cast<std::size_t>(instance.num_nodes()),
                                                    std::vector<std::uint64_t>(words, 0));
    for (int node = 0; node < instance.num_nodes(); ++node)
        for (int t = 0; t < types; ++t)
            if (instance.may_serve(t, node))
                serving[static_cast<std::size_t>(node)][static_cast<std::size_t>(t) / 64] |= std::uint64_t{1}
                                                                                             << (t % 64);
    return serving;
}

}  // namespace

std::vector<std::vector<int>> granular_neighbours(const Instance& instance, int granularity) {
    const bool grouped = !instance.groups().empty();
    const bool site_dependent = instance.site_dependent();
    if (!grouped && !site_dependent) return ungrouped_neighbours(instance, granularity);
    // Two members of a group are never served together, so neither is worth placing next to the other; with
    // site dependence neither are two clients that no vehicle may serve both (a move next to such a
    // neighbour puts one of them on a vehicle that may not serve it). The lists skip them, drawn longer to
    // make up: by the largest group's other members, by three lists' worth of clients that share no vehicle.
    std::size_t largest = 1;
    for (const std::vector<int>& group : instance.groups()) largest = std::max(largest, group.size());
    const int extra = static_cast<int>(largest) - 1 + (site_dependent ? 3 * granularity : 0);
    std::vector<std::vector<int>> lists = ungrouped_neighbours(instance, granularity + extra);
    const auto size = static_cast<std::size_t>(list_size(instance, granularity));
    const std::vector<std::vector<std::uint64_t>> serving =
        site_dependent ? serving_types(instance) : std::vector<std::vector<std::uint64_t>>{};
    const auto share_a_vehicle = [&](std::size_t i, int j) {
        const std::vector<std::uint64_t>& a = serving[i];
        const std::vector<std::uint64_t>& b = serving[static_cast<std::size_t>(j)];
        for (std::size_t w = 0; w < a.size(); ++w)
            if ((a[w] & b[w]) != 0) return true;
        return false;
    };
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const int group = instance.group_of(static_cast<int>(i));
        if (group >= 0) std::erase_if(lists[i], [&](int j) { return instance.group_of(j) == group; });
        if (site_dependent) std::erase_if(lists[i], [&](int j) { return !share_a_vehicle(i, j); });
        if (lists[i].size() > size) lists[i].resize(size);
    }
    return lists;
}

std::optional<std::vector<std::vector<int>>> nearest_clients_by_grid(const Instance& instance, int count) {
    const int size = list_size(instance, count);
    if (size == 0 || !euclidean(instance) || instance.num_depots() > 1) return std::nullopt;
    return neighbours_by_grid(instance, 1, size, 1,
                              [&instance](int i, int j) { return instance.distance(i, j); });
}

std::optional<std::vector<std::vector<int>>> nearest_nodes_by_grid(const Instance& instance, int count) {
    const int size = std::clamp(count, 0, instance.num_nodes() - 1);
    if (size == 0 || !euclidean(instance)) return std::nullopt;
    return neighbours_by_grid(instance, 0, size, 1,
                              [&instance](int i, int j) { return instance.distance(i, j); });
}

std::optional<std::vector<std::vector<int>>> quadrant_nodes_by_grid(const Instance& instance, int count,
                                                                    int per_quadrant, int max_rings) {
    const int n = instance.num_nodes();
    const int size = std::clamp(count, 0, n - 1);
    if (size == 0 || !euclidean(instance)) return std::nullopt;
    const std::vector<Point>& points = instance.coordinates();
    const ClientGrid grid(points, 0);
    const double scale = static_cast<double>(scale_of(instance.rounding()));
    using Candidate = std::pair<Cost, int>;
    // Index 4: the nearest overall; 0..3: the quadrants. Each a max-heap of its best so far.
    std::priority_queue<Candidate> best[5];
    const auto capacity = [&](int heap) { return heap == 4 ? size : per_quadrant; };
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    std::vector<Candidate> merged;
    for (int i = 0; i < n; ++i) {
        for (auto& heap : best) heap = {};
        const int column = grid.column(i), row = grid.row(i);
        const auto offer = [&](int heap, const Candidate& candidate) {
            if (static_cast<int>(best[heap].size()) < capacity(heap)) {
                best[heap].push(candidate);
            } else if (capacity(heap) > 0 && candidate < best[heap].top()) {
                best[heap].pop();
                best[heap].push(candidate);
            }
        };
        const auto consider = [&](int j) {
            if (j == i) return;
            const Candidate candidate{instance.distance(i, j), j};
            offer(4, candidate);
            const bool right = points[j].x >= points[i].x;
            const bool up = points[j].y >= points[i].y;
            offer((right ? 0 : 1) + (up ? 0 : 2), candidate);
        };
        // A heap is settled when full and nothing beyond `ring` can beat its worst.
        const auto settled = [&](int heap, double bound) {
            return static_cast<int>(best[heap].size()) == capacity(heap) &&
                   (capacity(heap) == 0 || bound > static_cast<double>(best[heap].top().first));
        };
        int nearest_ring = -1;  // the ring that settled the nearest list
        for (int ring = 0;; ++ring) {
            if (grid.for_each_in_ring(column, row, ring, consider)) break;
            const double bound = scale * ring * grid.cell_size() - 2.0;
            if (nearest_ring < 0 && settled(4, bound)) nearest_ring = ring;
            if (nearest_ring < 0) continue;
            if (ring >= nearest_ring + max_rings) break;
            if (settled(0, bound) && settled(1, bound) && settled(2, bound) && settled(3, bound)) break;
        }
        // The quadrant picks first, then the nearest others, up to `size`; sorted by distance.
        merged.clear();
        for (int heap = 0; heap < 4; ++heap)
            for (; !best[heap].empty(); best[heap].pop()) merged.push_back(best[heap].top());
        std::sort(merged.begin(), merged.end());
        if (static_cast<int>(merged.size()) > size) merged.resize(static_cast<std::size_t>(size));
        std::vector<Candidate> nearest;
        for (; !best[4].empty(); best[4].pop()) nearest.push_back(best[4].top());
        std::sort(nearest.begin(), nearest.end());
        for (const Candidate& candidate : nearest) {
            if (static_cast<int>(merged.size()) >= size) break;
            if (std::find(merged.begin(), merged.end(), candidate) == merged.end())
                merged.push_back(candidate);
        }
        std::sort(merged.begin(), merged.end());
        auto& list = result[static_cast<std::size_t>(i)];
        for (const Candidate& candidate : merged) list.push_back(candidate.second);
    }
    return result;
}

}  // namespace routekit
