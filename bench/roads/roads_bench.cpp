// Where the time of a road matrix goes: reading the map into the graph, snapping, searching; and the
// process's peak memory. One run per process, so that the peak is this run's own.
//
//   routekit_roads_bench grid OUT.osm.pbf SIDE [SPACING_M]   writes a SIDE x SIDE road grid
//   routekit_roads_bench matrix MAP POINTS THREADS [SEED [METHOD]]  times a POINTS x POINTS matrix on MAP
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "bench/roads/road_grid_writer.hpp"
#include "routekit/roads/random_places.hpp"
#include "routekit/roads/road_matrices.hpp"

namespace {

using namespace routekit::roads;

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int run_matrix(const std::string& map, int count, int threads, std::uint64_t seed, SearchMethod method) {
    const auto start = std::chrono::steady_clock::now();
    const RoadGraph roads = read_road_graph(map);
    const double graph_s = seconds_since(start);
    const std::vector<NamedPoint> points = random_places(roads, count, seed);  // not timed: the input
    auto phase = std::chrono::steady_clock::now();
    const SegmentGrid grid(roads);
    const std::vector<SnappedPoint> snapped = snap_points(roads, grid, points, 1000);
    const double snap_s = seconds_since(phase);
    phase = std::chrono::steady_clock::now();
    MatrixOptions options;
    options.threads = threads;
    options.method = method;
    const ExactMatrices exact = travel_between(roads, snapped, points, options);
    const double search_s = seconds_since(phase);
    const double total_s = graph_s + snap_s + search_s;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::int64_t checksum = 0;  // keeps the work observable
    for (const std::int64_t ms : exact.duration_ms) checksum += ms;
    std::printf(
        "map %s\njunctions %zu\narcs %zu\npoints %d\nthreads %d\ngraph_s %.3f (%.0f%%)\nsnap_s %.3f "
        "(%.0f%%)\n"
        "search_s %.3f (%.0f%%, of which contracting the hierarchy %.3f)\ntotal_s %.3f\nper_search_ms "
        "%.2f\npeak_rss_mib %.0f\nduration_sum_ms %lld\n",
        map.c_str(), roads.num_vertices(), roads.num_arcs(), count, threads, graph_s, 100 * graph_s / total_s,
        snap_s, 100 * snap_s / total_s, search_s, 100 * search_s / total_s, exact.hierarchy_seconds, total_s,
        1000 * (search_s - exact.hierarchy_seconds) * threads / count, usage.ru_maxrss / 1024.0,
        static_cast<long long>(checksum));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    try {
        if (mode == "grid" && (argc == 4 || argc == 5)) {
            routekit::bench::write_road_grid(argv[2], std::stoi(argv[3]),
                                             argc == 5 ? std::stod(argv[4]) : 100);
            return 0;
        }
        if (mode == "matrix" && argc >= 5 && argc <= 7) {
            const std::string method = argc == 7 ? argv[6] : "automatic";
            return run_matrix(argv[2], std::stoi(argv[3]), std::stoi(argv[4]),
                              argc >= 6 ? std::stoull(argv[5]) : 1,
                              method == "hierarchy"  ? SearchMethod::hierarchy
                              : method == "dijkstra" ? SearchMethod::dijkstra
                                                     : SearchMethod::automatic);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "routekit_roads_bench: error: %s\n", e.what());
        return 2;
    }
    std::fprintf(
        stderr,
        "usage: routekit_roads_bench grid OUT.osm.pbf SIDE [SPACING_M]\n"
        "       routekit_roads_bench matrix MAP POINTS THREADS [SEED [automatic|dijkstra|hierarchy]]\n");
    return 2;
}
