#include "routekit/model/arc_costs.hpp"

#include <algorithm>
#include <limits>

#include "model/euclidean.hpp"

namespace routekit {

namespace {

bool fits_int32(Cost value) {
    return value >= std::numeric_limits<std::int32_t>::min() &&
           value <= std::numeric_limits<std::int32_t>::max();
}

// The vertices of the convex hull of `points` (Andrew's monotone chain), in no particular order.
std::vector<Point> convex_hull(std::vector<Point> points) {
    std::sort(points.begin(), points.end(),
              [](const Point& a, const Point& b) { return a.x != b.x ? a.x < b.x : a.y < b.y; });
    if (points.size() < 3) return points;
    const auto turn = [](const Point& o, const Point& a, const Point& b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<Point> hull(2 * points.size());
    std::size_t k = 0;
    for (const Point& p : points) {  // lower chain
        while (k >= 2 && turn(hull[k - 2], hull[k - 1], p) <= 0) --k;
        hull[k++] = p;
    }
    const std::size_t lower = k + 1;
    for (std::size_t i = points.size() - 1; i-- > 0;) {  // upper chain
        while (k >= lower && turn(hull[k - 2], hull[k - 1], points[i]) <= 0) --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

}  // namespace

ArcCosts ArcCosts::from_matrix(std::vector<Cost> row_major, int n) {
    ArcCosts costs;
    costs.n_ = n;
    if (std::all_of(row_major.begin(), row_major.end(), fits_int32)) {
        auto compact = std::make_shared<std::vector<std::int32_t>>(row_major.begin(), row_major.end());
        costs.int32_ = compact->data();
        costs.storage_ = std::move(compact);
    } else {
        auto wide = std::make_shared<std::vector<Cost>>(std::move(row_major));
        costs.int64_ = wide->data();
        costs.storage_ = std::move(wide);
    }
    return costs;
}

ArcCosts ArcCosts::from_coordinates(DistanceFunction function, std::vector<Point> points, Rounding rounding,
                                    bool tabulate) {
    ArcCosts costs;
    costs.n_ = static_cast<int>(points.size());
    costs.function_ = function;
    costs.rounding_ = rounding;
    auto owned = std::make_shared<std::vector<Point>>(std::move(points));
    costs.points_ = owned->data();
    costs.storage_ = std::move(owned);
    if (!tabulate) return costs;

    const auto n = static_cast<std::size_t>(costs.n_);
    std::vector<Cost> matrix(n * n, 0);
    // Every coordinate function is symmetric: compute each pair once.
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            matrix[i * n + j] = matrix[j * n + i] = costs.computed(static_cast<int>(i), static_cast<int>(j));
    return from_matrix(std::move(matrix), costs.n_);
}

ArcCosts::Storage ArcCosts::storage() const {
    if (int32_) return Storage::int32_matrix;
    if (int64_) return Storage::int64_matrix;
    if (points_) return Storage::on_demand;
    return Storage::none;
}

std::size_t ArcCosts::bytes() const {
    const auto n = static_cast<std::size_t>(n_);
    switch (storage()) {
        case Storage::int32_matrix:
            return n * n * sizeof(std::int32_t);
        case Storage::int64_matrix:
            return n * n * sizeof(Cost);
        case Storage::on_demand:
            return n * sizeof(Point);
        case Storage::none:
            break;
    }
    return 0;
}

Cost ArcCosts::max_value() const {
    Cost longest = 0;
    if (storage() == Storage::on_demand && function_ != DistanceFunction::geo) {
        // Each function is a non-decreasing rounding of a norm of b - a, a convex function, so its maximum
        // over pairs is reached at two vertices of the convex hull.
        const std::vector<Point> hull = convex_hull(std::vector<Point>(points_, points_ + n_));
        for (const Point& a : hull)
            for (const Point& b : hull)
                longest = std::max(longest, coordinate_distance(function_, a, b, rounding_));
        return longest;
    }
    for (int i = 0; i < n_; ++i)
        for (int j = 0; j < n_; ++j) longest = std::max(longest, (*this)(i, j));
    return longest;
}

[[gnu::noinline]] Cost ArcCosts::other_storage(int from, int to) const {
    if (int64_) return int64_[static_cast<std::size_t>(from) * static_cast<std::size_t>(n_) + to];
    return computed(from, to);
}

Cost ArcCosts::computed(int from, int to) const {
    if (from == to) return 0;
    if (function_ == DistanceFunction::euc_2d && rounding_ == Rounding::tsplib)
        return euclidean_tsplib(points_[from], points_[to]);
    return coordinate_distance(function_, points_[from], points_[to], rounding_);
}

}  // namespace routekit
