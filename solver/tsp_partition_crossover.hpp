#pragma once
// Partition crossover (GPX; Whitley, Hains and Howe 2009) of two tours of one symmetric instance. The edges
// the tours do not share fall into connected components; a component that the shared edges enter and leave
// exactly twice is crossed by each tour as one path between the same two nodes, so the child may take either
// path there, independently of every other such component. The child takes the shorter: it is never longer
// than the first parent, and shorter than both wherever each wins a component. O(n).
#include <functional>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

struct PartitionCrossover {
    std::vector<int> order;  ///< the child tour (a permutation of the nodes, starting at the first's start)
    Cost change = 0;         ///< the child's length minus the first parent's (<= 0)
    int components = 0;      ///< components crossed exactly twice, where the child could choose
    int taken_from_second = 0;
};

/// `first` and `second` are tours (permutations of 0..n-1, read cyclically) and `distance` symmetric.
PartitionCrossover partition_crossover(const std::vector<int>& first, const std::vector<int>& second,
                                       const std::function<Cost(int, int)>& distance);

}  // namespace routekit
