#include "roads/contraction_hierarchy.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

#include <algorithm>

namespace routekit::roads {

namespace {

// How far a witness search looks before it gives up and lets the shortcut be added: a missing witness only
// costs an unneeded shortcut, never a wrong distance. Estimating a vertex's importance looks less far than
// contracting it (estimates are redone each time a neighbour is contracted; the contraction is once).
constexpr int kEstimateSettleLimit = 40;
constexpr int kContractSettleLimit = 400;

struct Edge {
    Vertex other;
    Label weight;
};

using Shortcut = std::tuple<Vertex, Vertex, Label>;

/// The graph while it is being contracted: each remaining vertex's arcs both ways, to remaining vertices.
class ShrinkingGraph {
  public:
    explicit ShrinkingGraph(std::size_t n) : out(n), in(n) {}

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

    /// Drops v's arcs from its neighbours' lists and empties its own.
    void remove_vertex(Vertex v) {
        const auto drop = [v](std::vector<Edge>& edges) {
            edges.erase(
                std::remove_if(edges.begin(), edges.end(), [v](const Edge& e) { return e.other == v; }),
                edges.end());
        };
        for (const Edge& e : in[v]) drop(out[e.other]);
        for (const Edge& e : out[v]) drop(in[e.other]);
        std::vector<Edge>().swap(out[v]);
        std::vector<Edge>().swap(in[v]);
    }

    std::vector<std::vector<Edge>> out, in;
};

/// One thread's bounded Dijkstra for witnesses; generation stamps clear it in O(1).
class WitnessSearch {
  public:
    explicit WitnessSearch(std::size_t n) : state_(n) {}

    /// The shortcuts contracting v needs: u->v->w with no path from u to w as good that avoids v and every
    /// vertex `skipped` says is being contracted at the same time.
    template <class Skipped>
    std::vector<Shortcut> shortcuts_for(const ShrinkingGraph& graph, Vertex v, int settle_limit,
                                        const Skipped& skipped) {
        std::vector<Shortcut> shortcuts;
        for (const Edge& into : graph.in[v]) {
            ++stamp_;
            Label limit{};
            int targets = 0;
            for (const Edge& from : graph.out[v]) {
                if (from.other == into.other) continue;
                limit = std::max(limit, into.weight + from.weight);
                if (state_[from.other].target != stamp_) state_[from.other].target = stamp_, ++targets;
            }
            if (targets == 0) continue;
            search(graph, into.other, v, limit, settle_limit, targets, skipped);
            for (const Edge& from : graph.out[v]) {
                if (from.other == into.other) continue;
                const Label via = into.weight + from.weight;
                if (distance(from.other) > via) shortcuts.emplace_back(into.other, from.other, via);
            }
        }
        return shortcuts;
    }

  private:
    struct State {
        Label label;
        std::uint32_t reached = 0;  // == stamp_: label is this search's
        std::uint32_t target = 0;   // == stamp_: a vertex the search wants settled
    };
    struct Entry {
        Label label;
        Vertex vertex;
        // std::push_heap builds a max-heap: the smallest label must compare greatest.
        bool operator<(const Entry& other) const { return other.label < label; }
    };

    Label distance(Vertex v) const { return state_[v].reached == stamp_ ? state_[v].label : kUnreached; }

    // Dijkstra from `source` that never enters `avoided` nor a skipped vertex, stopping once every target
    // is settled, past `limit`, or after `settle_limit` settles.
    template <class Skipped>
    void search(const ShrinkingGraph& graph, Vertex source, Vertex avoided, Label limit, int settle_limit,
                int targets, const Skipped& skipped) {
        heap_.clear();
        state_[source].reached = stamp_;
        state_[source].label = Label{};
        heap_.push_back({Label{}, source});
        for (int settled = 0; !heap_.empty() && settled < settle_limit;) {
            std::pop_heap(heap_.begin(), heap_.end());
            const Entry top = heap_.back();
            heap_.pop_back();
            if (top.label != state_[top.vertex].label) continue;  // stale
            if (top.label > limit) return;
            ++settled;
            if (state_[top.vertex].target == stamp_ && --targets == 0) return;
            for (const Edge& e : graph.out[top.vertex]) {
                if (e.other == avoided || skipped(e.other)) continue;
                const Label candidate = top.label + e.weight;
                State& s = state_[e.other];
                if (s.reached == stamp_ && candidate >= s.label) continue;
                s.reached = stamp_;
                s.label = candidate;
                heap_.push_back({candidate, e.other});
                std::push_heap(heap_.begin(), heap_.end());
            }
        }
    }

    std::vector<State> state_;
    std::vector<Entry> heap_;
    std::uint32_t stamp_ = 0;
};

// A fixed scramble of vertex ids that breaks ties between equal priorities: on a regular grid the ids run
// row by row, and ties broken by id would contract whole rows first.
std::uint32_t scramble(Vertex v) {
    std::uint64_t x = v + 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<std::uint32_t>(x ^ (x >> 31));
}

}  // namespace

// The order (Geisberger et al. 2008): a vertex's priority is its edge difference (shortcuts its
// contraction would add minus the arcs it removes: keeps the graph sparse), plus how many neighbours are
// already contracted and its depth (one more than the deepest contracted neighbour): both spread the
// contraction evenly, which keeps searches in the hierarchy small. Each round contracts, in parallel, every
// vertex whose priority is below all its neighbours' (an independent set, after Vetter 2009); their
// witness searches avoid the whole set, so each one's shortcuts stand whatever the others do. Priorities are
// updated lazily: a contraction marks its neighbours stale, and a stale vertex is estimated again only when
// it is a candidate for a round (re-estimating every neighbour after every round cost twice as much in all,
// on the 200,000-junction grid of bench/results/2026-12-01-roads). Everything depends on the graph alone,
// never on the thread count, so the hierarchy is the same on any number of threads.
ContractionHierarchy::ContractionHierarchy(std::size_t n,
                                           std::span<const std::tuple<Vertex, Vertex, Label>> arcs) {
    ShrinkingGraph graph(n);
    for (const auto& [u, v, w] : arcs) graph.add_arc(u, v, w);

    tbb::enumerable_thread_specific<WitnessSearch> searches([n] { return WitnessSearch(n); });
    std::vector<int> contracted_neighbours(n, 0), depth(n, 0), priority(n, 0);
    std::vector<char> in_round(n, 0), stale(n, 0);
    const auto estimate = [&](Vertex v) {
        const auto none = [](Vertex) { return false; };
        const int added =
            static_cast<int>(searches.local().shortcuts_for(graph, v, kEstimateSettleLimit, none).size());
        const int removed = static_cast<int>(graph.in[v].size() + graph.out[v].size());
        priority[v] = 2 * (added - removed) + contracted_neighbours[v] + depth[v];
    };
    // (priority, scramble) compared: the strict order that decides between neighbours.
    const auto before = [&](Vertex a, Vertex b) {
        return priority[a] != priority[b] ? priority[a] < priority[b] : scramble(a) < scramble(b);
    };
    const auto first_among_neighbours = [&](Vertex v) {
        for (const auto* edges : {&graph.out[v], &graph.in[v]})
            for (const Edge& e : *edges)
                if (!before(v, e.other)) return false;
        return true;
    };

    std::vector<Vertex> remaining(n);
    for (Vertex v = 0; v < n; ++v) remaining[v] = v;
    tbb::parallel_for(std::size_t{0}, n, [&](std::size_t v) { estimate(static_cast<Vertex>(v)); });

    std::vector<std::vector<UpArc>> up_out(n), up_in(n);
    std::vector<Vertex> round, candidates;
    std::vector<std::vector<Shortcut>> shortcuts;
    while (!remaining.empty()) {
        // Lazy updates: a contraction only marks its neighbours stale. A vertex first among its neighbours
        // under the values known (the candidates, themselves independent) is estimated afresh, and stays
        // in the round if it is still first.
        candidates.clear();
        for (const Vertex v : remaining)
            if (first_among_neighbours(v)) candidates.push_back(v);
        tbb::parallel_for(std::size_t{0}, candidates.size(), [&](std::size_t k) {
            if (stale[candidates[k]]) estimate(candidates[k]);
        });
        round.clear();
        for (const Vertex v : candidates) {
            stale[v] = 0;
            if (first_among_neighbours(v)) round.push_back(v);
        }
        for (const Vertex v : round) in_round[v] = 1;
        shortcuts.assign(round.size(), {});
        const auto skipped = [&](Vertex u) { return in_round[u] != 0; };
        tbb::parallel_for(std::size_t{0}, round.size(), [&](std::size_t k) {
            shortcuts[k] = searches.local().shortcuts_for(graph, round[k], kContractSettleLimit, skipped);
        });
        // Applying the round is cheap next to its witness searches, and done in order: deterministic.
        for (std::size_t k = 0; k < round.size(); ++k) {
            const Vertex v = round[k];
            const auto keep = [&](const std::vector<Edge>& edges, std::vector<UpArc>& up) {
                for (const Edge& e : edges) {
                    up.push_back({e.other, e.weight});
                    ++contracted_neighbours[e.other];
                    depth[e.other] = std::max(depth[e.other], depth[v] + 1);
                    stale[e.other] = 1;
                }
            };
            keep(graph.out[v], up_out[v]);
            keep(graph.in[v], up_in[v]);
            graph.remove_vertex(v);
        }
        for (std::size_t k = 0; k < round.size(); ++k) {
            for (const auto& [a, b, w] : shortcuts[k]) graph.add_arc(a, b, w);
            shortcuts_ += shortcuts[k].size();
        }
        std::erase_if(remaining, [&](Vertex v) { return in_round[v] != 0; });
        for (const Vertex v : round) in_round[v] = 0;
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
