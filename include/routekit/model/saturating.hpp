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
    if (__builtin_add_overflow(a, b, &sum)) [[unlikely]]
        return a > 0 ? kCostCap : -kCostCap;
    return clamp_cost(sum);
}

/// a x b, clamped to [-kCostCap, kCostCap]; never overflows whatever the operands.
constexpr Cost saturating_mul(Cost a, Cost b) {
    Cost product = 0;
    if (__builtin_mul_overflow(a, b, &product)) [[unlikely]]
        return (a > 0) == (b > 0) ? kCostCap : -kCostCap;
    return clamp_cost(product);
}

// The hot paths' forms: a penalty is a non-negative weight times a non-negative amount, so one bound
// needs checking; they run per move the local search evaluates.

/// weight x amount for weight, amount >= 0: saturating_mul's result with one comparison fewer.
constexpr Cost saturating_penalty(Cost weight, Cost amount) {
    Cost product = 0;
    if (__builtin_mul_overflow(weight, amount, &product)) [[unlikely]]
        return kCostCap;
    return product < kCostCap ? product : kCostCap;
}

/// price + penalty for a penalty in [0, kCostCap] (a price below -kCostCap is kept as it is): at most
/// kCostCap, never overflowing.
constexpr Cost add_penalty(Cost price, Cost penalty) {
    const Cost sum = (price < kCostCap ? price : kCostCap) + penalty;
    return sum < kCostCap ? sum : kCostCap;
}

}  // namespace routekit
