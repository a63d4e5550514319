// routekit._routekit: the C++ core as a Python extension module. The Python package `routekit` re-exports it.
#include <pybind11/pybind11.h>

#include "python/src/bindings.hpp"
#include "routekit/model/error.hpp"

PYBIND11_MODULE(_routekit, m) {
    namespace py = pybind11;
    using namespace routekit;
    m.doc() = "Routekit's C++ core: instances, the solver, the checker and solution files.";

    // routekit.Error is the base of both; InputError and ParameterError are ValueErrors as well, so code that
    // catches ValueError for bad input keeps working. The message is the C++ one, unchanged.
    static py::exception<Error> error(m, "Error", PyExc_RuntimeError);
    static py::exception<InputError> input_error(
        m, "InputError", py::make_tuple(error, py::handle(PyExc_ValueError)).release());
    static py::exception<ParameterError> parameter_error(
        m, "ParameterError", py::make_tuple(error, py::handle(PyExc_ValueError)).release());
    py::register_exception_translator([](std::exception_ptr pointer) {
        try {
            if (pointer) std::rethrow_exception(pointer);
        } catch (const InputError& e) {
            input_error(e.what());
        } catch (const ParameterError& e) {
            parameter_error(e.what());
        } catch (const Error& e) {
            error(e.what());
        }
    });

    python::bind_instance(m);
    python::bind_solution(m);
    python::bind_solve(m);
    python::bind_roads(m);
}
