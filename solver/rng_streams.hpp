#pragma once
// Independent random streams derived from the one seed: every task (an initial individual, an offspring)
// gets its own generator from (seed, stream, index), so results do not depend on which thread runs it.
#include <cstdint>

#include "routekit/model/random.hpp"

namespace routekit {

inline std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline Rng derived_rng(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return Rng(splitmix64(splitmix64(splitmix64(seed) ^ stream) ^ index));
}

}  // namespace routekit
