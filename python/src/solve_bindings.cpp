// routekit.solve: the genetic search (or the TSP engine) with the GIL released. Ctrl-C (KeyboardInterrupt)
// and exceptions from the progress callback cancel the search; an interrupt still returns the best solution.
#include <pybind11/stl.h>

#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "python/src/bindings.hpp"
#include "python/src/schedule.hpp"
#include "routekit/io/objective_parts.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/default_stop_rule.hpp"
#include "routekit/solver/genetic_params_text.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit::python {

namespace {

struct PyResult {
    std::vector<Route> routes;
    double cost = 0;
    bool feasible = false;
    bool interrupted = false;
    double time_to_best = 0;
    double elapsed = 0;
    std::int64_t iterations = 0;
    double feasible_share = 0;
    std::vector<std::pair<double, double>> trace;
    std::vector<RouteSchedule> schedule;
    Objective objective;
    std::vector<int> unvisited;
    std::string stop_reason;
};

struct PyProgress {
    double elapsed = 0;
    std::optional<double> best_cost;
    std::int64_t iterations = 0;
    int feasible_population = 0;
    int infeasible_population = 0;
};

// Runs on the solving thread about once a second (GIL released around it): takes the GIL, lets Python run
// its signal handlers, then the user's callback. Never lets an exception into the solver.
class ProgressHook {
  public:
    ProgressHook(const Instance& instance, py::object callback, CancellationToken cancel)
        : instance_(instance), callback_(std::move(callback)), cancel_(std::move(cancel)) {}

    void operator()(const Progress& progress) {
        py::gil_scoped_acquire acquire;
        if (cancel_.cancelled()) return;
        try {
            if (PyErr_CheckSignals() != 0) throw py::error_already_set();
            if (callback_.is_none()) return;
            PyProgress out{progress.elapsed_seconds, std::nullopt, progress.iterations,
                           progress.feasible_population, progress.infeasible_population};
            if (progress.best_feasible_cost)
                out.best_cost = objective_units(*progress.best_feasible_cost, instance_);
            callback_(out);
        } catch (py::error_already_set& e) {
            if (e.matches(PyExc_KeyboardInterrupt))
                interrupted_ = true;
            else
                pending_ = std::move(e);
            cancel_.cancel();
        }
    }

    bool interrupted() const { return interrupted_; }
    /// Re-raises what the callback raised (other than KeyboardInterrupt), with the GIL held.
    void rethrow() {
        if (pending_) throw std::move(*pending_);
    }

  private:
    const Instance& instance_;
    py::object callback_;
    CancellationToken cancel_;
    bool interrupted_ = false;
    std::optional<py::error_already_set> pending_;
};

PyResult solve_py(const Instance& instance, std::optional<double> time_limit,
                  std::optional<std::int64_t> iterations, std::optional<std::int64_t> no_improvement,
                  std::optional<double> target, std::uint64_t seed, int threads, const std::string& init,
                  const std::string& policy_file, const std::optional<std::vector<Route>>& warm_start,
                  const py::object& on_progress, const std::optional<CancellationToken>& cancel,
                  const std::optional<py::dict>& genetic) {
    SolverParams params;
    if (time_limit) {
        if (!(*time_limit >= 0))
            throw ParameterError("time_limit: expected seconds >= 0, found " + std::to_string(*time_limit));
        params.time_limit = *time_limit;
    }
    if (iterations) params.iterations = *iterations;
    if (no_improvement) params.no_improvement = *no_improvement;
    if (!time_limit && !iterations && !no_improvement && !target) {
        // The command line's rule, announced the Python way: a UserWarning (filterable, shown once per line).
        const DefaultStopRule rule = default_stop_rule(instance);
        params.no_improvement = rule.no_improvement;
        params.time_limit = rule.time_limit;
        const std::string message = "routekit.solve: no stop rule given: " + rule.description() +
                                    " (pass time_limit, iterations, no_improvement or target to choose)";
        if (PyErr_WarnEx(PyExc_UserWarning, message.c_str(), 1) != 0) throw py::error_already_set();
    }
    if (target) {
        // The target is an objective: in the instance's units, cost_decimals shifted like the costs.
        double stored = *target;
        for (int shift = 0; shift < instance.cost_decimals(); ++shift) stored *= 10;
        params.target = to_fixed(stored, instance.rounding());
    }
    params.seed = seed;
    params.threads = threads;
    params.init = init;
    params.policy_file = policy_file;
    if (warm_start) params.warm_start = Solution{*warm_start};
    if (cancel) params.cancel = *cancel;
    if (genetic) {
        for (const auto& [name, value] : *genetic)
            set_genetic_param(params.genetic, std::string(py::str(name)) + "=" + std::string(py::str(value)));
    }
    ProgressHook hook(instance, on_progress, params.cancel);
    params.on_progress = [&hook](const Progress& progress) { hook(progress); };
    params.start = std::chrono::steady_clock::now();

    Result result;
    {
        py::gil_scoped_release release;
        result = solve(instance, params);
    }
    hook.rethrow();
    PyResult out;
    out.routes = result.solution.routes;
    out.cost = objective_units(result.cost, instance);
    out.feasible = result.feasible;
    out.interrupted = hook.interrupted();
    out.time_to_best = result.time_to_best;
    out.elapsed = result.elapsed;
    out.iterations = result.iterations;
    out.feasible_share = result.feasible_share;
    for (const TracePoint& point : result.trace)
        out.trace.emplace_back(point.seconds, objective_units(point.cost, instance));
    out.schedule = schedule(instance, result.solution);
    out.objective = objective(instance, result.solution);
    out.unvisited = unvisited_clients(instance, result.solution);
    out.stop_reason = std::string(to_string(result.stop_reason));
    return out;
}

}  // namespace

void bind_solve(py::module_& m) {
    py::class_<CancellationToken>(
        m, "CancellationToken",
        "Pass to solve(cancel=...); cancel() from any thread stops the search, which "
        "returns the best solution so far.")
        .def(py::init<>())
        .def("cancel", &CancellationToken::cancel)
        .def_property_readonly("cancelled", &CancellationToken::cancelled);

    py::class_<PyProgress>(m, "Progress")
        .def_readonly("elapsed", &PyProgress::elapsed, "seconds since solve() started")
        .def_readonly("best_cost", &PyProgress::best_cost, "best feasible cost so far, None before the first")
        .def_readonly("iterations", &PyProgress::iterations)
        .def_readonly("feasible_population", &PyProgress::feasible_population)
        .def_readonly("infeasible_population", &PyProgress::infeasible_population)
        .def("__repr__", [](const PyProgress& p) {
            return "<routekit.Progress " + std::to_string(p.elapsed) + " s, " + std::to_string(p.iterations) +
                   " iterations>";
        });

    py::class_<PyResult>(m, "Result")
        .def_readonly("routes", &PyResult::routes,
                      "client indices per route (a depot inside one is a reload); the depots at both ends "
                      "are implicit. With several vehicle types route k is vehicle k and may be empty")
        .def_readonly("cost", &PyResult::cost,
                      "the objective in the file's units, as the checker computes it: the total distance, "
                      "plus vehicle costs and uncollected prizes where the instance has them")
        .def_readonly("objective", &PyResult::objective, "the cost's parts")
        .def_readonly("unvisited", &PyResult::unvisited, "the optional clients left out")
        .def_readonly("feasible", &PyResult::feasible)
        .def_readonly("interrupted", &PyResult::interrupted,
                      "True when Ctrl-C (KeyboardInterrupt) ended the search")
        .def_readonly("time_to_best", &PyResult::time_to_best)
        .def_readonly("elapsed", &PyResult::elapsed)
        .def_readonly("iterations", &PyResult::iterations)
        .def_readonly("feasible_share", &PyResult::feasible_share)
        .def_readonly("trace", &PyResult::trace, "(seconds, best cost) at every improvement")
        .def_readonly("schedule", &PyResult::schedule, "one RouteSchedule per non-empty route")
        .def_readonly("stop_reason", &PyResult::stop_reason,
                      "why the search ended: 'time limit', 'iteration limit', 'no improvement', 'target "
                      "reached', 'cancelled' or 'search complete'")
        .def("__repr__", [](const PyResult& r) {
            return std::string("<routekit.Result ") + (r.feasible ? "feasible" : "infeasible") + ", cost " +
                   std::to_string(r.cost) + ", " + std::to_string(r.schedule.size()) + " routes>";
        });

    m.def("solve", &solve_py, py::arg("instance"), py::kw_only(), py::arg("time_limit") = py::none(),
          py::arg("iterations") = py::none(), py::arg("no_improvement") = py::none(),
          py::arg("target") = py::none(), py::arg("seed") = 1, py::arg("threads") = 0,
          py::arg("init") = "savings", py::arg("policy_file") = "", py::arg("warm_start") = py::none(),
          py::arg("on_progress") = py::none(), py::arg("cancel") = py::none(),
          py::arg("genetic") = py::none(),
          "Solves the instance; the same parameters as the C++ SolverParams (docs/python.md).");
}

}  // namespace routekit::python
