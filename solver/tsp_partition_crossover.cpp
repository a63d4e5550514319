#include "solver/tsp_partition_crossover.hpp"

#include <numeric>
#include <stdexcept>

namespace routekit {

namespace {

/// A tour's two neighbours of each node.
struct Neighbours {
    std::vector<int> next, prev;
    explicit Neighbours(const std::vector<int>& order) : next(order.size()), prev(order.size()) {
        const std::size_t n = order.size();
        for (std::size_t i = 0; i < n; ++i) {
            const auto node = static_cast<std::size_t>(order[i]);
            next[node] = order[(i + 1) % n];
            prev[node] = order[(i + n - 1) % n];
        }
    }
    bool has_edge(int u, int v) const {
        return next[static_cast<std::size_t>(u)] == v || prev[static_cast<std::size_t>(u)] == v;
    }
};

int find(std::vector<int>& parent, int x) {
    while (parent[static_cast<std::size_t>(x)] != x) {
        const auto i = static_cast<std::size_t>(x);
        parent[i] = parent[static_cast<std::size_t>(parent[i])];
        x = parent[i];
    }
    return x;
}

}  // namespace

PartitionCrossover partition_crossover(const std::vector<int>& first, const std::vector<int>& second,
                                       const std::function<Cost(int, int)>& distance) {
    const std::size_t n = first.size();
    if (second.size() != n) throw std::invalid_argument("partition_crossover: tours of different sizes");
    const Neighbours a(first), b(second);
    // Components of the edges of either tour that the other lacks; the nodes of none have only shared edges.
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> in_component(n, 0);
    for (std::size_t u = 0; u < n; ++u)
        for (const auto& [tour, other] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
            const int v = tour->next[u];
            if (other->has_edge(static_cast<int>(u), v)) continue;
            in_component[u] = in_component[static_cast<std::size_t>(v)] = 1;
            parent[static_cast<std::size_t>(find(parent, static_cast<int>(u)))] = find(parent, v);
        }
    std::vector<int> root(n, -1);  // per node: its component's root, -1 for the nodes of none
    for (std::size_t u = 0; u < n; ++u)
        if (in_component[u]) root[u] = find(parent, static_cast<int>(u));
    const auto root_of = [&](int node) { return root[static_cast<std::size_t>(node)]; };

    // A component may be chosen when the first tour, read around, crosses it as blocks joined by runs of
    // "transparent" nodes (of no component, or of a component already choosable) that come back to it,
    // except for one pair of ends: each such run is a path between the same two nodes in both tours, so
    // the component is left twice in effect. Runs that come back are what a 2-opt move's reversed inside,
    // or a double bridge's middle blocks, look like; a component nested in such a run becomes choosable
    // first, and makes its run transparent for the next round.
    std::vector<char> choosable(n, 0);  // per root
    const auto transparent = [&](int node) {
        const int r = root_of(node);
        return r < 0 || choosable[static_cast<std::size_t>(r)];
    };
    std::vector<int> blocks(n, 0), loops(n, 0);  // per root
    for (bool found = true; found;) {
        found = false;
        std::size_t start = 0;
        while (start < n && transparent(first[start])) ++start;
        if (start == n) break;
        std::fill(blocks.begin(), blocks.end(), 0);
        std::fill(loops.begin(), loops.end(), 0);
        const int first_root = root_of(first[start]);
        int last_root = first_root;
        ++blocks[static_cast<std::size_t>(first_root)];
        bool gap = false;
        for (std::size_t i = start + 1; i < start + n; ++i) {
            const int node = first[i % n];
            if (transparent(node)) {
                gap = true;
                continue;
            }
            const int r = root_of(node);
            if (r != last_root || gap) ++blocks[static_cast<std::size_t>(r)];
            if (r == last_root && gap) ++loops[static_cast<std::size_t>(r)];
            last_root = r;
            gap = false;
        }
        if (last_root == first_root) {  // around the end: a run back to the first block, or the same block
            if (gap)
                ++loops[static_cast<std::size_t>(first_root)];
            else
                --blocks[static_cast<std::size_t>(first_root)];
        }
        for (std::size_t r = 0; r < n; ++r)
            if (blocks[r] > 0 && !choosable[r] && blocks[r] - loops[r] <= 1) choosable[r] = found = true;
    }
    // Per choosable component: the length of each tour's edges inside it.
    std::vector<Cost> inside_first(n, 0), inside_second(n, 0);
    for (std::size_t u = 0; u < n; ++u) {
        const int r = root[u];
        if (r < 0 || !choosable[static_cast<std::size_t>(r)]) continue;
        const int va = a.next[u], vb = b.next[u];
        if (root_of(va) == r) inside_first[static_cast<std::size_t>(r)] += distance(static_cast<int>(u), va);
        if (root_of(vb) == r) inside_second[static_cast<std::size_t>(r)] += distance(static_cast<int>(u), vb);
    }
    PartitionCrossover result;
    std::vector<char> take_second(n, 0);  // per root
    for (std::size_t r = 0; r < n; ++r) {
        if (!choosable[r]) continue;
        ++result.components;
        if (inside_second[r] < inside_first[r]) {
            take_second[r] = 1;
            ++result.taken_from_second;
            result.change += inside_second[r] - inside_first[r];
        }
    }
    // Walk the child: each node keeps the neighbours of the tour its component takes. An edge between two
    // choices is a shared edge, which both tours hold, so the neighbours agree.
    const auto neighbours_of = [&](int u) {
        const auto i = static_cast<std::size_t>(u);
        const bool second_here = root[i] >= 0 && take_second[static_cast<std::size_t>(root[i])];
        return second_here ? std::pair{b.prev[i], b.next[i]} : std::pair{a.prev[i], a.next[i]};
    };
    result.order.reserve(n);
    int previous = neighbours_of(first[0]).first;
    for (int node = first[0]; result.order.size() < n;) {
        result.order.push_back(node);
        const auto [p, q] = neighbours_of(node);
        const int next = p == previous ? q : p;
        previous = node;
        node = next;
        if (node == first[0]) break;
    }
    if (result.order.size() != n)
        throw std::logic_error("partition_crossover: the child is not one tour");
    return result;
}

}  // namespace routekit
