#pragma once
// Many-to-many travel distances and times between points on a road network: the matrices a routing
// instance needs, built the way OSRM's `table` service builds them (see docs/roads.md).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "routekit/model/error.hpp"
#include "routekit/roads/road_graph.hpp"
#include "routekit/roads/snapping.hpp"

namespace routekit::roads {

/// What the searches minimise; the other quantity is measured along the route found (ties in the first
/// are broken by the second).
enum class Optimise { time, distance };

/// How the many-to-many searches run; all give the same matrices (docs/roads.md has the measurements).
enum class SearchMethod {
    automatic,  ///< hierarchy from kHierarchyFromPoints points on, else dijkstra
    dijkstra,   ///< one Dijkstra per point over the whole graph: no preprocessing, time grows as points x
                ///< graph
    hierarchy,  ///< a contraction hierarchy first (sequential), then one small upward search per point
};

/// Contracting a graph costs about as much as 250 Dijkstra searches over it, both in Monaco and on a
/// 200,000-junction grid (bench/results/2026-12-01-roads); from this many points on, the hierarchy pays.
inline constexpr std::size_t kHierarchyFromPoints = 256;

struct MatrixOptions {
    Optimise optimise = Optimise::time;
    SearchMethod method = SearchMethod::automatic;
    /// Worker threads for the searches (one search per point, in parallel); 0: all cores.
    int threads = 0;
    /// A point farther than this from every drivable street is an error (metres).
    double max_snap_distance_m = 1000;
};

/// n x n, row-major (entry i*n+j from point i to point j), asymmetric. Metres and seconds, rounded up from
/// the searches' millimetres and milliseconds: rounding up keeps the triangle inequality of the exact
/// values (ceil(a+b) <= ceil(a)+ceil(b)) and never makes a trip free.
struct RoadMatrices {
    int size = 0;
    std::vector<std::int64_t> distance_m;
    std::vector<std::int64_t> duration_s;
    std::vector<SnappedPoint> snapped;  ///< where each point landed
};

/// Some points cannot reach others (a one-way dead end, an island, a road cut at the map's edge).
class UnreachableError : public Error {
  public:
    struct Pair {
        std::string from;
        std::string to;
    };
    UnreachableError(std::string map, std::vector<Pair> pairs);
    const std::vector<Pair>& pairs() const { return pairs_; }

  private:
    std::vector<Pair> pairs_;
};

/// Travel from each snapped point to every other; exact millimetres and milliseconds, row-major. Throws
/// UnreachableError naming the pairs without a route.
struct ExactMatrices {
    int size = 0;
    std::vector<std::int64_t> length_mm;
    std::vector<std::int64_t> duration_ms;
    double hierarchy_seconds = 0;  ///< spent contracting the graph (0 without a hierarchy)
};
ExactMatrices travel_between(const RoadGraph& roads, std::span<const SnappedPoint> snapped,
                             std::span<const NamedPoint> points, const MatrixOptions& options = {});

/// The whole pipeline on a graph already read: snap the points, search, round to metres and seconds.
RoadMatrices road_matrices(const RoadGraph& roads, std::span<const NamedPoint> points,
                           const MatrixOptions& options = {});
/// The same from a map file read with `profile`.
RoadMatrices road_matrices(const std::string& map_path, std::span<const NamedPoint> points,
                           const CarProfile& profile = {}, const MatrixOptions& options = {});

}  // namespace routekit::roads
