#include <string>

#include "routekit/heuristics/construction.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

Solution construct(const Instance& instance, std::string_view method, Rng* rng) {
    if (method == "nn") return nearest_neighbour(instance, rng);
    if (method == "savings") return savings(instance, rng);
    if (method == "regret") return regret_insertion(instance, rng);
    throw ParameterError("unknown construction method " + std::string(method) +
                         "; expected nn, savings or regret");
}

}  // namespace routekit
