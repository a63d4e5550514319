#pragma once
// The road network a car drives, as a Boost.Graph compressed sparse row graph.
//
// Vertices are the places where a car can choose: junctions of drivable ways and the ends of ways. A
// street is the stretch of one way between two consecutive vertices, with its shape (the OSM nodes in
// between); each direction a car may drive it is one arc of the graph. Lengths are integer millimetres
// and travel times integer milliseconds, so that sums are exact and a shortest path is the same on every
// machine; the matrices round them to metres and seconds at the very end (docs/roads.md).
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "routekit/roads/car_profile.hpp"
#include "routekit/roads/lat_lon.hpp"

namespace routekit::roads {

/// One direction of one street.
struct Arc {
    std::int64_t duration_ms = 0;
    std::int64_t length_mm = 0;
    std::uint32_t street = 0;
    bool against_shape = false;  ///< drives the street from its last shape point to its first
};

using RoadCsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                                        boost::no_property, std::uint32_t, std::uint32_t>;
using Vertex = std::uint32_t;

/// The stretch of one OSM way between two consecutive vertices.
struct Street {
    Vertex from = 0;                ///< the vertex at shape point `first_point`
    Vertex to = 0;                  ///< the vertex at shape point `last_point`
    std::uint32_t first_point = 0;  ///< index into RoadGraph::shape_points()
    std::uint32_t last_point = 0;   ///< inclusive; last_point > first_point
    std::int64_t length_mm = 0;
    std::int64_t duration_ms = 0;  ///< either way
    bool forward = true;           ///< drivable from `from` to `to`
    bool backward = true;          ///< drivable from `to` to `from`
    std::int64_t way_id = 0;       ///< the OSM way it belongs to
};

/// A street as a car profile sees it, before the graph is built: its polyline and how it may be driven.
/// Ways that share an OSM node id meet there: that node becomes a vertex.
struct WayInput {
    std::int64_t way_id = 0;
    std::vector<std::int64_t> node_ids;  ///< OSM node ids along the way
    std::vector<LatLon> locations;       ///< one per node id
    WayTraversal traversal;
};

class RoadGraph {
  public:
    /// Builds the graph from drivable ways (what read_road_graph collects from a map file). Throws
    /// InputError naming `source` when no way is drivable.
    static RoadGraph from_ways(std::span<const WayInput> ways, const std::string& source);

    const RoadCsrGraph& graph() const { return graph_; }
    std::size_t num_vertices() const { return vertex_locations_.size(); }
    std::size_t num_arcs() const { return boost::num_edges(graph_); }
    LatLon vertex_location(Vertex v) const { return vertex_locations_[v]; }
    std::int64_t vertex_osm_id(Vertex v) const { return vertex_osm_ids_[v]; }
    const std::vector<Street>& streets() const { return streets_; }
    const std::vector<LatLon>& shape_points() const { return shape_points_; }
    /// Metres from a street's first shape point to each of its shape points (same indexing as
    /// shape_points()): where along the street a snapped point lies.
    const std::vector<double>& shape_offsets_m() const { return shape_offsets_m_; }
    /// The name of the map it was read from, for error messages.
    const std::string& source() const { return source_; }

  private:
    RoadCsrGraph graph_;
    std::vector<LatLon> vertex_locations_;
    std::vector<std::int64_t> vertex_osm_ids_;
    std::vector<Street> streets_;
    std::vector<LatLon> shape_points_;
    std::vector<double> shape_offsets_m_;
    std::string source_;
};

/// Reads an OpenStreetMap file (.osm.pbf, .osm, .osm.bz2: libosmium picks the format from the name) into
/// the graph of the roads `profile` lets a car drive. Throws InputError naming the file when it cannot be
/// read or holds no drivable road.
RoadGraph read_road_graph(const std::string& path, const CarProfile& profile = {});

}  // namespace routekit::roads

namespace routekit::roads {

/// The streets whose both ends lie in the largest strongly connected part of the graph: points on them
/// can all reach one another. Extracts cut roads at their border, leaving one-way dead ends; a program
/// that picks places at random (a benchmark, a test) picks them here.
std::vector<std::uint32_t> strongly_connected_streets(const RoadGraph& roads);

}  // namespace routekit::roads
