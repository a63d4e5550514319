#include "solver/tsp_greedy_tour.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace routekit {

namespace {

int find_root(std::vector<int>& parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

}  // namespace

std::vector<int> greedy_tour(int n, int k, const std::vector<int>& lists,
                             const std::function<Cost(int, int)>& distance) {
    if (n <= 2) {
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        return order;
    }
    std::vector<std::tuple<Cost, int, int>> edges;
    edges.reserve(static_cast<std::size_t>(n) * k);
    for (int i = 0; i < n; ++i)
        for (int r = 0; r < k; ++r) {
            const int j = lists[static_cast<std::size_t>(i) * k + r];
            edges.emplace_back(distance(i, j), std::min(i, j), std::max(i, j));
        }
    // Pairs in both lists once.
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    std::vector<int> adjacent(static_cast<std::size_t>(2) * n, -1);  // the path neighbours of each node
    const auto degree = [&](int x) { return (adjacent[2 * x] >= 0) + (adjacent[2 * x + 1] >= 0); };
    const auto link = [&](int x, int y) {
        adjacent[2 * x + (adjacent[2 * x] >= 0)] = y;
        adjacent[2 * y + (adjacent[2 * y] >= 0)] = x;
    };
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto& [cost, i, j] : edges) {
        if (degree(i) == 2 || degree(j) == 2) continue;
        const int ri = find_root(parent, i);
        const int rj = find_root(parent, j);
        if (ri == rj) continue;
        parent[ri] = rj;
        link(i, j);
    }

    // Free ends: nodes of degree below two (a lone node is both ends of its path).
    std::vector<int> free_ends;
    std::vector<int> slot(n, -1);  // index in free_ends, -1: not a free end (or its path is taken)
    for (int x = 0; x < n; ++x)
        if (degree(x) < 2) {
            slot[x] = static_cast<int>(free_ends.size());
            free_ends.push_back(x);
        }
    const auto take = [&](int x) {
        const int s = slot[x];
        if (s < 0) return;
        const int last = free_ends.back();
        free_ends[s] = last;
        slot[last] = s;
        free_ends.pop_back();
        slot[x] = -1;
    };

    std::vector<int> order;
    order.reserve(n);
    int start = free_ends.front();
    while (true) {
        // Walk the path from its end `start` to its other end, taking both ends off the free list.
        take(start);
        int previous = -1;
        int current = start;
        while (true) {
            order.push_back(current);
            const int a = adjacent[2 * current];
            const int b = adjacent[2 * current + 1];
            const int step = a >= 0 && a != previous ? a : (b >= 0 && b != previous ? b : -1);
            if (step < 0) break;
            previous = current;
            current = step;
        }
        take(current);
        if (free_ends.empty()) break;
        int next = -1;
        for (int r = 0; r < k && next < 0; ++r) {
            const int candidate = lists[static_cast<std::size_t>(current) * k + r];
            if (slot[candidate] >= 0) next = candidate;
        }
        if (next < 0) {
            Cost best = 0;
            for (int x : free_ends) {
                const Cost c = distance(current, x);
                if (next < 0 || c < best || (c == best && x < next)) {
                    best = c;
                    next = x;
                }
            }
        }
        start = next;
    }
    return order;
}

}  // namespace routekit
