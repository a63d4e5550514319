// Snapping through a uniform grid. Streets' segments are projected onto a local plane (equirectangular
// about the map's middle latitude: within a city-sized map its distortion is far below GPS noise), each
// listed in every cell its bounding box touches; a query scans rings of cells outward from its own until
// no farther ring can hold anything nearer than the best segment found.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "routekit/model/error.hpp"
#include "routekit/roads/snapping.hpp"

namespace routekit::roads {

namespace {

constexpr double kRadians = std::numbers::pi / 180;

struct PlanePoint {
    double x = 0;
    double y = 0;
};

// Cells per segment at most, on average: a map of few long segments gets coarser cells, not millions of
// empty ones.
constexpr double kMaxCellsPerSegment = 4;

}  // namespace

struct SegmentGrid::Impl {
    const RoadGraph* roads = nullptr;
    double metres_per_degree_lon = 0;
    double metres_per_degree_lat = kEarthRadiusMetres * kRadians;
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    double cell = 0;
    long columns = 0, rows = 0;
    std::vector<std::uint32_t> cell_start;  // per cell, into segments; columns*rows+1 entries
    std::vector<std::uint32_t> segments;    // a segment is named by its first shape point
    std::vector<std::uint32_t> street_of_point;

    PlanePoint project(LatLon p) const {
        return {p.lon * metres_per_degree_lon, p.lat * metres_per_degree_lat};
    }
    LatLon unproject(PlanePoint p) const {
        return {p.y / metres_per_degree_lat, p.x / metres_per_degree_lon};
    }
    long column_of(double x) const { return static_cast<long>(std::floor((x - min_x) / cell)); }
    long row_of(double y) const { return static_cast<long>(std::floor((y - min_y) / cell)); }

    template <class Visit>
    void for_each_cell_of_segment(std::uint32_t k, Visit visit) const {
        const PlanePoint a = project(roads->shape_points()[k]);
        const PlanePoint b = project(roads->shape_points()[k + 1]);
        for (long r = row_of(std::min(a.y, b.y)); r <= row_of(std::max(a.y, b.y)); ++r)
            for (long c = column_of(std::min(a.x, b.x)); c <= column_of(std::max(a.x, b.x)); ++c)
                visit(r * columns + c);
    }
};

SegmentGrid::SegmentGrid(const RoadGraph& roads, double cell_size_m) : impl_(std::make_unique<Impl>()) {
    Impl& g = *impl_;
    g.roads = &roads;
    const std::vector<LatLon>& shape = roads.shape_points();
    double min_lat = shape.front().lat, max_lat = min_lat;
    for (const LatLon& p : shape) min_lat = std::min(min_lat, p.lat), max_lat = std::max(max_lat, p.lat);
    g.metres_per_degree_lon = g.metres_per_degree_lat * std::cos((min_lat + max_lat) / 2 * kRadians);
    g.street_of_point.assign(shape.size(), 0);
    std::size_t num_segments = 0;
    for (std::uint32_t s = 0; s < roads.streets().size(); ++s) {
        const Street& street = roads.streets()[s];
        std::fill(g.street_of_point.begin() + street.first_point,
                  g.street_of_point.begin() + street.last_point, s);
        num_segments += street.last_point - street.first_point;
    }
    PlanePoint first = g.project(shape.front());
    g.min_x = g.max_x = first.x;
    g.min_y = g.max_y = first.y;
    for (const LatLon& p : shape) {
        const PlanePoint q = g.project(p);
        g.min_x = std::min(g.min_x, q.x), g.max_x = std::max(g.max_x, q.x);
        g.min_y = std::min(g.min_y, q.y), g.max_y = std::max(g.max_y, q.y);
    }
    const double area = std::max(1.0, (g.max_x - g.min_x) * (g.max_y - g.min_y));
    g.cell =
        std::max(cell_size_m, std::sqrt(area / (kMaxCellsPerSegment * static_cast<double>(num_segments))));
    g.columns = g.column_of(g.max_x) + 1;
    g.rows = g.row_of(g.max_y) + 1;

    // Two passes (count, then fill) lay the cells out as one compressed array.
    const auto for_each_segment = [&](auto visit) {
        for (const Street& street : roads.streets())
            for (std::uint32_t k = street.first_point; k < street.last_point; ++k) visit(k);
    };
    std::vector<std::uint32_t> count(static_cast<std::size_t>(g.columns * g.rows) + 1, 0);
    for_each_segment(
        [&](std::uint32_t k) { g.for_each_cell_of_segment(k, [&](long cell) { ++count[cell + 1]; }); });
    for (std::size_t c = 1; c < count.size(); ++c) count[c] += count[c - 1];
    g.cell_start = count;
    g.segments.resize(count.back());
    for_each_segment([&](std::uint32_t k) {
        g.for_each_cell_of_segment(k, [&](long cell) { g.segments[count[cell]++] = k; });
    });
}

SegmentGrid::~SegmentGrid() = default;
SegmentGrid::SegmentGrid(SegmentGrid&&) noexcept = default;
SegmentGrid& SegmentGrid::operator=(SegmentGrid&&) noexcept = default;

std::optional<SnappedPoint> SegmentGrid::nearest(LatLon point, double max_distance_m) const {
    const Impl& g = *impl_;
    const PlanePoint p = g.project(point);
    const long column = g.column_of(p.x);
    const long row = g.row_of(p.y);
    double best_squared = max_distance_m * max_distance_m;
    std::optional<std::uint32_t> best_segment;
    double best_t = 0;
    const auto try_cell = [&](long c, long r) {
        if (c < 0 || r < 0 || c >= g.columns || r >= g.rows) return;
        const long cell = r * g.columns + c;
        for (std::uint32_t e = g.cell_start[cell]; e < g.cell_start[cell + 1]; ++e) {
            const std::uint32_t k = g.segments[e];
            const PlanePoint a = g.project(g.roads->shape_points()[k]);
            const PlanePoint b = g.project(g.roads->shape_points()[k + 1]);
            const double dx = b.x - a.x, dy = b.y - a.y;
            const double length_squared = dx * dx + dy * dy;
            const double t =
                length_squared > 0
                    ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length_squared, 0.0, 1.0)
                    : 0.0;
            const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
            const double squared = ex * ex + ey * ey;
            if (squared < best_squared || (squared == best_squared && best_segment && k < *best_segment)) {
                best_squared = squared;
                best_segment = k;
                best_t = t;
            }
        }
    };
    const long max_ring = static_cast<long>(std::ceil(max_distance_m / g.cell)) + 1;
    for (long ring = 0; ring <= max_ring; ++ring) {
        // A cell `ring` steps away is at least (ring - 1) cells from the point.
        if (best_segment && std::sqrt(best_squared) <= static_cast<double>(ring - 1) * g.cell) break;
        if (ring == 0) {
            try_cell(column, row);
            continue;
        }
        for (long c = column - ring; c <= column + ring; ++c)
            try_cell(c, row - ring), try_cell(c, row + ring);
        for (long r = row - ring + 1; r <= row + ring - 1; ++r)
            try_cell(column - ring, r), try_cell(column + ring, r);
    }
    if (!best_segment) return std::nullopt;

    const std::uint32_t k = *best_segment;
    const Street& street = g.roads->streets()[g.street_of_point[k]];
    const std::vector<double>& offsets = g.roads->shape_offsets_m();
    SnappedPoint snapped;
    snapped.street = g.street_of_point[k];
    const double offset_m = offsets[k] + best_t * (offsets[k + 1] - offsets[k]);
    snapped.offset_mm = std::clamp<std::int64_t>(std::llround(offset_m * 1000), 0, street.length_mm);
    snapped.offset_ms = street.length_mm > 0
                            ? std::clamp<std::int64_t>(std::llround(static_cast<double>(street.duration_ms) *
                                                                    static_cast<double>(snapped.offset_mm) /
                                                                    static_cast<double>(street.length_mm)),
                                                       0, street.duration_ms)
                            : 0;
    const PlanePoint a = g.project(g.roads->shape_points()[k]);
    const PlanePoint b = g.project(g.roads->shape_points()[k + 1]);
    snapped.location = g.unproject({a.x + best_t * (b.x - a.x), a.y + best_t * (b.y - a.y)});
    snapped.snap_distance_m = haversine_metres(point, snapped.location);
    return snapped;
}

std::vector<SnappedPoint> snap_points(const RoadGraph& roads, const SegmentGrid& grid,
                                      std::span<const NamedPoint> points, double max_distance_m) {
    double min_lat = roads.shape_points().front().lat, max_lat = min_lat;
    double min_lon = roads.shape_points().front().lon, max_lon = min_lon;
    for (const LatLon& p : roads.shape_points()) {
        min_lat = std::min(min_lat, p.lat), max_lat = std::max(max_lat, p.lat);
        min_lon = std::min(min_lon, p.lon), max_lon = std::max(max_lon, p.lon);
    }
    std::vector<SnappedPoint> snapped;
    snapped.reserve(points.size());
    for (const NamedPoint& point : points) {
        const LatLon at = point.location;
        const auto where =
            "point " + point.id + " (lat " + std::to_string(at.lat) + ", lon " + std::to_string(at.lon) + ")";
        if (!(std::isfinite(at.lat) && std::isfinite(at.lon) && std::abs(at.lat) <= 90 &&
              std::abs(at.lon) <= 180))
            throw InputError(roads.source(), 0,
                             "expected latitude in [-90, 90] and longitude in [-180, 180], found " + where);
        const std::optional<SnappedPoint> found = grid.nearest(at, max_distance_m);
        if (found) {
            snapped.push_back(*found);
            continue;
        }
        const bool inside = at.lat >= min_lat && at.lat <= max_lat && at.lon >= min_lon && at.lon <= max_lon;
        if (!inside)
            throw InputError(roads.source(), 0,
                             "expected every point inside the map (roads span lat " +
                                 std::to_string(min_lat) + " to " + std::to_string(max_lat) + ", lon " +
                                 std::to_string(min_lon) + " to " + std::to_string(max_lon) + "), found " +
                                 where + " outside it");
        throw InputError(roads.source(), 0,
                         "expected every point within " + std::to_string(static_cast<long>(max_distance_m)) +
                             " m of a road a car may drive, found " + where + " farther");
    }
    return snapped;
}

}  // namespace routekit::roads
