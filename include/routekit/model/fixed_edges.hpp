#pragma once
// Fixed edges (TSPLIB's FIXED_EDGES_SECTION, e.g. linhp318): edges a tour must contain. On a TSP an edge may
// be driven either way; on an ATSP it is an arc, driven from `from` to `to`. A set of fixed edges can be
// honoured when it is part of some tour: every node has at most two fixed edges (at most one arc out and one
// in), and they close no cycle short of all the nodes.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace routekit {

struct FixedEdge {
    int from = 0;
    int to = 0;
    friend bool operator==(const FixedEdge&, const FixedEdge&) = default;
};

/// "3-7" (a TSP's edge) or "3->7" (an ATSP's arc), nodes written by `label` (default: their number).
std::string to_string(const FixedEdge& edge, bool directed,
                      const std::function<std::string(int)>& label = {});

/// Why these edges cannot all lie on one tour of `num_nodes` nodes: the first edge (0-based) that makes it
/// impossible, and a sentence naming it ("fixed edge 3-7 is a third fixed edge at node 3"), with nodes
/// written by `label` (default: their number). Nullopt when they can.
struct FixedEdgesProblem {
    std::size_t edge = 0;
    std::string reason;
};
std::optional<FixedEdgesProblem> fixed_edges_problem(int num_nodes, bool directed,
                                                     std::span<const FixedEdge> edges,
                                                     const std::function<std::string(int)>& label = {});

/// A closed tour (node 0 first, each node once) holding every fixed edge: the fixed paths one after the
/// other, each in its direction. Requires fixed_edges_problem() to find none.
std::vector<int> tour_through_fixed_edges(int num_nodes, bool directed, std::span<const FixedEdge> edges);

/// The fixed edges the closed tour `order` (each node once, the last one followed by the first) lacks.
std::vector<FixedEdge> fixed_edges_missing(std::span<const int> order, bool directed,
                                           std::span<const FixedEdge> edges);

}  // namespace routekit
