#pragma once
// Saturating cost arithmetic. Penalty weights are bounded but violations are not (a route may warp past an
// unreachable window by any amount, and `exact` rounding stores times x10^7), so weight x violation and sums
// of such products can leave the int64 range: undefined behaviour that, in practice, wraps a huge penalty
// into a negative cost the search then prefers. Every priced quantity is clamped to [-kCostCap, kCostCap]
// instead. The cap lies below the kUnlimited sentinels ("no bound", "no best yet"), so a saturated price
// still compares as a price, and sixteen capped values add up without overflow, so the few-term sums of
// the hot paths (a move's delta: new routes minus old routes) can use plain arithmetic on capped terms.
#include <cstdint>

#include "routekit/model/instance.hpp"

namespace routekit {

inline constexpr Cost kCostCap = kUnlimited / 2;

/// `value` limited to [-kCostCap, kCostCap].
constexpr Cost clamp_cost(Cost value) {
    return value > kCostCap ? kCostCap : (value < -kCostCap ? -kCostCap : value);
}

/// a + b, clamped to [-kCostCap, kCostCap]; never overflows whatever the operands.
constexpr Cost saturating_add(Cost a, Cost b) {
    Cost sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) return a > 0 ? kCostCap : -kCostCap;
    return clamp_cost(sum);
}

/// a x b, clamped to [-kCostCap, kCostCap]; never overflows whatever the operands.
constexpr Cost saturating_mul(Cost a, Cost b) {
    Cost product = 0;
    if (__builtin_mul_overflow(a, b, &product)) return (a > 0) == (b > 0) ? kCostCap : -kCostCap;
    return clamp_cost(product);
}

}  // namespace routekit
