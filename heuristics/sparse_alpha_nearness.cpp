#include "heuristics/sparse_alpha_nearness.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <tuple>
#include <utility>

namespace routekit {

namespace {

/// Union-find with path halving, for Kruskal.
class DisjointSets {
  public:
    explicit DisjointSets(int n) : root_(static_cast<std::size_t>(n)) {
        std::iota(root_.begin(), root_.end(), 0);
    }
    /// Joins the sets of i and j; false when they were one already.
    bool unite(int i, int j) {
        const int ri = find(i), rj = find(j);
        if (ri == rj) return false;
        root_[static_cast<std::size_t>(ri)] = rj;
        return true;
    }

  private:
    int find(int v) {
        while (root_[static_cast<std::size_t>(v)] != v)
            v = root_[static_cast<std::size_t>(v)] =
                root_[static_cast<std::size_t>(root_[static_cast<std::size_t>(v)])];
        return v;
    }
    std::vector<int> root_;
};

/// A minimum spanning forest (Kruskal on the symmetric edge set) with ancestor tables: up[l][v] is v's
/// 2^l-th ancestor and heaviest[l][v] the heaviest edge on the way there.
class SpanningForest {
  public:
    SpanningForest(int n, const std::vector<std::vector<int>>& graph,
                   const std::function<Cost(int, int)>& cost)
        : depth_(static_cast<std::size_t>(n), 0), component_(static_cast<std::size_t>(n)) {
        std::vector<std::tuple<Cost, int, int>> edges;
        for (int i = 0; i < n; ++i)
            for (int j : graph[static_cast<std::size_t>(i)])
                if (j != i) edges.emplace_back(cost(i, j), std::min(i, j), std::max(i, j));
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        DisjointSets sets(n);
        std::vector<std::vector<std::pair<int, Cost>>> tree(static_cast<std::size_t>(n));
        for (const auto& [c, i, j] : edges) {
            if (!sets.unite(i, j)) continue;
            tree[static_cast<std::size_t>(i)].emplace_back(j, c);
            tree[static_cast<std::size_t>(j)].emplace_back(i, c);
        }
        levels_ = 1;
        while ((1 << levels_) < n) ++levels_;
        up_.assign(static_cast<std::size_t>(levels_), std::vector<int>(static_cast<std::size_t>(n)));
        heaviest_.assign(static_cast<std::size_t>(levels_),
                         std::vector<Cost>(static_cast<std::size_t>(n), 0));
        std::vector<char> seen(static_cast<std::size_t>(n), 0);
        std::vector<int> order;
        for (int start = 0; start < n; ++start) {
            if (seen[static_cast<std::size_t>(start)]) continue;
            seen[static_cast<std::size_t>(start)] = 1;
            up_[0][static_cast<std::size_t>(start)] = start;
            component_[static_cast<std::size_t>(start)] = start;
            order.assign(1, start);
            for (std::size_t k = 0; k < order.size(); ++k) {
                const int v = order[k];
                for (const auto& [w, c] : tree[static_cast<std::size_t>(v)]) {
                    if (seen[static_cast<std::size_t>(w)]) continue;
                    seen[static_cast<std::size_t>(w)] = 1;
                    up_[0][static_cast<std::size_t>(w)] = v;
                    heaviest_[0][static_cast<std::size_t>(w)] = c;
                    depth_[static_cast<std::size_t>(w)] = depth_[static_cast<std::size_t>(v)] + 1;
                    component_[static_cast<std::size_t>(w)] = start;
                    order.push_back(w);
                }
            }
        }
        for (int l = 1; l < levels_; ++l)
            for (int v = 0; v < n; ++v) {
                const int mid = up_[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(v)];
                up_[static_cast<std::size_t>(l)][static_cast<std::size_t>(v)] =
                    up_[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(mid)];
                heaviest_[static_cast<std::size_t>(l)][static_cast<std::size_t>(v)] =
                    std::max(heaviest_[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(v)],
                             heaviest_[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(mid)]);
            }
    }

    bool connected(int i, int j) const {
        return component_[static_cast<std::size_t>(i)] == component_[static_cast<std::size_t>(j)];
    }

    /// The heaviest edge on the tree path between i and j (same tree).
    Cost path_maximum(int i, int j) const {
        Cost result = 0;
        if (depth_[static_cast<std::size_t>(i)] < depth_[static_cast<std::size_t>(j)]) std::swap(i, j);
        const auto climb = [&](int& v, int l) {
            result = std::max(result, heaviest_[static_cast<std::size_t>(l)][static_cast<std::size_t>(v)]);
            v = up_[static_cast<std::size_t>(l)][static_cast<std::size_t>(v)];
        };
        for (int l = levels_ - 1; l >= 0; --l)
            if (depth_[static_cast<std::size_t>(i)] - (1 << l) >= depth_[static_cast<std::size_t>(j)])
                climb(i, l);
        if (i == j) return result;
        for (int l = levels_ - 1; l >= 0; --l)
            if (up_[static_cast<std::size_t>(l)][static_cast<std::size_t>(i)] !=
                up_[static_cast<std::size_t>(l)][static_cast<std::size_t>(j)]) {
                climb(i, l);
                climb(j, l);
            }
        climb(i, 0);
        climb(j, 0);
        return result;
    }

  private:
    int levels_ = 1;
    std::vector<int> depth_;
    std::vector<int> component_;  ///< the root of each node's tree
    std::vector<std::vector<int>> up_;
    std::vector<std::vector<Cost>> heaviest_;
};

}  // namespace

std::vector<Cost> ascent_penalties(int n, const std::vector<std::vector<int>>& graph,
                                   const std::function<Cost(int, int)>& cost, int iterations) {
    struct Edge {
        Cost cost;
        int i, j;
    };
    std::vector<Edge> edges;
    for (int i = 0; i < n; ++i)
        for (int j : graph[static_cast<std::size_t>(i)])
            if (j != i) edges.push_back({cost(i, j) * kAlphaPrecision, std::min(i, j), std::max(i, j)});
    std::sort(edges.begin(), edges.end(),
              [](const Edge& a, const Edge& b) { return std::tie(a.i, a.j) < std::tie(b.i, b.j); });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const Edge& a, const Edge& b) { return a.i == b.i && a.j == b.j; }),
                edges.end());
    std::vector<Cost> pi(static_cast<std::size_t>(n), 0), best_pi = pi;
    std::vector<int> degree(static_cast<std::size_t>(n)), last_v(static_cast<std::size_t>(n), 0);
    std::vector<std::pair<Cost, int>> order(edges.size());
    double best_w = -1e300;
    Cost step = kAlphaPrecision;  // LKH's initial step: one unit of cost
    const int period = std::max(5, iterations / 8);
    bool doubling = true;
    int since_best = 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        for (std::size_t e = 0; e < edges.size(); ++e)
            order[e] = {edges[e].cost + pi[static_cast<std::size_t>(edges[e].i)] +
                            pi[static_cast<std::size_t>(edges[e].j)],
                        static_cast<int>(e)};
        std::sort(order.begin(), order.end());
        DisjointSets sets(n);
        std::fill(degree.begin(), degree.end(), 0);
        double w = 0;
        for (const auto& [c, e] : order) {
            if (!sets.unite(edges[static_cast<std::size_t>(e)].i, edges[static_cast<std::size_t>(e)].j))
                continue;
            w += static_cast<double>(c);
            ++degree[static_cast<std::size_t>(edges[static_cast<std::size_t>(e)].i)];
            ++degree[static_cast<std::size_t>(edges[static_cast<std::size_t>(e)].j)];
        }
        Cost norm = 0;
        for (int v = 0; v < n; ++v) {
            w -= 2.0 * static_cast<double>(pi[static_cast<std::size_t>(v)]);
            norm += std::abs(degree[static_cast<std::size_t>(v)] - 2);
        }
        if (w > best_w) {
            best_w = w;
            best_pi = pi;
            since_best = 0;
            if (doubling) step *= 2;
        } else {
            doubling = false;
            if (++since_best % period == 0) step = std::max<Cost>(1, step / 2);
        }
        if (norm <= 2) break;  // a tree with two leaves: a Hamiltonian path
        for (int v = 0; v < n; ++v) {
            const int deviation = degree[static_cast<std::size_t>(v)] - 2;
            // Helsgaun's damped direction: 0.7 of this tree's deviation, 0.3 of the last one's.
            pi[static_cast<std::size_t>(v)] +=
                step * (7 * deviation + 3 * last_v[static_cast<std::size_t>(v)]) / 10;
            last_v[static_cast<std::size_t>(v)] = deviation;
        }
    }
    return best_pi;
}

std::vector<std::vector<Cost>> sparse_alpha_values(int n, const std::vector<std::vector<int>>& graph,
                                                   const std::function<Cost(int, int)>& cost) {
    const SpanningForest forest(n, graph, cost);
    std::vector<std::vector<Cost>> alpha(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j : graph[static_cast<std::size_t>(i)])
            alpha[static_cast<std::size_t>(i)].push_back(
                cost(i, j) - (forest.connected(i, j) ? forest.path_maximum(i, j) : 0));
    return alpha;
}

std::vector<std::vector<int>> sparse_alpha_candidates(int n, const std::vector<std::vector<int>>& graph,
                                                      const std::function<Cost(int, int)>& cost, int count) {
    // The tree takes edges from either end's list: each node ranks the union of its own list and the lists
    // naming it, so that a tree edge found from one side counts on both.
    std::vector<std::vector<int>> symmetric(graph.begin(), graph.end());
    for (int i = 0; i < n; ++i)
        for (int j : graph[static_cast<std::size_t>(i)]) symmetric[static_cast<std::size_t>(j)].push_back(i);
    for (auto& list : symmetric) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    const std::vector<std::vector<Cost>> alpha = sparse_alpha_values(n, symmetric, cost);
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    std::vector<std::tuple<Cost, Cost, int>> ranked;
    for (int i = 0; i < n; ++i) {
        const auto& list = symmetric[static_cast<std::size_t>(i)];
        ranked.clear();
        for (std::size_t k = 0; k < list.size(); ++k)
            if (list[k] != i)
                ranked.emplace_back(alpha[static_cast<std::size_t>(i)][k], cost(i, list[k]), list[k]);
        const auto size = std::min(ranked.size(), static_cast<std::size_t>(std::max(count, 0)));
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(size), ranked.end());
        ranked.resize(size);
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return std::pair(std::get<1>(a), std::get<2>(a)) < std::pair(std::get<1>(b), std::get<2>(b));
        });
        for (const auto& entry : ranked) result[static_cast<std::size_t>(i)].push_back(std::get<2>(entry));
    }
    return result;
}

}  // namespace routekit
