#pragma once
// Fixed edges in the tour engine, by costs alone: every arc that is not fixed costs M more, M above the
// cost of any tour. Then a tour holding all k fixed edges costs (n - k) M + its length, any other at least
// (n - k + 1) M, so a search that starts from a tour holding them and never accepts a costlier best (the
// engine's rule) keeps them all, and among such tours it minimises the true length. The engine itself is
// unchanged; only its matrix is.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

struct FixedEdgeCosts {
    Instance instance;  ///< the same problem with the penalised matrix and no fixed edges
    Cost offset = 0;    ///< (n - k) M: penalised cost of a tour holding every fixed edge minus its length
    std::vector<int> start_tour;  ///< a tour (node 0 first) holding every fixed edge
};

/// Requires `instance` to have fixed edges (validated by Instance). Throws ParameterError when the
/// penalised costs would not fit (more than 10,000 nodes: the matrix; or 2^62 overflowed).
FixedEdgeCosts fixed_edge_costs(const Instance& instance);

}  // namespace routekit
