#include "routekit/solver/solve.hpp"

#include "solver/genetic_search.hpp"
#include "solver/tour_solve.hpp"

namespace routekit {

Result solve(const Instance& instance, const SolverParams& params) {
    validate_params(params);
    // One vehicle visiting every node: a tour engine beats the route machinery of the genetic search.
    if (instance.single_vehicle()) return tour_solve(instance, params);
    return genetic_search(instance, params);
}

}  // namespace routekit
