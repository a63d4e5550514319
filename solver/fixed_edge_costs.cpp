#include "solver/fixed_edge_costs.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "routekit/model/error.hpp"

namespace routekit {

namespace {

// The tour engine needs a matrix of the penalised costs: 8 n^2 bytes while it is built.
constexpr int kMostNodes = 10'000;

}  // namespace

FixedEdgeCosts fixed_edge_costs(const Instance& instance) {
    const int n = instance.num_nodes();
    if (n > kMostNodes)
        throw ParameterError(
            "fixed edges: at most " + std::to_string(kMostNodes) +
            " nodes are supported (the tour engine keeps them through a cost matrix), found " +
            std::to_string(n));
    const bool directed = instance.kind() == ProblemKind::atsp;
    const auto size = static_cast<std::size_t>(n);
    std::vector<char> fixed(size * size, 0);
    for (const FixedEdge& edge : instance.fixed_edges()) {
        fixed[static_cast<std::size_t>(edge.from) * size + static_cast<std::size_t>(edge.to)] = 1;
        if (!directed)
            fixed[static_cast<std::size_t>(edge.to) * size + static_cast<std::size_t>(edge.from)] = 1;
    }
    // M exceeds the length of any tour: one arc out of each node, at most its longest.
    Cost penalty = 1;
    for (int i = 0; i < n; ++i) {
        Cost longest = 0;
        for (int j = 0; j < n; ++j) longest = std::max(longest, instance.distance(i, j));
        penalty += longest;
    }
    constexpr Cost kLimit = Cost{1} << 62;
    if (penalty > kLimit / (2 * static_cast<Cost>(n)))
        throw ParameterError("fixed edges: the distances are too large to keep fixed edges by their costs");

    std::vector<Cost> matrix(size * size);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const std::size_t at = static_cast<std::size_t>(i) * size + static_cast<std::size_t>(j);
            matrix[at] = instance.distance(i, j) + (i == j || fixed[at] ? 0 : penalty);
        }
    // Each fixed edge is one arc of the tour however often the file lists it.
    std::size_t distinct = 0;
    for (std::size_t at = 0; at < fixed.size(); ++at) distinct += fixed[at];
    if (!directed) distinct /= 2;

    InstanceData data = instance.data();
    data.stored_distance = {};
    data.stored_duration = {};
    data.distance_function.reset();
    data.distance = std::move(matrix);
    data.fixed_edges.clear();
    FixedEdgeCosts result{Instance(std::move(data)), (n - static_cast<Cost>(distinct)) * penalty,
                          tour_through_fixed_edges(n, directed, instance.fixed_edges())};
    return result;
}

}  // namespace routekit
