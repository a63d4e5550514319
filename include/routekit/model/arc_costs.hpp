#pragma once
// The cost of every arc i -> j of an instance (its distances, or its durations), stored as compactly as the
// values allow: a matrix of 32-bit integers when every value fits, of 64-bit ones otherwise, or no matrix
// at all for coordinate instances, whose distances are computed on each call (O(n) memory).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "routekit/model/distance_function.hpp"

namespace routekit {

/// Immutable; copies share the storage, so an Instance may use the same costs as distances and durations
/// and a copy of an Instance costs no second matrix. Thread-safe to read.
class ArcCosts {
  public:
    enum class Storage { none, int32_matrix, int64_matrix, on_demand };

    ArcCosts() = default;
    /// Keeps an n*n row-major matrix of non-negative values, as 32-bit integers when every value fits.
    static ArcCosts from_matrix(std::vector<Cost> row_major, int n);
    /// The distances `function` gives between `points` under `rounding`: tabulated in a matrix (as
    /// from_matrix would store it) when `tabulate`, otherwise computed on each call.
    static ArcCosts from_coordinates(DistanceFunction function, std::vector<Point> points, Rounding rounding,
                                     bool tabulate);

    // Kept to one test and one load inline: with the other storages inline too, the compiler stopped
    // inlining the move bounds into the local search's loop (+24 % instructions on X-n513).
    Cost operator()(int from, int to) const {
        if (int32_) [[likely]]
            return int32_[static_cast<std::size_t>(from) * static_cast<std::size_t>(n_) + to];
        return other_storage(from, to);
    }

    int size() const { return n_; }
    Storage storage() const;
    /// Bytes the storage holds (a full matrix of Cost would hold 8 n^2).
    std::size_t bytes() const;
    /// The largest cost of any arc; O(n log n) on demand (the farthest pair lies on the convex hull), except
    /// for GEO, which scans every pair.
    Cost max_value() const;
    bool shares_storage_with(const ArcCosts& other) const { return storage_ == other.storage_; }

  private:
    /// The int64 matrix's entry or the computed distance; out of line, away from the hot path.
    [[gnu::cold]] Cost other_storage(int from, int to) const;
    Cost computed(int from, int to) const;

    int n_ = 0;
    const std::int32_t* int32_ = nullptr;  // set for Storage::int32_matrix: the hot path tests it first
    const Cost* int64_ = nullptr;
    const Point* points_ = nullptr;  // set for Storage::on_demand
    DistanceFunction function_ = DistanceFunction::euc_2d;
    Rounding rounding_ = Rounding::tsplib;
    std::shared_ptr<const void> storage_;  // owns what the pointers above point into
};

}  // namespace routekit
