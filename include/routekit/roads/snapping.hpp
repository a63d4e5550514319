#pragma once
// Snapping points to the nearest drivable street, through a uniform grid over the streets' segments.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "routekit/roads/lat_lon.hpp"
#include "routekit/roads/road_graph.hpp"

namespace routekit::roads {

/// Where a point lands on the road network: on a street, at some distance from its first shape point.
struct SnappedPoint {
    std::uint32_t street = 0;
    std::int64_t offset_mm = 0;  ///< along the street from `from`, 0..length_mm
    std::int64_t offset_ms = 0;  ///< the time to drive that far, 0..duration_ms (proportional)
    LatLon location;             ///< the point on the street
    double snap_distance_m = 0;  ///< from the given point to `location`
};

/// A grid of cells about `cell_size_m` wide, each listing the street segments that cross it.
class SegmentGrid {
  public:
    explicit SegmentGrid(const RoadGraph& roads, double cell_size_m = 100);
    ~SegmentGrid();
    SegmentGrid(SegmentGrid&&) noexcept;
    SegmentGrid& operator=(SegmentGrid&&) noexcept;

    /// The nearest point of any street to `point`, or nullopt when none is within `max_distance_m`.
    /// Ties go to the lower street and segment index, so the answer does not depend on the grid.
    std::optional<SnappedPoint> nearest(LatLon point, double max_distance_m) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// A point to snap, named by the id the user gave it.
struct NamedPoint {
    std::string id;
    LatLon location;
};

/// Snaps every point; throws InputError naming `roads.source()` and the point's id when a point lies
/// outside the map's bounds or farther than `max_distance_m` from every drivable street.
std::vector<SnappedPoint> snap_points(const RoadGraph& roads, const SegmentGrid& grid,
                                      std::span<const NamedPoint> points, double max_distance_m);

}  // namespace routekit::roads
