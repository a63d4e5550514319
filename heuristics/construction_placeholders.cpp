// Temporary placeholders until the savings and regret constructions and the local search land.
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

Solution savings(const Instance& instance, Rng* rng) {
    return nearest_neighbour(instance, rng);
}
Solution regret_insertion(const Instance& instance, Rng* rng, int) {
    return nearest_neighbour(instance, rng);
}
Solution construct(const Instance& instance, std::string_view method, Rng* rng) {
    if (method == "nn") return nearest_neighbour(instance, rng);
    if (method == "savings") return savings(instance, rng);
    if (method == "regret") return regret_insertion(instance, rng);
    throw ParameterError("unknown construction method " + std::string(method) +
                         "; expected nn, savings or regret");
}

struct LocalSearch::Impl {};
LocalSearch::LocalSearch(const Instance&, LocalSearchParams) : impl_(std::make_unique<Impl>()) {}
LocalSearch::~LocalSearch() = default;
void LocalSearch::run(Solution&, const PenaltyWeights&, Rng&) {}
std::vector<OperatorStats> LocalSearch::stats() const {
    return {};
}

}  // namespace routekit
