#pragma once
// The key of every road search: the minimised quantity first, the other as tie-breaker, both exact
// integers (milliseconds and millimetres), so that searches agree to the last unit on every machine.
#include <compare>
#include <cstdint>
#include <limits>

#include "routekit/roads/road_matrices.hpp"

namespace routekit::roads {

struct Label {
    std::int64_t first = 0;
    std::int64_t second = 0;
    friend auto operator<=>(const Label&, const Label&) = default;
    Label operator+(const Label& other) const { return {first + other.first, second + other.second}; }
};

inline constexpr Label kUnreached{std::numeric_limits<std::int64_t>::max(),
                                  std::numeric_limits<std::int64_t>::max()};

template <Optimise kOptimise>
Label make_label(std::int64_t duration_ms, std::int64_t length_mm) {
    if constexpr (kOptimise == Optimise::time)
        return {duration_ms, length_mm};
    else
        return {length_mm, duration_ms};
}

}  // namespace routekit::roads
