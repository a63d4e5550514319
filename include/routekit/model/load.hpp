#pragma once
// A load in several capacity dimensions (weight, volume, pallets ...: PyVRP's num_load_dimensions, VROOM's
// capacity and amount arrays). Every sum, peak and excess of a multi-dimensional load goes through this
// type. A fixed number of slots, so that it is a plain value that adds without allocating; the dimensions
// an instance does not use stay 0. Single-dimension instances keep their loads as plain Costs on the hot
// paths (Instance::demand, the search's prefix sums): with one dimension Load's arithmetic is exactly theirs.
#include <algorithm>
#include <array>
#include <cstddef>

#include "routekit/model/units.hpp"

namespace routekit {

/// The most capacity dimensions an instance may have.
inline constexpr int kMaxLoadDimensions = 4;

struct Load {
    std::array<Cost, kMaxLoadDimensions> amounts{};

    constexpr Load() = default;
    /// A load in dimension 0 alone (a classic demand or capacity).
    constexpr explicit Load(Cost first) : amounts{first} {}

    constexpr Cost operator[](int dimension) const { return amounts[static_cast<std::size_t>(dimension)]; }
    constexpr Cost& operator[](int dimension) { return amounts[static_cast<std::size_t>(dimension)]; }

    constexpr Load& operator+=(const Load& other) {
        for (std::size_t d = 0; d < amounts.size(); ++d) amounts[d] += other.amounts[d];
        return *this;
    }
    constexpr Load& operator-=(const Load& other) {
        for (std::size_t d = 0; d < amounts.size(); ++d) amounts[d] -= other.amounts[d];
        return *this;
    }
    friend constexpr Load operator+(Load a, const Load& b) { return a += b; }
    friend constexpr Load operator-(Load a, const Load& b) { return a -= b; }
    friend constexpr bool operator==(const Load&, const Load&) = default;

    /// Dimension by dimension the larger amount (the peak of a load profile is taken per dimension).
    friend constexpr Load elementwise_max(const Load& a, const Load& b) {
        Load result;
        for (std::size_t d = 0; d < a.amounts.size(); ++d)
            result.amounts[d] = std::max(a.amounts[d], b.amounts[d]);
        return result;
    }

    /// Dimension by dimension the smaller amount.
    friend constexpr Load elementwise_min(const Load& a, const Load& b) {
        Load result;
        for (std::size_t d = 0; d < a.amounts.size(); ++d)
            result.amounts[d] = std::min(a.amounts[d], b.amounts[d]);
        return result;
    }

    /// The amount above `capacity` in `dimension`.
    constexpr Cost excess_in(const Load& capacity, int dimension) const {
        return std::max<Cost>(0, (*this)[dimension] - capacity[dimension]);
    }
    /// The excess load of PyVRP: the amounts above `capacity` summed over the first `dimensions`, which the
    /// one capacity penalty weight multiplies.
    constexpr Cost excess_over(const Load& capacity, int dimensions) const {
        Cost excess = 0;
        for (int d = 0; d < dimensions; ++d) excess += excess_in(capacity, d);
        return excess;
    }
};

}  // namespace routekit
