#pragma once
// The pybind11 module routekit._routekit: one registration function per part, called from module.cpp.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit::python {

namespace py = pybind11;

/// A stored cost in the file's units (a double: 2698.6 for a trunc1 instance).
inline double to_units(Cost cost, const Instance& instance) {
    return static_cast<double>(cost) / static_cast<double>(scale_of(instance.rounding()));
}

/// An objective (vehicle costs and prizes included) in the instance's units: to_units with the
/// cost_decimals shift undone, as format_objective prints it.
inline double objective_units(Cost cost, const Instance& instance) {
    double value = to_units(cost, instance);
    for (int shift = 0; shift < instance.cost_decimals(); ++shift) value /= 10;
    return value;
}

/// The first `dimensions` amounts of `load`: one per load dimension of the instance.
inline std::vector<Cost> load_amounts(const Load& load, int dimensions) {
    return {load.amounts.begin(), load.amounts.begin() + dimensions};
}
/// Amounts in the load dimensions as Python sees them: an int with one dimension, a list of one per
/// dimension with several (capacities, loads of a schedule).
inline py::object amounts_object(const std::vector<Cost>& amounts) {
    return amounts.size() == 1 ? py::cast(amounts.front()) : py::cast(amounts);
}

void bind_instance(py::module_& m);
void bind_solution(py::module_& m);
void bind_solve(py::module_& m);
void bind_roads(py::module_& m);

}  // namespace routekit::python
