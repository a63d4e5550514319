// Checking, scheduling, reading and writing solutions. A solution is a list of routes, each a list of client
// indices 1..n-1 (the depot, 0, is implicit at both ends).
#include <pybind11/stl.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "python/src/bindings.hpp"
#include "python/src/schedule.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"

namespace routekit::python {

namespace {

std::string violation_kind(ViolationKind kind) {
    switch (kind) {
        case ViolationKind::missing_client:
            return "missing_client";
        case ViolationKind::repeated_client:
            return "repeated_client";
        case ViolationKind::unknown_client:
            return "unknown_client";
        case ViolationKind::overload:
            return "overload";
        case ViolationKind::time_window:
            return "time_window";
        case ViolationKind::duration:
            return "duration";
        case ViolationKind::distance:
            return "distance";
        case ViolationKind::forbidden_client:
            return "forbidden_client";
        case ViolationKind::backhaul_order:
            return "backhaul_order";
        case ViolationKind::reload:
            return "reload";
        case ViolationKind::group:
            return "group";
        case ViolationKind::fleet:
            return "fleet";
        case ViolationKind::fixed_edge:
            return "fixed_edge";
    }
    return "unknown";
}

SolutionFormat format_from(const std::string& text) {
    const auto format = parse_solution_format(text);
    if (!format) throw ParameterError("format: expected sol, tour or json, found " + text);
    return *format;
}

// The format named by the path's extension (.sol, .tour, .json); .sol for anything else.
SolutionFormat format_of_path(const std::string& path) {
    const auto dot = path.rfind('.');
    if (dot != std::string::npos && path.find('/', dot) == std::string::npos) {
        if (const auto format = parse_solution_format(path.substr(dot + 1))) return *format;
    }
    return SolutionFormat::sol;
}

std::string format_solution(const Instance& instance, const Solution& solution, SolutionFormat format) {
    std::ostringstream out;
    write_solution(out, instance, solution, format);
    return out.str();
}

}  // namespace

void bind_solution(py::module_& m) {
    py::class_<Violation>(m, "Violation")
        .def_property_readonly("kind", [](const Violation& v) { return violation_kind(v.kind); })
        .def_readonly("route", &Violation::route, "0-based route index; -1 when about the whole solution")
        .def_readonly("message", &Violation::message)
        .def("__repr__", [](const Violation& v) { return "<routekit.Violation " + v.message + ">"; });

    py::class_<Objective>(m, "Objective", "what the objective is made of, in the instance's units")
        .def_readonly("distance", &Objective::distance, "total distance, not weighted")
        .def_readonly("fixed_costs", &Objective::fixed_costs, "the used vehicles' fixed costs")
        .def_readonly("distance_costs", &Objective::distance_costs,
                      "unit distance cost x distance, per route")
        .def_readonly("duration_costs", &Objective::duration_costs,
                      "unit duration cost x duration, per route")
        .def_readonly("uncollected_prizes", &Objective::uncollected_prizes,
                      "the prizes of the optional clients left out")
        .def("__repr__", [](const Objective& o) {
            return "<routekit.Objective distance " + std::to_string(o.distance) + ", fixed " +
                   std::to_string(o.fixed_costs) + ", prizes lost " + std::to_string(o.uncollected_prizes) +
                   ">";
        });

    py::class_<CheckResult>(m, "CheckReport")
        .def_readonly("feasible", &CheckResult::feasible)
        .def_readonly("cost", &CheckResult::cost,
                      "the objective in the file's units: the total distance, plus vehicle costs and the "
                      "prizes left uncollected where the instance has them")
        .def_readonly("objective", &CheckResult::objective, "the cost's parts")
        .def_readonly("unvisited", &CheckResult::unvisited, "the optional clients left out")
        .def_readonly("routes_used", &CheckResult::routes_used)
        .def_readonly("total_time_warp", &CheckResult::total_time_warp)
        .def_readonly("violations", &CheckResult::violations)
        .def("__bool__", [](const CheckResult& r) { return r.feasible; })
        .def("__repr__", [](const CheckResult& r) {
            return std::string("<routekit.CheckReport ") + (r.feasible ? "feasible" : "infeasible") +
                   ", cost " + std::to_string(r.cost) + ">";
        });

    py::class_<Stop>(m, "Stop", "one visit: times in the file's units")
        .def_readonly("node", &Stop::node)
        .def_readonly("arrival", &Stop::arrival)
        .def_readonly("wait", &Stop::wait)
        .def_readonly("start", &Stop::start, "start of service")
        .def_readonly("departure", &Stop::departure)
        .def_readonly("time_warp", &Stop::time_warp, "lateness beyond the window's closing")
        .def_property_readonly(
            "load", [](const Stop& s) { return amounts_object(s.load); },
            "load delivered so far on the trip, this stop included: an int, a list of one per load dimension "
            "with several")
        .def("__repr__", [](const Stop& s) {
            return "<routekit.Stop node " + std::to_string(s.node) + " arrival " + std::to_string(s.arrival) +
                   " start " + std::to_string(s.start) + ">";
        });

    py::class_<RouteSchedule>(m, "RouteSchedule",
                              "a route's totals and its stops, the return to the depot last")
        .def_readonly("vehicle", &RouteSchedule::vehicle,
                      "the route's index in the solution (vehicle k with several vehicle types)")
        .def_readonly("vehicle_type", &RouteSchedule::vehicle_type, "index in Instance.vehicle_types")
        .def_readonly("start_depot", &RouteSchedule::start_depot)
        .def_readonly("end_depot", &RouteSchedule::end_depot)
        .def_readonly("cost", &RouteSchedule::cost, "fixed cost + unit costs x distance and duration")
        .def_readonly("clients", &RouteSchedule::clients, "the visits in order; a depot inside is a reload")
        .def_readonly("distance", &RouteSchedule::distance)
        .def_readonly("duration", &RouteSchedule::duration,
                      "travel + service + waiting, as the checker counts it")
        .def_property_readonly(
            "load", [](const RouteSchedule& r) { return amounts_object(r.load); },
            "the most on board at once: an int, a list of one per load dimension (each its own peak) with "
            "several")
        .def_readonly("time_warp", &RouteSchedule::time_warp)
        .def_readonly("start", &RouteSchedule::start, "departure from the depot")
        .def_readonly("end", &RouteSchedule::end, "arrival back at the depot")
        .def_readonly("stops", &RouteSchedule::stops)
        .def("__repr__", [](const RouteSchedule& r) {
            return "<routekit.RouteSchedule " + std::to_string(r.clients.size()) + " clients, distance " +
                   std::to_string(r.distance) + ", load " +
                   py::str(amounts_object(r.load)).cast<std::string>() + ">";
        });

    m.def(
        "check",
        [](const Instance& instance, const std::vector<Route>& routes) {
            return check_result(instance, Solution{routes});
        },
        py::arg("instance"), py::arg("routes"),
        "The independent checker: feasibility, cost and every violation, recomputed from the instance.");
    m.def(
        "schedule",
        [](const Instance& instance, const std::vector<Route>& routes) {
            return schedule(instance, Solution{routes});
        },
        py::arg("instance"), py::arg("routes"),
        "Per route: distance, duration, load and per stop arrival, waiting, start of service.");
    m.def(
        "read_solution",
        [](const std::string& path, const Instance& instance) {
            return read_solution(path, instance).routes;
        },
        py::arg("path"), py::arg("instance"),
        "Reads a .sol, .tour or JSON solution (detected from the content).");
    m.def(
        "format_solution",
        [](const Instance& instance, const std::vector<Route>& routes, const std::string& format) {
            return format_solution(instance, Solution{routes}, format_from(format));
        },
        py::arg("instance"), py::arg("routes"), py::kw_only(), py::arg("format") = "sol");
    m.def(
        "write_solution",
        [](const std::string& path, const Instance& instance, const std::vector<Route>& routes,
           const std::optional<std::string>& format) {
            const std::string text = format_solution(instance, Solution{routes},
                                                     format ? format_from(*format) : format_of_path(path));
            std::ofstream out(path);
            if (!out) throw InputError(path, 0, "cannot open the solution file for writing");
            out << text;
            if (!out.flush()) throw InputError(path, 0, "cannot write the solution file");
        },
        py::arg("path"), py::arg("instance"), py::arg("routes"), py::kw_only(),
        py::arg("format") = py::none(),
        "Writes .sol, .tour or JSON; the format is taken from the extension unless given.");
}

}  // namespace routekit::python
