#include "heuristics/alpha_nearness.hpp"

#include <algorithm>
#include <boost/graph/adjacency_matrix.hpp>
#include <boost/graph/prim_minimum_spanning_tree.hpp>
#include <tuple>

namespace routekit {

namespace {

Cost symmetric_cost(const Instance& instance, int i, int j) {
    return std::min(instance.distance(i, j), instance.distance(j, i));
}

using DenseGraph = boost::adjacency_matrix<boost::undirectedS, boost::no_property,
                                           boost::property<boost::edge_weight_t, Cost>>;

// Parent of each node in a minimum spanning tree rooted at node 0 (Prim, as Boost.Graph implements it on a
// dense graph), and an order in which every node comes after its parent.
struct SpanningTree {
    std::vector<int> parent;
    std::vector<int> order;
};

SpanningTree minimum_spanning_tree(const Instance& instance) {
    const int n = instance.num_nodes();
    DenseGraph graph(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) boost::add_edge(i, j, symmetric_cost(instance, i, j), graph);
    std::vector<DenseGraph::vertex_descriptor> predecessor(static_cast<std::size_t>(n));
    boost::prim_minimum_spanning_tree(graph, predecessor.data());

    SpanningTree tree;
    tree.parent.assign(predecessor.begin(), predecessor.end());
    tree.parent[0] = -1;
    std::vector<std::vector<int>> children(static_cast<std::size_t>(n));
    for (int v = 1; v < n; ++v) children[static_cast<std::size_t>(tree.parent[v])].push_back(v);
    tree.order.push_back(0);
    for (std::size_t k = 0; k < tree.order.size(); ++k)
        for (int child : children[static_cast<std::size_t>(tree.order[k])]) tree.order.push_back(child);
    return tree;
}

}  // namespace

std::vector<Cost> alpha_values(const Instance& instance) {
    const int n = instance.num_nodes();
    const SpanningTree tree = minimum_spanning_tree(instance);
    std::vector<Cost> alpha(static_cast<std::size_t>(n) * n, 0);
    std::vector<Cost> beta(static_cast<std::size_t>(n));
    auto edge = [&](int v) { return symmetric_cost(instance, v, tree.parent[v]); };
    for (int i = 0; i < n; ++i) {
        // beta[j] = heaviest edge on the tree path i..j. Walking up from i fills i's ancestors; every other
        // node, visited after its parent, extends its parent's path by one edge. O(n) per i.
        std::vector<char> on_path(static_cast<std::size_t>(n), 0);
        beta[static_cast<std::size_t>(i)] = 0;
        on_path[static_cast<std::size_t>(i)] = 1;
        for (int v = i; tree.parent[v] >= 0; v = tree.parent[v]) {
            beta[static_cast<std::size_t>(tree.parent[v])] =
                std::max(beta[static_cast<std::size_t>(v)], edge(v));
            on_path[static_cast<std::size_t>(tree.parent[v])] = 1;
        }
        for (int v : tree.order) {
            if (on_path[static_cast<std::size_t>(v)]) continue;
            beta[static_cast<std::size_t>(v)] =
                std::max(beta[static_cast<std::size_t>(tree.parent[v])], edge(v));
        }
        for (int j = 0; j < n; ++j)
            if (j != i)
                alpha[static_cast<std::size_t>(i) * n + j] =
                    symmetric_cost(instance, i, j) - beta[static_cast<std::size_t>(j)];
    }
    return alpha;
}

std::vector<std::vector<int>> alpha_nearness_candidates(const Instance& instance, int count) {
    const int n = instance.num_nodes();
    const std::vector<Cost> alpha = alpha_values(instance);
    const int size = std::clamp(count, 0, n - 1);
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    std::vector<std::tuple<Cost, Cost, int>> ranked;
    for (int i = 0; i < n; ++i) {
        ranked.clear();
        for (int j = 0; j < n; ++j)
            if (j != i)
                ranked.emplace_back(alpha[static_cast<std::size_t>(i) * n + j],
                                    symmetric_cost(instance, i, j), j);
        std::partial_sort(ranked.begin(), ranked.begin() + size, ranked.end());
        for (int k = 0; k < size; ++k)
            result[static_cast<std::size_t>(i)].push_back(std::get<2>(ranked[static_cast<std::size_t>(k)]));
    }
    return result;
}

}  // namespace routekit
