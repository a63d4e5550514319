#include "distributed/solution_codec.hpp"

#include <stdexcept>

namespace routekit::distributed {

namespace {

std::int32_t next(std::span<const std::int32_t> in, std::size_t& position) {
    if (position >= in.size()) throw std::runtime_error("MPI: truncated solution message");
    return in[position++];
}

// A count of items that follow: never more than the message still holds.
std::size_t count(std::span<const std::int32_t> in, std::size_t& position) {
    const std::int32_t value = next(in, position);
    if (value < 0 || static_cast<std::size_t>(value) > in.size() - position)
        throw std::runtime_error("MPI: malformed solution message");
    return static_cast<std::size_t>(value);
}

}  // namespace

void encode_solution(const Solution& solution, std::vector<std::int32_t>& out) {
    out.push_back(static_cast<std::int32_t>(solution.routes.size()));
    for (const Route& route : solution.routes) {
        out.push_back(static_cast<std::int32_t>(route.size()));
        out.insert(out.end(), route.begin(), route.end());
    }
}

Solution decode_solution(std::span<const std::int32_t> in, std::size_t& position) {
    Solution solution;
    solution.routes.resize(count(in, position));
    for (Route& route : solution.routes) {
        route.resize(count(in, position));
        for (int& client : route) client = next(in, position);
    }
    return solution;
}

std::vector<std::int32_t> encode_solutions(const std::vector<Solution>& solutions) {
    std::vector<std::int32_t> out{static_cast<std::int32_t>(solutions.size())};
    for (const Solution& solution : solutions) encode_solution(solution, out);
    return out;
}

std::vector<Solution> decode_solutions(std::span<const std::int32_t> in) {
    std::size_t position = 0;
    std::vector<Solution> solutions(count(in, position));
    for (Solution& solution : solutions) solution = decode_solution(in, position);
    return solutions;
}

}  // namespace routekit::distributed
