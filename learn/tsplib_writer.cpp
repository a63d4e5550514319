#include "routekit/learn/tsplib_writer.hpp"

#include <cmath>

namespace routekit {

namespace {

// True when a reader computing TSPLIB EUC_2D distances from the coordinates gets the stored matrix back.
bool euclidean_2d(const Instance& instance) {
    if (!instance.has_coordinates() || instance.rounding() != Rounding::tsplib) return false;
    const auto& points = instance.coordinates();
    for (const Point& p : points)
        if (p.x != std::round(p.x) || p.y != std::round(p.y)) return false;
    const int n = instance.num_nodes();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double d = std::hypot(points[i].x - points[j].x, points[i].y - points[j].y);
            if (instance.distance(i, j) != to_fixed(d, Rounding::tsplib) ||
                instance.duration(i, j) != instance.distance(i, j))
                return false;
        }
    return true;
}

}  // namespace

void write_tsplib(std::ostream& out, const Instance& instance) {
    const int n = instance.num_nodes();
    const Rounding rounding = instance.rounding();
    const bool euclidean = euclidean_2d(instance);
    out << "NAME : " << instance.name() << "\n"
        << "COMMENT : written by routekit\n"
        << "TYPE : " << to_string(instance.kind()) << "\n"
        << "DIMENSION : " << n << "\n";
    if (instance.fleet_limited()) out << "VEHICLES : " << instance.fleet() << "\n";
    if (euclidean) {
        out << "EDGE_WEIGHT_TYPE : EUC_2D\n";
    } else {
        out << "EDGE_WEIGHT_TYPE : EXPLICIT\n"
            << "EDGE_WEIGHT_FORMAT : FULL_MATRIX\n";
    }
    if (instance.has_capacity()) out << "CAPACITY : " << instance.capacity() << "\n";
    if (!euclidean) {
        out << "EDGE_WEIGHT_SECTION\n";
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j)
                out << (j ? " " : "") << format_cost(instance.distance(i, j), rounding);
            out << "\n";
        }
    }
    if (instance.has_coordinates()) {
        out << "NODE_COORD_SECTION\n";
        for (int i = 0; i < n; ++i)
            out << i + 1 << " " << instance.coordinates()[i].x << " " << instance.coordinates()[i].y << "\n";
    }
    if (!instance.single_vehicle()) {
        out << "DEMAND_SECTION\n";
        for (int i = 0; i < n; ++i) out << i + 1 << " " << instance.demand(i) << "\n";
        out << "DEPOT_SECTION\n1\n-1\n";
    }
    if (instance.has_time_windows()) {
        out << "SERVICE_TIME_SECTION\n";
        for (int i = 0; i < n; ++i) out << i + 1 << " " << format_cost(instance.service(i), rounding) << "\n";
        out << "TIME_WINDOW_SECTION\n";
        for (int i = 0; i < n; ++i)
            out << i + 1 << " " << format_cost(instance.window(i).earliest, rounding) << " "
                << format_cost(instance.window(i).latest, rounding) << "\n";
    }
    out << "EOF\n";
}

}  // namespace routekit
