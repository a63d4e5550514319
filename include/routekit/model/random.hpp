#pragma once
// The only source of randomness in Routekit: a seeded generator passed in explicitly.
#include <cstdint>
#include <random>

namespace routekit {

using Rng = std::mt19937_64;

/// A uniform integer in [0, bound) that is the same on every standard library (unlike
/// std::uniform_int_distribution, whose algorithm is implementation-defined).
inline std::uint64_t uniform_below(Rng& rng, std::uint64_t bound) {
    // Lemire's multiply-shift with rejection: unbiased and portable.
    std::uint64_t x = rng();
    __uint128_t m = static_cast<__uint128_t>(x) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            x = rng();
            m = static_cast<__uint128_t>(x) * bound;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

/// A uniform double in [0, 1), portable across standard libraries.
inline double uniform_unit(Rng& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

/// Fisher-Yates shuffle built on uniform_below, so a seed gives the same order everywhere.
template <class RandomIt>
void portable_shuffle(RandomIt first, RandomIt last, Rng& rng) {
    const auto n = last - first;
    for (auto i = n - 1; i > 0; --i) {
        const auto j = static_cast<decltype(i)>(uniform_below(rng, static_cast<std::uint64_t>(i) + 1));
        std::swap(first[i], first[j]);
    }
}

}  // namespace routekit
