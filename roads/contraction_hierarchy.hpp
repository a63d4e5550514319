#pragma once
// Contraction hierarchies (Geisberger et al. 2008): vertices are contracted one by one, least important
// first, adding a shortcut u->w for u->v->w whenever a small local search finds no path as good without v.
// Every shortest path then climbs to its most important vertex and descends, so a search need only follow
// arcs upwards: from a source forwards, from a target backwards. A many-to-many matrix (Knopp et al. 2007)
// runs one small backward search per target, leaving its labels in buckets at the vertices it settles,
// then one small forward search per source that reads the buckets.
#include <span>
#include <tuple>
#include <vector>

#include "roads/search_label.hpp"

namespace routekit::roads {

class ContractionHierarchy {
  public:
    struct UpArc {
        Vertex other;
        Label weight;
    };
    /// Contracts the graph of `arcs` (tail, head, weight) over vertices 0..num_vertices-1.
    ContractionHierarchy(std::size_t num_vertices, std::span<const std::tuple<Vertex, Vertex, Label>> arcs);

    /// Arcs v -> other towards more important vertices (the forward search's).
    std::span<const UpArc> upward_out(Vertex v) const {
        return {out_.data() + out_start_[v], out_.data() + out_start_[v + 1]};
    }
    /// Arcs other -> v from more important vertices (the backward search's).
    std::span<const UpArc> upward_in(Vertex v) const {
        return {in_.data() + in_start_[v], in_.data() + in_start_[v + 1]};
    }
    std::size_t num_vertices() const { return out_start_.size() - 1; }
    std::size_t num_shortcuts() const { return shortcuts_; }

  private:
    std::vector<std::uint32_t> out_start_, in_start_;
    std::vector<UpArc> out_, in_;
    std::size_t shortcuts_ = 0;
};

}  // namespace routekit::roads
