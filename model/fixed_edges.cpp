#include "routekit/model/fixed_edges.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <set>
#include <utility>

namespace routekit {

namespace {

// The root of `node` in a union-find forest with path halving.
int find_root(std::vector<int>& parent, int node) {
    while (parent[static_cast<std::size_t>(node)] != node) {
        int& up = parent[static_cast<std::size_t>(node)];
        up = parent[static_cast<std::size_t>(up)];
        node = up;
    }
    return node;
}

// The distinct edges: a repeated one (either way round on a TSP) asks nothing more.
std::vector<FixedEdge> distinct(bool directed, std::span<const FixedEdge> edges) {
    std::set<std::pair<int, int>> seen;
    std::vector<FixedEdge> result;
    for (const FixedEdge& edge : edges) {
        std::pair<int, int> key{edge.from, edge.to};
        if (!directed && key.first > key.second) std::swap(key.first, key.second);
        if (seen.insert(key).second) result.push_back(edge);
    }
    return result;
}

}  // namespace

std::string to_string(const FixedEdge& edge, bool directed, const std::function<std::string(int)>& label) {
    const auto name = [&](int node) { return label ? label(node) : std::to_string(node); };
    return name(edge.from) + (directed ? "->" : "-") + name(edge.to);
}

std::optional<FixedEdgesProblem> fixed_edges_problem(int num_nodes, bool directed,
                                                     std::span<const FixedEdge> edges,
                                                     const std::function<std::string(int)>& label) {
    const auto name = [&](int node) { return label ? label(node) : std::to_string(node); };
    const auto n = static_cast<std::size_t>(num_nodes);
    std::vector<int> out_degree(n, 0);
    std::vector<int> in_degree(n, 0);
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<int> component_size(n, 1);
    std::set<std::pair<int, int>> seen;
    for (std::size_t k = 0; k < edges.size(); ++k) {
        const FixedEdge& edge = edges[k];
        const auto fail = [&](const std::string& reason) {
            return FixedEdgesProblem{k, "fixed edge " + to_string(edge, directed, label) + " " + reason};
        };
        if (edge.from < 0 || edge.to < 0 || edge.from >= num_nodes || edge.to >= num_nodes)
            return FixedEdgesProblem{k, "fixed edge " + to_string(edge, directed) +
                                            " names a node outside 0.." + std::to_string(num_nodes - 1)};
        if (edge.from == edge.to) return fail("joins a node to itself");
        std::pair<int, int> key{edge.from, edge.to};
        if (!directed && key.first > key.second) std::swap(key.first, key.second);
        if (!seen.insert(key).second) continue;
        const auto from = static_cast<std::size_t>(edge.from);
        const auto to = static_cast<std::size_t>(edge.to);
        if (directed) {
            if (++out_degree[from] > 1) return fail("leaves node " + name(edge.from) + " a second time");
            if (++in_degree[to] > 1) return fail("enters node " + name(edge.to) + " a second time");
        } else {
            if (++out_degree[from] > 2) return fail("is a third fixed edge at node " + name(edge.from));
            if (++out_degree[to] > 2) return fail("is a third fixed edge at node " + name(edge.to));
        }
        const int a = find_root(parent, edge.from);
        const int b = find_root(parent, edge.to);
        if (a == b) {
            // Closing a path into a cycle is only a tour when the cycle holds every node.
            if (component_size[static_cast<std::size_t>(a)] != num_nodes)
                return fail("closes a cycle of " +
                            std::to_string(component_size[static_cast<std::size_t>(a)]) + " of the " +
                            std::to_string(num_nodes) + " nodes");
            continue;
        }
        parent[static_cast<std::size_t>(b)] = a;
        component_size[static_cast<std::size_t>(a)] += component_size[static_cast<std::size_t>(b)];
    }
    return std::nullopt;
}

std::vector<int> tour_through_fixed_edges(int num_nodes, bool directed, std::span<const FixedEdge> edges) {
    const auto n = static_cast<std::size_t>(num_nodes);
    // Up to two fixed neighbours per node; on an ATSP only the successor (slot 0) and a mark for having a
    // predecessor (slot 1), so that paths are walked from their first node in their direction.
    std::vector<std::array<int, 2>> link(n, {-1, -1});
    for (const FixedEdge& edge : distinct(directed, edges)) {
        auto& from = link[static_cast<std::size_t>(edge.from)];
        auto& to = link[static_cast<std::size_t>(edge.to)];
        if (directed) {
            from[0] = edge.to;
            to[1] = edge.from;
        } else {
            from[from[0] < 0 ? 0 : 1] = edge.to;
            to[to[0] < 0 ? 0 : 1] = edge.from;
        }
    }
    std::vector<char> placed(n, 0);
    std::vector<int> order;
    order.reserve(n);
    const auto walk = [&](int node) {
        int previous = -1;
        while (node >= 0 && !placed[static_cast<std::size_t>(node)]) {
            placed[static_cast<std::size_t>(node)] = 1;
            order.push_back(node);
            const auto& next = link[static_cast<std::size_t>(node)];
            const int step = directed || next[0] != previous ? next[0] : next[1];
            previous = node;
            node = step;
        }
    };
    // A path starts where no fixed edge enters (ATSP) or at a node with at most one fixed edge (TSP).
    for (int node = 0; node < num_nodes; ++node) {
        const auto& at = link[static_cast<std::size_t>(node)];
        if (!placed[static_cast<std::size_t>(node)] && at[1] < 0) walk(node);
    }
    walk(0);  // every node is on one fixed cycle: the whole tour is fixed
    std::rotate(order.begin(), std::find(order.begin(), order.end(), 0), order.end());
    return order;
}

std::vector<FixedEdge> fixed_edges_missing(std::span<const int> order, bool directed,
                                           std::span<const FixedEdge> edges) {
    int largest = 0;
    for (int node : order) largest = std::max(largest, node);
    for (const FixedEdge& edge : edges) largest = std::max({largest, edge.from, edge.to});
    std::vector<int> position(static_cast<std::size_t>(largest) + 1, -1);
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] >= 0) position[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
    const auto size = static_cast<int>(order.size());
    const auto follows = [&](int from, int to) {
        const int at = position[static_cast<std::size_t>(from)];
        return at >= 0 && position[static_cast<std::size_t>(to)] == (at + 1) % size;
    };
    std::vector<FixedEdge> missing;
    for (const FixedEdge& edge : edges)
        if (edge.from < 0 || edge.to < 0 ||
            !(follows(edge.from, edge.to) || (!directed && follows(edge.to, edge.from))))
            missing.push_back(edge);
    return missing;
}

}  // namespace routekit
