#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "solver/crossover.hpp"

namespace routekit {
namespace {

TEST(SolverCrossover, KeepsTheSliceAndFillsInTheOtherParentsOrder) {
    const std::vector<int> first{1, 2, 3, 4, 5, 6, 7};
    const std::vector<int> second{7, 6, 5, 4, 3, 2, 1};
    // Slice positions 2..4 of the first parent (3, 4, 5); the rest from the second, starting after it.
    EXPECT_EQ(ordered_crossover(first, second, 2, 4), (std::vector<int>{7, 6, 3, 4, 5, 2, 1}));
    // A slice that wraps around: positions 5, 6, 0.
    EXPECT_EQ(ordered_crossover(first, second, 5, 0), (std::vector<int>{1, 5, 4, 3, 2, 6, 7}));
}

TEST(SolverCrossover, ProducesPermutations) {
    Rng rng(7);
    for (int n : {1, 2, 3, 10, 57}) {
        std::vector<int> first(static_cast<std::size_t>(n));
        std::iota(first.begin(), first.end(), 1);
        std::vector<int> second = first;
        for (int trial = 0; trial < 50; ++trial) {
            portable_shuffle(first.begin(), first.end(), rng);
            portable_shuffle(second.begin(), second.end(), rng);
            std::vector<int> child = ordered_crossover(first, second, rng);
            std::sort(child.begin(), child.end());
            std::vector<int> expected(static_cast<std::size_t>(n));
            std::iota(expected.begin(), expected.end(), 1);
            EXPECT_EQ(child, expected);
        }
    }
}

}  // namespace
}  // namespace routekit
