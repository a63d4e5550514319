#include "routekit/roads/road_graph.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "routekit/model/error.hpp"

namespace routekit::roads {

namespace {

// The OSM nodes where a car can choose: those used more than once (by two ways, or twice by one) and the
// ends of every way. Sorted, so that a vertex's index is its rank.
std::vector<std::int64_t> junction_node_ids(std::span<const WayInput> ways) {
    std::vector<std::int64_t> uses;
    std::vector<std::int64_t> ends;
    for (const WayInput& way : ways) {
        uses.insert(uses.end(), way.node_ids.begin(), way.node_ids.end());
        ends.push_back(way.node_ids.front());
        ends.push_back(way.node_ids.back());
    }
    std::sort(uses.begin(), uses.end());
    std::vector<std::int64_t> junctions = std::move(ends);
    for (std::size_t i = 1; i < uses.size(); ++i)
        if (uses[i] == uses[i - 1]) junctions.push_back(uses[i]);
    std::sort(junctions.begin(), junctions.end());
    junctions.erase(std::unique(junctions.begin(), junctions.end()), junctions.end());
    return junctions;
}

// Travel time at `speed_kmh`: t[ms] = 3.6 * length[mm] / speed[km/h], to the nearest millisecond.
std::int64_t duration_ms(std::int64_t length_mm, double speed_kmh) {
    return std::llround(3.6 * static_cast<double>(length_mm) / speed_kmh);
}

}  // namespace

RoadGraph RoadGraph::from_ways(std::span<const WayInput> all_ways, const std::string& source) {
    std::vector<WayInput> ways;  // each without repeated consecutive nodes, and at least one segment long
    for (const WayInput& way : all_ways) {
        WayInput clean{way.way_id, {}, {}, way.traversal};
        for (std::size_t k = 0; k < way.node_ids.size(); ++k) {
            if (!clean.node_ids.empty() && clean.node_ids.back() == way.node_ids[k]) continue;
            clean.node_ids.push_back(way.node_ids[k]);
            clean.locations.push_back(way.locations[k]);
        }
        if (clean.node_ids.size() >= 2 && (clean.traversal.forward || clean.traversal.backward))
            ways.push_back(std::move(clean));
    }
    if (ways.empty())
        throw InputError(source, 0, "expected at least one road a car may drive (car profile), found none");

    RoadGraph roads;
    roads.source_ = source;
    roads.vertex_osm_ids_ = junction_node_ids(ways);
    roads.vertex_locations_.resize(roads.vertex_osm_ids_.size());
    const auto vertex_of = [&](std::int64_t node_id) -> std::optional<Vertex> {
        const auto at = std::lower_bound(roads.vertex_osm_ids_.begin(), roads.vertex_osm_ids_.end(), node_id);
        if (at == roads.vertex_osm_ids_.end() || *at != node_id) return std::nullopt;
        return static_cast<Vertex>(at - roads.vertex_osm_ids_.begin());
    };

    std::vector<std::pair<Vertex, Vertex>> arc_ends;
    std::vector<Arc> arcs;
    for (const WayInput& way : ways) {
        Street street;
        street.way_id = way.way_id;
        street.forward = way.traversal.forward;
        street.backward = way.traversal.backward;
        street.from = *vertex_of(way.node_ids.front());
        street.first_point = static_cast<std::uint32_t>(roads.shape_points_.size());
        roads.vertex_locations_[street.from] = way.locations.front();
        double metres = 0;
        roads.shape_points_.push_back(way.locations.front());
        roads.shape_offsets_m_.push_back(0);
        for (std::size_t k = 1; k < way.node_ids.size(); ++k) {
            metres += haversine_metres(way.locations[k - 1], way.locations[k]);
            roads.shape_points_.push_back(way.locations[k]);
            roads.shape_offsets_m_.push_back(metres);
            const std::optional<Vertex> vertex = vertex_of(way.node_ids[k]);
            if (!vertex) continue;
            roads.vertex_locations_[*vertex] = way.locations[k];
            street.to = *vertex;
            street.last_point = static_cast<std::uint32_t>(roads.shape_points_.size() - 1);
            street.length_mm = std::llround(metres * 1000);
            street.duration_ms = duration_ms(street.length_mm, way.traversal.speed_kmh);
            const auto index = static_cast<std::uint32_t>(roads.streets_.size());
            if (street.forward) {
                arc_ends.emplace_back(street.from, street.to);
                arcs.push_back(Arc{street.duration_ms, street.length_mm, index, false});
            }
            if (street.backward) {
                arc_ends.emplace_back(street.to, street.from);
                arcs.push_back(Arc{street.duration_ms, street.length_mm, index, true});
            }
            roads.streets_.push_back(street);
            // The next street starts where this one ends, with its shape point repeated so that each
            // street's shape is a contiguous range of its own.
            if (k + 1 < way.node_ids.size()) {
                street.from = *vertex;
                street.first_point = static_cast<std::uint32_t>(roads.shape_points_.size());
                metres = 0;
                roads.shape_points_.push_back(way.locations[k]);
                roads.shape_offsets_m_.push_back(0);
            }
        }
    }
    roads.graph_ = RoadCsrGraph(boost::edges_are_unsorted_multi_pass, arc_ends.begin(), arc_ends.end(),
                                arcs.begin(), roads.vertex_osm_ids_.size());
    return roads;
}

}  // namespace routekit::roads
