#pragma once
// Solutions as flat int32 arrays for MPI messages: the route count, then per route its length and clients.
#include <cstdint>
#include <span>
#include <vector>

#include "routekit/model/solution.hpp"

namespace routekit::distributed {

/// Appends `solution` to `out`.
void encode_solution(const Solution& solution, std::vector<std::int32_t>& out);
/// Reads one solution from `in` at `position` and moves `position` past it. Throws std::runtime_error on a
/// truncated message.
Solution decode_solution(std::span<const std::int32_t> in, std::size_t& position);

/// A list of solutions: their count, then each one.
std::vector<std::int32_t> encode_solutions(const std::vector<Solution>& solutions);
std::vector<Solution> decode_solutions(std::span<const std::int32_t> in);

}  // namespace routekit::distributed
