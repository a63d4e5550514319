#include "routekit/solver/solve.hpp"

#include "solver/genetic_search.hpp"

namespace routekit {

Result solve(const Instance& instance, const SolverParams& params) {
    validate_params(params);
    return genetic_search(instance, params);
}

}  // namespace routekit
