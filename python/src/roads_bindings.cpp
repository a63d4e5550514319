// routekit.road_matrices: distance and duration matrices between places on an OpenStreetMap map.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "python/src/bindings.hpp"
#include "routekit/model/error.hpp"
#include "routekit/roads/road_matrices.hpp"

namespace routekit::python {

namespace {

py::array_t<std::int64_t> square(const std::vector<std::int64_t>& values, int n) {
    py::array_t<std::int64_t> out({n, n});
    std::copy(values.begin(), values.end(), out.mutable_data());
    return out;
}

py::dict road_matrices(const std::string& map,
                       const std::vector<std::tuple<std::string, double, double>>& points,
                       const std::string& optimise, const std::string& search, int threads, double max_snap,
                       const std::map<std::string, double>& speeds) {
    if (optimise != "time" && optimise != "distance")
        throw ParameterError("optimise: expected \"time\" or \"distance\", found " + optimise);
    if (search != "automatic" && search != "dijkstra" && search != "hierarchy")
        throw ParameterError("search: expected \"automatic\", \"dijkstra\" or \"hierarchy\", found " +
                             search);
    roads::CarProfile profile;
    for (const auto& [highway, kmh] : speeds) {
        if (!(kmh >= 0)) throw ParameterError("speeds[" + highway + "]: expected km/h >= 0");
        if (kmh == 0)
            profile.highway_speed_kmh.erase(highway);
        else
            profile.highway_speed_kmh[highway] = kmh;
    }
    roads::MatrixOptions options;
    options.optimise = optimise == "time" ? roads::Optimise::time : roads::Optimise::distance;
    options.method = search == "hierarchy"  ? roads::SearchMethod::hierarchy
                     : search == "dijkstra" ? roads::SearchMethod::dijkstra
                                            : roads::SearchMethod::automatic;
    options.threads = threads;
    options.max_snap_distance_m = max_snap;
    std::vector<roads::NamedPoint> named;
    for (const auto& [id, lat, lon] : points) named.push_back({id, {lat, lon}});
    roads::RoadMatrices m;
    {
        py::gil_scoped_release release;  // reading the map and the searches take long; other threads may run
        m = roads::road_matrices(map, named, profile, options);
    }
    std::vector<double> snap;
    for (const roads::SnappedPoint& s : m.snapped) snap.push_back(s.snap_distance_m);
    py::dict result;
    result["distance"] = square(m.distance_m, m.size);
    result["duration"] = square(m.duration_s, m.size);
    result["snap_distance"] = snap;
    return result;
}

}  // namespace

void bind_roads(py::module_& m) {
    m.def("road_matrices", &road_matrices, py::arg("map"), py::arg("points"), py::kw_only(),
          py::arg("optimise") = "time", py::arg("search") = "automatic", py::arg("threads") = 0,
          py::arg("max_snap") = 1000.0, py::arg("speeds") = std::map<std::string, double>{},
          "Road distances (metres) and durations (seconds) between points [(id, lat, lon), ...] on an "
          "OpenStreetMap extract (.osm.pbf, .osm), by the car profile (speeds: {highway: km/h}, 0 forbids); "
          "returns {'distance': n x n int64, 'duration': n x n int64, 'snap_distance': [metres]}. Raises "
          "InputError for a point off the map and Error naming the pairs without a route. docs/roads.md. "
          "Map data (c) OpenStreetMap contributors.");
}

}  // namespace routekit::python
