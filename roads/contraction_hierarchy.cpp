#include "roads/contraction_hierarchy.hpp"

#include <algorithm>
#include <queue>

namespace routekit::roads {

namespace {

// How far a witness search looks before it gives up and lets the shortcut be added: a missing witness only
// costs an unneeded shortcut, never a wrong distance. Estimating a vertex's importance looks less far than
// contracting it, which is done once per vertex.
constexpr int kEstimateSettleLimit = 50;
constexpr int kContractSettleLimit = 1000;

struct Edge {
    Vertex other;
    Label weight;
};

/// The graph while it is being contracted: each vertex's remaining arcs both ways.
class ShrinkingGraph {
  public:
    explicit ShrinkingGraph(std::size_t n) : out(n), in(n), label_(n, kUnreached), seen_(n, 0) {}

    void add_arc(Vertex u, Vertex v, Label w) {
        if (u == v) return;  // a loop is never part of a shortest path
        for (Edge& e : out[u]) {
            if (e.other != v) continue;
            if (w < e.weight) {
                e.weight = w;
                for (Edge& back : in[v])
                    if (back.other == u) back.weight = w;
            }
            return;
        }
        out[u].push_back({v, w});
        in[v].push_back({u, w});
    }

    void remove_vertex(Vertex v) {
        const auto drop = [v](std::vector<Edge>& edges) {
            edges.erase(
                std::remove_if(edges.begin(), edges.end(), [v](const Edge& e) { return e.other == v; }),
                edges.end());
        };
        for (const Edge& e : in[v]) drop(out[e.other]);
        for (const Edge& e : out[v]) drop(in[e.other]);
    }

    /// The shortcuts contracting v needs: u->v->w with no path from u to w avoiding v as good.
    std::vector<std::tuple<Vertex, Vertex, Label>> shortcuts_for(Vertex v, int settle_limit) {
        std::vector<std::tuple<Vertex, Vertex, Label>> shortcuts;
        for (const Edge& into : in[v]) {
            Label limit{};
            for (const Edge& from : out[v])
                if (from.other != into.other) limit = std::max(limit, into.weight + from.weight);
            witness_search(into.other, v, limit, settle_limit);
            for (const Edge& from : out[v]) {
                if (from.other == into.other) continue;
                const Label via = into.weight + from.weight;
                if (distance(from.other) > via) shortcuts.emplace_back(into.other, from.other, via);
            }
        }
        return shortcuts;
    }

    std::vector<std::vector<Edge>> out, in;

  private:
    Label distance(Vertex v) const { return seen_[v] == stamp_ ? label_[v] : kUnreached; }

    // Dijkstra from `source` that never enters `skipped`, stopping past `limit` or after a few settles.
    void witness_search(Vertex source, Vertex skipped, Label limit, int settle_limit) {
        ++stamp_;
        using Item = std::pair<Label, Vertex>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        seen_[source] = stamp_;
        label_[source] = Label{};
        queue.push({Label{}, source});
        for (int settled = 0; !queue.empty() && settled < settle_limit; ++settled) {
            const auto [d, v] = queue.top();
            queue.pop();
            if (d != label_[v]) continue;
            if (d > limit) return;
            for (const Edge& e : out[v]) {
                if (e.other == skipped) continue;
                const Label candidate = d + e.weight;
                if (candidate < distance(e.other)) {
                    seen_[e.other] = stamp_;
                    label_[e.other] = candidate;
                    queue.push({candidate, e.other});
                }
            }
        }
    }

    std::vector<Label> label_;
    std::vector<std::uint32_t> seen_;
    std::uint32_t stamp_ = 0;
};

}  // namespace

ContractionHierarchy::ContractionHierarchy(std::size_t n,
                                           std::span<const std::tuple<Vertex, Vertex, Label>> arcs) {
    ShrinkingGraph graph(n);
    for (const auto& [u, v, w] : arcs) graph.add_arc(u, v, w);

    // Importance: shortcuts added minus arcs removed (keeps the graph sparse), plus how many neighbours are
    // already contracted (spreads the contraction evenly). Recomputed lazily: a vertex popped with a stale
    // value goes back into the queue.
    std::vector<int> contracted_neighbours(n, 0);
    std::vector<char> contracted(n, 0);
    const auto importance = [&](Vertex v) {
        return static_cast<int>(graph.shortcuts_for(v, kEstimateSettleLimit).size()) -
               static_cast<int>(graph.in[v].size() + graph.out[v].size()) + contracted_neighbours[v];
    };
    using Item = std::pair<int, Vertex>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (Vertex v = 0; v < n; ++v) queue.push({importance(v), v});

    std::vector<std::vector<UpArc>> up_out(n), up_in(n);
    while (!queue.empty()) {
        const Vertex v = queue.top().second;
        queue.pop();
        if (contracted[v]) continue;
        const int now = importance(v);
        if (!queue.empty() && now > queue.top().first) {
            queue.push({now, v});
            continue;
        }
        const std::vector<std::tuple<Vertex, Vertex, Label>> shortcuts =
            graph.shortcuts_for(v, kContractSettleLimit);
        for (const Edge& e : graph.out[v])
            up_out[v].push_back({e.other, e.weight}), ++contracted_neighbours[e.other];
        for (const Edge& e : graph.in[v])
            up_in[v].push_back({e.other, e.weight}), ++contracted_neighbours[e.other];
        graph.remove_vertex(v);
        graph.out[v].clear();
        graph.in[v].clear();
        contracted[v] = 1;
        for (const auto& [a, b, w] : shortcuts) graph.add_arc(a, b, w);
        shortcuts_ += shortcuts.size();
    }

    const auto flatten = [n](const std::vector<std::vector<UpArc>>& lists, std::vector<std::uint32_t>& start,
                             std::vector<UpArc>& arcs) {
        start.assign(n + 1, 0);
        for (std::size_t v = 0; v < n; ++v)
            start[v + 1] = start[v] + static_cast<std::uint32_t>(lists[v].size());
        arcs.reserve(start[n]);
        for (const std::vector<UpArc>& list : lists) arcs.insert(arcs.end(), list.begin(), list.end());
    };
    flatten(up_out, out_start_, out_);
    flatten(up_in, in_start_, in_);
}

}  // namespace routekit::roads
