// routekit.Instance: reading files, building from numpy arrays, and looking inside.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "io/json_variants.hpp"
#include "io/vehicle_type_spec.hpp"
#include "python/src/bindings.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/layout/embedding.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/instance_builder.hpp"

namespace routekit::python {

namespace {

using Doubles = py::array_t<double, py::array::c_style | py::array::forcecast>;

Rounding rounding_from(const std::string& text) {
    const auto rounding = parse_rounding(text);
    if (!rounding) throw ParameterError("rounding: expected tsplib, trunc1 or exact, found " + text);
    return *rounding;
}

// "CVRP" as to_string(kind) spells it, in any case.
ProblemKind kind_from(const std::string& text) {
    std::string upper = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (ProblemKind kind :
         {ProblemKind::tsp, ProblemKind::atsp, ProblemKind::cvrp, ProblemKind::acvrp, ProblemKind::vrptw})
        if (to_string(kind) == upper) return kind;
    throw ParameterError("kind: expected TSP, ATSP, CVRP, ACVRP or VRPTW, found " + text);
}

ReadOptions read_options(const std::optional<std::string>& rounding) {
    ReadOptions options;
    if (rounding) options.rounding = rounding_from(*rounding);
    return options;
}

std::string shape_of(const py::array& array) {
    std::string text = "(";
    for (py::ssize_t k = 0; k < array.ndim(); ++k) text += (k ? ", " : "") + std::to_string(array.shape(k));
    return text + ")";
}

// A value in the caller's units as a stored integer; infinity means "no limit".
Cost fixed(double value, Rounding rounding, const std::string& what) {
    if (std::isinf(value) && value > 0) return kUnlimited;
    if (!std::isfinite(value))
        throw InputError(what + ": expected a finite number, found " + std::to_string(value));
    return to_fixed(value, rounding);
}

std::vector<Cost> matrix(const Doubles& array, int n, Rounding rounding, const std::string& what) {
    if (array.ndim() != 2 || array.shape(0) != n || array.shape(1) != n)
        throw InputError(what + ": expected a " + std::to_string(n) + "x" + std::to_string(n) +
                         " matrix, found shape " + shape_of(array));
    std::vector<Cost> values(static_cast<std::size_t>(n) * n);
    const double* data = array.data();
    for (std::size_t k = 0; k < values.size(); ++k) values[k] = fixed(data[k], rounding, what);
    return values;
}

std::vector<double> vector(const Doubles& array, int n, const std::string& what) {
    if (array.ndim() != 1 || array.shape(0) != n)
        throw InputError(what + ": expected " + std::to_string(n) + " values, one per node, found shape " +
                         shape_of(array));
    return {array.data(), array.data() + n};
}

// A demand, pickup or capacity amount: an integer (infinity, where `unlimited`, for no limit).
Cost amount(const py::handle& value, const std::string& what, const std::string& where = {},
            bool unlimited = false) {
    double x = 0;
    try {
        x = value.cast<double>();
    } catch (const py::cast_error&) {
        throw InputError("make_instance: " + what + " holds " + std::string(py::str(value)) +
                         ", expected a number");
    }
    if (unlimited && std::isinf(x) && x > 0) return kUnlimited;
    if (!std::isfinite(x) || x != std::floor(x))
        throw InputError(what + ": expected integers, found " + std::to_string(x) + where);
    return static_cast<Cost>(x);
}

// A list, tuple or numpy array as a Python list (numpy through tolist(), so that rows are lists too).
py::list as_list(const py::object& value, const std::string& what) {
    if (py::hasattr(value, "tolist")) {
        const py::object list = value.attr("tolist")();
        if (py::isinstance<py::list>(list)) return list;
    }
    if (py::isinstance<py::sequence>(value) && !py::isinstance<py::str>(value)) return py::list(value);
    throw InputError("make_instance: " + what + " is " + std::string(py::str(py::type::of(value))) +
                     ", expected a list or an array");
}

std::string values_text(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " value" : " values");
}

// Demands as make_instance takes them: n numbers (one load dimension), or n rows of D numbers (a list of
// lists, an n x D array; PyVRP's and VROOM's [weight, volume]). Node by node, as InstanceData stores them.
struct NodeAmounts {
    int dimensions = 1;
    std::vector<Cost> values;
};

NodeAmounts amounts_per_node(const py::object& value, int n, const std::string& what) {
    const py::list rows = as_list(value, what);
    if (rows.size() != static_cast<std::size_t>(n))
        throw InputError("make_instance: " + what + " has " + std::to_string(rows.size()) +
                         " entries, expected " + std::to_string(n) + ", one per node");
    NodeAmounts result;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const py::handle row = rows[i];
        const bool several = py::isinstance<py::list>(row) || py::isinstance<py::tuple>(row);
        const std::size_t count = several ? py::len(row) : 1;
        const std::string at = what + "[" + std::to_string(i) + "]";
        if (i == 0 && (count < 1 || count > static_cast<std::size_t>(kMaxLoadDimensions)))
            throw InputError("make_instance: " + at + " has " + values_text(count) + ", expected 1 to " +
                             std::to_string(kMaxLoadDimensions) + " (one per load dimension)");
        if (i == 0) result.dimensions = static_cast<int>(count);
        if (count != static_cast<std::size_t>(result.dimensions))
            throw InputError("make_instance: " + at + " has " + values_text(count) + ", expected " +
                             std::to_string(result.dimensions) + " (one per load dimension, as " + what +
                             "[0])");
        const std::string where = " at node " + std::to_string(i);
        if (!several) result.values.push_back(amount(row, what, where));
        for (std::size_t d = 0; several && d < count; ++d)
            result.values.push_back(amount(row[py::int_(d)], what, where));
    }
    return result;
}

// The capacity: a number (infinity: none) or a list of one per load dimension.
std::vector<Cost> capacity_amounts(const py::object& value) {
    const py::object plain = py::hasattr(value, "tolist") ? value.attr("tolist")() : value;
    if (!py::isinstance<py::list>(plain) && !py::isinstance<py::tuple>(plain))
        return {amount(plain, "capacity", {}, true)};
    const py::list list = as_list(plain, "capacity");
    if (list.empty() || list.size() > static_cast<std::size_t>(kMaxLoadDimensions))
        throw InputError("make_instance: capacity has " + values_text(list.size()) + ", expected 1 to " +
                         std::to_string(kMaxLoadDimensions) + " (one per load dimension)");
    std::vector<Cost> amounts;
    for (const py::handle& item : list) amounts.push_back(amount(item, "capacity", {}, true));
    return amounts;
}

// The keyword arguments named as the JSON fields (docs/json-format.md) as one JSON object, for
// io::read_json_variants: numpy arrays and scalars become lists and numbers. Empty: none given.
std::string variants_json(const py::dict& variants) {
    py::dict given;
    for (const auto& [key, value] : variants)
        if (!value.is_none()) given[key] = value;
    if (given.empty()) return {};
    const py::cpp_function builtin([](const py::object& value) -> py::object {
        if (py::hasattr(value, "tolist")) return value.attr("tolist")();
        // A routekit.VehicleType read back from an instance stands for its JSON object.
        if (py::isinstance<io::VehicleTypeSpec>(value))
            return py::module_::import("json").attr("loads")(
                io::vehicle_json(value.cast<io::VehicleTypeSpec>(), "make_instance").dump());
        throw py::type_error("make_instance: expected numbers, lists and dicts, found " +
                             std::string(py::str(py::type::of(value))));
    });
    return py::module_::import("json").attr("dumps")(given, py::arg("default") = builtin).cast<std::string>();
}

Instance make_instance(const Doubles& distances, const std::optional<Doubles>& durations,
                       const py::object& demands, const py::object& capacity, int fleet,
                       const std::optional<Doubles>& service_times,
                       const std::optional<Doubles>& time_windows, std::optional<double> max_route_duration,
                       const std::optional<std::string>& kind, const std::string& rounding_text,
                       const std::string& name, const std::optional<Doubles>& coordinates, int depots,
                       const py::object& vehicles, const py::object& pickups, bool backhaul_order,
                       const py::object& prizes, const py::object& required, const py::object& release_times,
                       const py::object& groups, const py::object& skills, int cost_decimals) {
    // "vehicles" is a number (the classic fleet) or a list of vehicle objects, as in JSON.
    const bool vehicle_objects = !vehicles.is_none() && py::isinstance<py::sequence>(vehicles);
    if (!vehicles.is_none() && !vehicle_objects) fleet = vehicles.cast<int>();
    py::dict variant_args;
    if (depots != 1) variant_args["depots"] = depots;
    if (vehicle_objects) variant_args["vehicles"] = vehicles;
    if (backhaul_order) variant_args["backhaul_order"] = true;
    if (cost_decimals != 0) variant_args["cost_decimals"] = cost_decimals;
    variant_args["pickups"] = pickups;
    variant_args["prizes"] = prizes;
    variant_args["required"] = required;
    variant_args["release_times"] = release_times;
    variant_args["groups"] = groups;
    variant_args["skills"] = skills;
    const std::string variants = variants_json(variant_args);
    if (distances.ndim() != 2 || distances.shape(0) != distances.shape(1) || distances.shape(0) < 1)
        throw InputError("distances: expected a square n x n matrix with n >= 1 (node 0 the depot)");
    const int n = static_cast<int>(distances.shape(0));
    const Rounding rounding = rounding_from(rounding_text);
    InstanceBuilder builder(n);
    builder.name(name).rounding(rounding);
    const std::vector<Cost> distance = matrix(distances, n, rounding, "distances");
    builder.distances(distance);
    bool symmetric = true;
    for (int i = 0; i < n && symmetric; ++i)
        for (int j = 0; j < i && symmetric; ++j) symmetric = distance[i * n + j] == distance[j * n + i];
    builder.kind(symmetric ? ProblemKind::cvrp : ProblemKind::acvrp);
    if (durations) builder.durations(matrix(*durations, n, rounding, "durations"));
    // The load dimensions are those of the demands (else of the capacity, else of the vehicle objects).
    std::optional<NodeAmounts> demand;
    if (!demands.is_none()) demand = amounts_per_node(demands, n, "demands");
    std::optional<std::vector<Cost>> capacities;
    if (!capacity.is_none()) capacities = capacity_amounts(capacity);
    std::optional<io::LoadShape> shape;
    if (demand) shape = io::LoadShape{demand->dimensions, "make_instance's demands"};
    if (capacities && shape && capacities->size() != static_cast<std::size_t>(shape->dimensions))
        throw InputError("make_instance: capacity has " + values_text(capacities->size()) + ", expected " +
                         std::to_string(shape->dimensions) + " (one per load dimension, as the demands)");
    if (capacities && !shape)
        shape = io::LoadShape{static_cast<int>(capacities->size()), "make_instance's capacity"};
    const bool several_dimensions = shape && shape->dimensions > 1;
    if (demand && !several_dimensions) builder.demands(demand->values);
    const Cost capacity_value = capacities ? capacities->front() : kUnlimited;
    // With vehicle objects (or several load dimensions, which the model states per vehicle type), capacity
    // and max_route_duration are the types' defaults: set once they are read.
    if (!vehicle_objects && !several_dimensions) builder.capacity(capacity_value);
    if (fleet < 0)
        throw InputError("fleet: expected 0 (unlimited) or more vehicles, found " + std::to_string(fleet));
    builder.fleet(fleet);
    if (service_times) {
        std::vector<Cost> service;
        for (double value : vector(*service_times, n, "service_times"))
            service.push_back(fixed(value, rounding, "service_times"));
        builder.service_times(service);
    }
    if (time_windows) {
        if (time_windows->ndim() != 2 || time_windows->shape(0) != n || time_windows->shape(1) != 2)
            throw InputError("time_windows: expected an " + std::to_string(n) +
                             " x 2 array of (earliest, latest), one row per node");
        std::vector<TimeWindow> windows(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            windows[i] = {fixed(time_windows->at(i, 0), rounding, "time_windows"),
                          fixed(time_windows->at(i, 1), rounding, "time_windows")};
        builder.kind(ProblemKind::vrptw).time_windows(windows);
    }
    const Cost duration_limit =
        max_route_duration ? fixed(*max_route_duration, rounding, "max_route_duration") : kUnlimited;
    if (!vehicle_objects) builder.max_route_duration(duration_limit);
    if (kind) builder.kind(kind_from(*kind));
    if (!coordinates && variants.empty() && !several_dimensions) return builder.build();
    InstanceData data = builder.build().data();
    if (several_dimensions && demand) data.demand = demand->values;
    if (!variants.empty() || several_dimensions) {
        data.capacity = capacity_value;
        data.max_route_duration = duration_limit;
        io::VehicleDefaults defaults{capacities.value_or(std::vector<Cost>()), duration_limit};
        if (shape && !capacities)
            defaults.capacity.assign(static_cast<std::size_t>(shape->dimensions), kUnlimited);
        io::read_json_variants(variants.empty() ? "{}" : variants, "make_instance", data, defaults, shape);
    }
    // InstanceBuilder has no coordinates (no algorithm needs them); they ride along for pictures.
    if (coordinates) {
        if (coordinates->ndim() != 2 || coordinates->shape(0) != n || coordinates->shape(1) != 2)
            throw InputError("coordinates: expected an " + std::to_string(n) + " x 2 array of (x, y)");
        for (int i = 0; i < n; ++i)
            data.coordinates.push_back({coordinates->at(i, 0), coordinates->at(i, 1)});
    }
    return Instance(std::move(data));
}

// The n x n matrix of `costs` in the file's units.
py::array_t<double> units_matrix(const Instance& instance, const ArcCosts& costs) {
    const int n = instance.num_nodes();
    py::array_t<double> out({n, n});
    auto view = out.mutable_unchecked<2>();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) view(i, j) = to_units(costs(i, j), instance);
    return out;
}

py::object limit_or_none(Cost value, const Instance& instance) {
    return value >= kUnlimited ? py::none() : py::cast(to_units(value, instance));
}

std::vector<io::VehicleTypeSpec> vehicle_types(const Instance& instance) {
    std::vector<io::VehicleTypeSpec> types;
    for (const VehicleType& type : instance.vehicle_types())
        types.push_back(io::describe_vehicle_type(type, instance));
    return types;
}

// Per node loads: n values with one load dimension, n x D with several.
py::array_t<std::int64_t> loads_array(const Instance& instance, const std::function<Load(int)>& load) {
    const int n = instance.num_nodes();
    const int dimensions = instance.load_dimensions();
    if (dimensions == 1) {
        py::array_t<std::int64_t> out(n);
        for (int k = 0; k < n; ++k) out.mutable_at(k) = load(k)[0];
        return out;
    }
    py::array_t<std::int64_t> out({n, dimensions});
    for (int k = 0; k < n; ++k)
        for (int d = 0; d < dimensions; ++d) out.mutable_at(k, d) = load(k)[d];
    return out;
}

// A capacity as make_instance takes it: None for none, a number with one load dimension, a list else.
py::object capacity_object(const std::vector<Cost>& capacity) {
    if (capacity.empty() ||
        std::all_of(capacity.begin(), capacity.end(), [](Cost c) { return c >= kUnlimited; }))
        return py::none();
    if (capacity.size() == 1) return py::cast(capacity.front());
    return py::cast(capacity);
}

template <class Value>
py::array_t<Value> per_node(const Instance& instance, const std::function<Value(int)>& value) {
    py::array_t<Value> out(instance.num_nodes());
    for (int k = 0; k < instance.num_nodes(); ++k) out.mutable_at(k) = value(k);
    return out;
}

py::array_t<double> points_array(const std::vector<Point>& points) {
    py::array_t<double> out({static_cast<py::ssize_t>(points.size()), py::ssize_t{2}});
    auto view = out.mutable_unchecked<2>();
    for (std::size_t i = 0; i < points.size(); ++i) {
        view(i, 0) = points[i].x;
        view(i, 1) = points[i].y;
    }
    return out;
}

}  // namespace

void bind_instance(py::module_& m) {
    using io::VehicleTypeSpec;
    py::class_<VehicleTypeSpec>(m, "VehicleType", R"doc(
A kind of vehicle, with the names of the JSON "vehicles" objects (the one field list of io/vehicle_type_spec.hpp):
costs and times in the file's units, None for no limit; skills appear as allowed_clients. A list of them is a
valid make_instance(vehicles=...).)doc")
        .def_readonly("count", &VehicleTypeSpec::count, "vehicles of this type; 0: unlimited")
        .def_property_readonly(
            "capacity", [](const VehicleTypeSpec& t) { return capacity_object(t.capacity); },
            "an int, a list of one per load dimension with several, None: unlimited")
        .def_readonly("fixed_cost", &VehicleTypeSpec::fixed_cost, "paid once per vehicle used")
        .def_readonly("cost_per_distance", &VehicleTypeSpec::cost_per_distance)
        .def_readonly("cost_per_duration", &VehicleTypeSpec::cost_per_duration)
        .def_readonly("start", &VehicleTypeSpec::start, "the depot the vehicle leaves from")
        .def_readonly("end", &VehicleTypeSpec::end, "the depot it returns to")
        .def_readonly("max_duration", &VehicleTypeSpec::max_duration)
        .def_readonly("max_distance", &VehicleTypeSpec::max_distance)
        .def_readonly("time_window", &VehicleTypeSpec::time_window, "the shift (earliest, latest); None: any")
        .def_readonly("allowed_clients", &VehicleTypeSpec::allowed_clients, "empty: every client")
        .def_readonly("reload_depots", &VehicleTypeSpec::reload_depots)
        .def("__repr__", [](const VehicleTypeSpec& t) {
            return "<routekit.VehicleType count " + std::to_string(t.count) + ", depots " +
                   std::to_string(t.start) + " to " + std::to_string(t.end) + ">";
        });

    py::class_<Instance, std::shared_ptr<Instance>>(m, "Instance", R"doc(
An immutable, validated problem. Node 0 is the depot, clients are 1..n-1. Times and distances are returned
in the file's units (floats); demands and capacity are integers.)doc")
        .def_property_readonly("name", &Instance::name)
        .def_property_readonly("kind", [](const Instance& i) { return std::string(to_string(i.kind())); })
        .def_property_readonly("rounding",
                               [](const Instance& i) { return std::string(to_string(i.rounding())); })
        .def_property_readonly(
            "scale", [](const Instance& i) { return scale_of(i.rounding()); },
            "stored integers per file unit (1, 10 or 10**7)")
        .def_property_readonly("num_nodes", &Instance::num_nodes)
        .def_property_readonly("num_clients", &Instance::num_clients)
        .def_property_readonly("num_depots", &Instance::num_depots, "nodes 0..num_depots-1 are depots")
        .def_property_readonly("vehicle_types", &vehicle_types,
                               "the fleet: the types given, or the one type the classic fields make")
        .def_property_readonly("load_dimensions", &Instance::load_dimensions,
                               "capacity dimensions (weight, volume ...): demands and pickups are n x "
                               "load_dimensions when above 1")
        .def_property_readonly(
            "pickups",
            [](const Instance& i) { return loads_array(i, [&](int k) { return i.pickup_load(k); }); })
        .def_property_readonly("backhaul_order", &Instance::backhaul_order)
        .def_property_readonly("prizes",
                               [](const Instance& i) {
                                   return per_node<double>(i, [&](int k) { return to_units(i.prize(k), i); });
                               })
        .def_property_readonly(
            "required",
            [](const Instance& i) { return per_node<bool>(i, [&](int k) { return i.required(k); }); },
            "per node: whether it must be visited (False for depots, optional and grouped clients)")
        .def_property_readonly("release_times",
                               [](const Instance& i) {
                                   return per_node<double>(i,
                                                           [&](int k) { return to_units(i.release(k), i); });
                               })
        .def_property_readonly("groups", &Instance::groups)
        .def_property_readonly("cost_decimals", &Instance::cost_decimals)
        .def_property_readonly(
            "capacity",
            [](const Instance& i) -> py::object {
                if (!i.has_capacity()) return py::none();
                if (i.load_dimensions() == 1) return py::cast(i.capacity());
                return amounts_object(load_amounts(i.largest_capacity_load(), i.load_dimensions()));
            },
            "the largest vehicle's: an int, a list of one per load dimension with several; None: unlimited")
        .def_property_readonly("fleet", &Instance::fleet, "the most vehicles that may be used; 0: unlimited")
        .def_property_readonly("max_route_duration",
                               [](const Instance& i) { return limit_or_none(i.max_route_duration(), i); })
        .def_property_readonly("has_time_windows", &Instance::has_time_windows)
        .def_property_readonly("distance_symmetric", &Instance::distance_symmetric)
        .def_property_readonly("total_demand", &Instance::total_demand)
        .def_property_readonly("distances", [](const Instance& i) { return units_matrix(i, i.distances()); })
        .def_property_readonly("durations", [](const Instance& i) { return units_matrix(i, i.durations()); })
        .def_property_readonly(
            "demands",
            [](const Instance& i) { return loads_array(i, [&](int k) { return i.delivery_load(k); }); },
            "n values, n x load_dimensions with several")
        .def_property_readonly("service_times",
                               [](const Instance& i) {
                                   py::array_t<double> out(i.num_nodes());
                                   for (int k = 0; k < i.num_nodes(); ++k)
                                       out.mutable_at(k) = to_units(i.service(k), i);
                                   return out;
                               })
        .def_property_readonly("time_windows",
                               [](const Instance& i) {
                                   py::array_t<double> out({i.num_nodes(), 2});
                                   for (int k = 0; k < i.num_nodes(); ++k) {
                                       const TimeWindow& w = i.window(k);
                                       out.mutable_at(k, 0) = to_units(w.earliest, i);
                                       out.mutable_at(k, 1) = w.latest >= kUnlimited
                                                                  ? std::numeric_limits<double>::infinity()
                                                                  : to_units(w.latest, i);
                                   }
                                   return out;
                               })
        .def_property_readonly("coordinates",
                               [](const Instance& i) -> py::object {
                                   if (!i.has_coordinates()) return py::none();
                                   return points_array(i.coordinates());
                               })
        .def(
            "plot_coordinates", [](const Instance& i) { return points_array(plot_coordinates(i)); },
            "n x 2 points to draw the instance with: its coordinates, or a classical MDS of the matrix")
        .def(
            "format_cost",
            [](const Instance& i, double value) {
                return format_cost(to_fixed(value, i.rounding()), i.rounding());
            },
            py::arg("value"), "a cost in the file's units as the .sol files print it")
        .def("__repr__", [](const Instance& i) {
            return "<routekit.Instance " + i.name() + ": " + std::string(to_string(i.kind())) + ", " +
                   std::to_string(i.num_clients()) + " clients>";
        });

    m.def(
        "read_instance",
        [](const std::string& path, const std::optional<std::string>& rounding) {
            return read_instance(path, read_options(rounding));
        },
        py::arg("path"), py::kw_only(), py::arg("rounding") = py::none(),
        "Reads TSPLIB, CVRPLIB, Solomon / Gehring-Homberger or JSON (the format is detected from the "
        "content).");
    m.def(
        "parse_instance",
        [](const std::string& text, const std::string& source, const std::optional<std::string>& rounding) {
            return parse_instance(text, source, read_options(rounding));
        },
        py::arg("text"), py::kw_only(), py::arg("source") = "<string>", py::arg("rounding") = py::none());
    m.def("make_instance", &make_instance, py::arg("distances"), py::kw_only(),
          py::arg("durations") = py::none(), py::arg("demands") = py::none(),
          py::arg("capacity") = py::none(), py::arg("fleet") = 0, py::arg("service_times") = py::none(),
          py::arg("time_windows") = py::none(), py::arg("max_route_duration") = py::none(),
          py::arg("kind") = py::none(), py::arg("rounding") = "tsplib", py::arg("name") = "unnamed",
          py::arg("coordinates") = py::none(), py::arg("depots") = 1, py::arg("vehicles") = py::none(),
          py::arg("pickups") = py::none(), py::arg("backhaul_order") = false, py::arg("prizes") = py::none(),
          py::arg("required") = py::none(), py::arg("release_times") = py::none(),
          py::arg("groups") = py::none(), py::arg("skills") = py::none(), py::arg("cost_decimals") = 0,
          "Builds an instance from numpy arrays (node 0 the depot); see docs/python.md.");
}

}  // namespace routekit::python
