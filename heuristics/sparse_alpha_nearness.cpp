#include "heuristics/sparse_alpha_nearness.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
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

/// A minimum spanning forest (OneTreeSolver's, below) with ancestor tables: up[l][v] is v's 2^l-th ancestor
/// and heaviest[l][v] the heaviest edge on the way there.
class SpanningForest {
  public:
    /// The forest of `edges` (i, j), each priced by `cost`.
    SpanningForest(int n, const std::vector<std::pair<int, int>>& edges,
                   const std::function<Cost(int, int)>& cost)
        : depth_(static_cast<std::size_t>(n), 0), component_(static_cast<std::size_t>(n)) {
        std::vector<std::vector<std::pair<int, Cost>>> tree(static_cast<std::size_t>(n));
        for (const auto& [i, j] : edges) {
            const Cost c = cost(i, j);
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
        // Not 0: penalised costs may be negative, and a path of negative edges has a negative maximum.
        Cost result = std::numeric_limits<Cost>::min();
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

/// Minimum spanning trees and 1-trees (sparse_alpha_nearness.hpp's OneTree) of one symmetric edge set
/// under changing node penalties: cost(i, j) + pi[i] + pi[j]. Kruskal on the re-sorted edges.
class OneTreeSolver {
  public:
    OneTreeSolver(int n, const std::vector<std::vector<int>>& graph,
                  const std::function<Cost(int, int)>& cost)
        : n_(n), degree_(static_cast<std::size_t>(n)), cheapest_(static_cast<std::size_t>(n)) {
        for (int i = 0; i < n; ++i)
            for (int j : graph[static_cast<std::size_t>(i)])
                if (j != i) edges_.push_back({0, std::min(i, j), std::max(i, j)});
        std::sort(edges_.begin(), edges_.end(),
                  [](const Edge& a, const Edge& b) { return std::tie(a.i, a.j) < std::tie(b.i, b.j); });
        edges_.erase(std::unique(edges_.begin(), edges_.end(),
                                 [](const Edge& a, const Edge& b) { return a.i == b.i && a.j == b.j; }),
                     edges_.end());
        for (Edge& e : edges_) e.cost = cost(e.i, e.j);
        order_.resize(edges_.size());
        penalised_.resize(edges_.size());
        in_tree_.resize(edges_.size());
    }

    /// The minimum spanning forest's cost under the penalties, or with `one_tree` the 1-tree's; degree(),
    /// special() and edges() describe it until the next call.
    Cost solve(const std::vector<Cost>& pi, bool one_tree) {
        sort_edges(pi);
        DisjointSets sets(n_);
        std::fill(degree_.begin(), degree_.end(), 0);
        std::fill(in_tree_.begin(), in_tree_.end(), 0);
        Cost total = 0;
        int joined = 0;
        for (const int e : order_) {
            const Edge& edge = edges_[static_cast<std::size_t>(e)];
            if (!sets.unite(edge.i, edge.j)) continue;
            total += penalised_[static_cast<std::size_t>(e)];
            add(e);
            if (++joined == n_ - 1) break;  // spanning: every later edge would close a cycle
        }
        special_ = -1;
        if (!one_tree) return total;
        // The first edge outside the tree at each leaf, in cost order, is its cheapest such edge.
        std::fill(cheapest_.begin(), cheapest_.end(), -1);
        for (const int e : order_) {
            if (in_tree_[static_cast<std::size_t>(e)]) continue;
            for (int end : {edges_[static_cast<std::size_t>(e)].i, edges_[static_cast<std::size_t>(e)].j})
                if (degree_[static_cast<std::size_t>(end)] == 1 &&
                    cheapest_[static_cast<std::size_t>(end)] < 0)
                    cheapest_[static_cast<std::size_t>(end)] = e;
        }
        Cost dearest = 0;
        for (int v = 0; v < n_; ++v) {
            const int e = cheapest_[static_cast<std::size_t>(v)];
            if (e < 0) continue;
            const Cost c = penalised_[static_cast<std::size_t>(e)];
            if (special_ < 0 || c > dearest) {
                special_ = v;
                dearest = c;
            }
        }
        if (special_ < 0) return total;
        add(cheapest_[static_cast<std::size_t>(special_)]);
        return total + dearest;
    }

    const std::vector<int>& degree() const { return degree_; }
    int special() const { return special_; }
    std::vector<std::pair<int, int>> edges() const {
        std::vector<std::pair<int, int>> result;
        for (std::size_t e = 0; e < edges_.size(); ++e)
            if (in_tree_[e]) result.emplace_back(edges_[e].i, edges_[e].j);
        return result;
    }

  private:
    struct Edge {
        Cost cost;
        int i, j;
    };
    /// order_ = the edges by (penalised cost, index). Packed into one 64-bit key when the costs' range
    /// allows, and then radix-sorted (the sort was most of an ascent step: a third of d18512's preprocessing
    /// with std::sort), else pairs.
    void sort_edges(const std::vector<Cost>& pi) {
        const std::size_t m = edges_.size();
        Cost lo = std::numeric_limits<Cost>::max(), hi = std::numeric_limits<Cost>::min();
        for (std::size_t e = 0; e < m; ++e) {
            const Cost c = edges_[e].cost + pi[static_cast<std::size_t>(edges_[e].i)] +
                           pi[static_cast<std::size_t>(edges_[e].j)];
            penalised_[e] = c;
            lo = std::min(lo, c);
            hi = std::max(hi, c);
        }
        int bits = 1;
        while ((std::size_t{1} << bits) < m) ++bits;
        if (m > 0 && hi - lo < (Cost{1} << (62 - bits))) {
            keys_.resize(m);
            for (std::size_t e = 0; e < m; ++e)
                keys_[e] = static_cast<std::uint64_t>(penalised_[e] - lo) << bits | e;
            radix_sort(bits + std::bit_width(static_cast<std::uint64_t>(hi - lo)));
            const std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
            for (std::size_t k = 0; k < m; ++k) order_[k] = static_cast<int>(keys_[k] & mask);
            return;
        }
        std::vector<std::pair<Cost, int>> pairs(m);
        for (std::size_t e = 0; e < m; ++e) pairs[e] = {penalised_[e], static_cast<int>(e)};
        std::sort(pairs.begin(), pairs.end());
        for (std::size_t k = 0; k < m; ++k) order_[k] = pairs[k].second;
    }
    /// Sorts keys_, whose bits from `key_bits` up are 0, least significant digit first: O(m) a pass and the
    /// same order as std::sort (the keys are distinct).
    void radix_sort(int key_bits) {
        constexpr int kDigit = 11;
        constexpr std::uint64_t kMask = (std::uint64_t{1} << kDigit) - 1;
        scratch_.resize(keys_.size());
        std::vector<std::size_t> start(kMask + 1);
        for (int shift = 0; shift < key_bits; shift += kDigit) {
            std::fill(start.begin(), start.end(), 0);
            for (const std::uint64_t key : keys_) ++start[(key >> shift) & kMask];
            std::size_t sum = 0;
            for (std::size_t& bucket : start) sum += std::exchange(bucket, sum);
            for (const std::uint64_t key : keys_) scratch_[start[(key >> shift) & kMask]++] = key;
            keys_.swap(scratch_);
        }
    }
    void add(int e) {
        in_tree_[static_cast<std::size_t>(e)] = 1;
        ++degree_[static_cast<std::size_t>(edges_[static_cast<std::size_t>(e)].i)];
        ++degree_[static_cast<std::size_t>(edges_[static_cast<std::size_t>(e)].j)];
    }

    int n_;
    int special_ = -1;
    std::vector<Edge> edges_;      ///< by (i, j), i < j, each once
    std::vector<Cost> penalised_;  ///< per edge, under the last penalties
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint64_t> scratch_;  ///< radix_sort's other buffer
    std::vector<int> order_;              ///< the edges by penalised cost
    std::vector<char> in_tree_;
    std::vector<int> degree_;
    std::vector<int> cheapest_;  ///< per leaf, its cheapest edge outside the tree; -1: none
};

}  // namespace

std::vector<Cost> ascent_penalties(int n, const std::vector<std::vector<int>>& graph,
                                   const std::function<Cost(int, int)>& cost, int iterations) {
    OneTreeSolver trees(n, graph, [&cost](int i, int j) { return cost(i, j) * kAlphaPrecision; });
    const std::vector<int>& degree = trees.degree();
    std::vector<Cost> pi(static_cast<std::size_t>(n), 0), best_pi = pi;
    std::vector<int> last_v(static_cast<std::size_t>(n), 0);
    double best_w = -1e300;
    Cost step = kAlphaPrecision;  // LKH's initial step: one unit of cost
    const int period = std::max(5, iterations / 8);
    bool doubling = true;
    int since_best = 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        double w = static_cast<double>(trees.solve(pi, false));
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

OneTree minimum_one_tree(int n, const std::vector<std::vector<int>>& graph,
                         const std::function<Cost(int, int)>& cost) {
    OneTreeSolver trees(n, graph, cost);
    OneTree result;
    result.cost = trees.solve(std::vector<Cost>(static_cast<std::size_t>(n), 0), true);
    result.special = trees.special();
    result.edges = trees.edges();
    result.degree = trees.degree();
    return result;
}

OneTreeAscent one_tree_ascent(int n, const std::vector<std::vector<int>>& graph,
                              const std::function<Cost(int, int)>& cost, int max_steps) {
    OneTreeAscent result;
    result.pi.assign(static_cast<std::size_t>(n), 0);
    if (n < 3) return result;
    OneTreeSolver trees(n, graph, [&cost](int i, int j) { return cost(i, j) * kAlphaPrecision; });
    const std::vector<int>& degree = trees.degree();
    std::vector<Cost> pi = result.pi;
    std::vector<int> v(static_cast<std::size_t>(n)), last_v(static_cast<std::size_t>(n));
    std::int64_t norm = 0;
    const auto evaluate = [&] {
        Cost w = trees.solve(pi, true);
        norm = 0;
        for (int x = 0; x < n; ++x) {
            const auto k = static_cast<std::size_t>(x);
            v[k] = degree[k] - 2;
            w -= 2 * pi[k];
            norm += static_cast<std::int64_t>(v[k]) * v[k];
        }
        return w;
    };
    Cost best_w = evaluate();
    last_v = v;
    const int initial_period = std::min(std::max(n / 2, 100), std::max(max_steps / 4, 10));
    Cost t = kAlphaPrecision;  // one unit of cost
    bool initial_phase = true;
    int steps = 0;
    for (int period = initial_period; period > 0 && t > 0 && norm != 0 && steps < max_steps;
         period /= 2, t /= 2) {
        for (int p = 1; t > 0 && p <= period && norm != 0 && steps < max_steps; ++p) {
            for (int x = 0; x < n; ++x) {
                const auto k = static_cast<std::size_t>(x);
                // Helsgaun's damped direction: 0.7 of this tree's deviation, 0.3 of the last one's.
                if (v[k] != 0) pi[k] += t * (7 * v[k] + 3 * last_v[k]) / 10;
                last_v[k] = v[k];
            }
            ++steps;
            const Cost w = evaluate();
            if (w > best_w) {
                best_w = w;
                result.pi = pi;
                if (initial_phase) t *= 2;
                // An improvement at a period's last step: the period was too short.
                if (p == period && (period *= 2) > initial_period) period = initial_period;
            } else if (initial_phase && p > period / 2) {
                initial_phase = false;
                p = 0;
                t = 3 * t / 4;
            }
        }
    }
    trees.solve(result.pi, true);
    result.special = trees.special();
    result.bound = best_w;
    result.steps = steps;
    return result;
}

std::vector<std::vector<Cost>> sparse_alpha_values(int n, const std::vector<std::vector<int>>& graph,
                                                   const std::function<Cost(int, int)>& cost, int special) {
    // The minimum spanning forest's edges by OneTreeSolver's Kruskal (ties by (i, j), as the ascent's).
    OneTreeSolver trees(n, graph, cost);
    trees.solve(std::vector<Cost>(static_cast<std::size_t>(n), 0), false);
    const SpanningForest forest(n, trees.edges(), cost);
    // The special node's second-cheapest edge: its two edges in the 1-tree are its two cheapest.
    Cost second = 0;
    if (special >= 0) {
        std::vector<std::pair<Cost, int>> edges;  // (cost, other end), each edge once
        for (int i = 0; i < n; ++i)
            for (int j : graph[static_cast<std::size_t>(i)])
                if ((i == special) != (j == special)) edges.emplace_back(cost(i, j), i == special ? j : i);
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        if (edges.size() >= 2) {
            second = edges[1].first;
        } else {
            special = -1;
        }
    }
    std::vector<std::vector<Cost>> alpha(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j : graph[static_cast<std::size_t>(i)])
            alpha[static_cast<std::size_t>(i)].push_back(
                special >= 0 && (i == special) != (j == special)
                    ? std::max<Cost>(0, cost(i, j) - second)
                    : cost(i, j) - (forest.connected(i, j) ? forest.path_maximum(i, j) : 0));
    return alpha;
}

std::vector<std::vector<int>> sparse_alpha_candidates(int n, const std::vector<std::vector<int>>& graph,
                                                      const std::function<Cost(int, int)>& cost, int count,
                                                      int special) {
    // The tree takes edges from either end's list: each node ranks the union of its own list and the lists
    // naming it, so that a tree edge found from one side counts on both.
    std::vector<std::vector<int>> symmetric(graph.begin(), graph.end());
    for (int i = 0; i < n; ++i)
        for (int j : graph[static_cast<std::size_t>(i)]) symmetric[static_cast<std::size_t>(j)].push_back(i);
    for (auto& list : symmetric) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    const std::vector<std::vector<Cost>> alpha = sparse_alpha_values(n, symmetric, cost, special);
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
