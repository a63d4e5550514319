// Temporary placeholder until the learned policy lands: randomized nearest neighbour, which is what the
// untrained policy is initialised to behave like.
#include "routekit/heuristics/learned_policy.hpp"

#include "routekit/heuristics/construction.hpp"

namespace routekit {

std::vector<Solution> learned_policy_solutions(const Instance& instance, const std::string&, int count,
                                               Rng& rng) {
    std::vector<Solution> solutions;
    for (int k = 0; k < count; ++k) solutions.push_back(nearest_neighbour(instance, k == 0 ? nullptr : &rng));
    return solutions;
}

}  // namespace routekit
