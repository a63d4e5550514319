#include "solver/crossover.hpp"

#include <algorithm>

namespace routekit {

std::vector<int> ordered_crossover(std::span<const int> first, std::span<const int> second, Rng& rng) {
    const std::size_t n = first.size();
    if (n < 2) return {first.begin(), first.end()};
    const std::size_t begin = uniform_below(rng, n);
    std::size_t end = uniform_below(rng, n);
    while (end == begin) end = uniform_below(rng, n);
    return ordered_crossover(first, second, begin, end);
}

std::vector<int> ordered_crossover(std::span<const int> first, std::span<const int> second, std::size_t begin,
                                   std::size_t end) {
    const std::size_t n = first.size();
    std::vector<int> child(n, 0);
    if (n == 0) return child;
    const int largest = std::max(*std::max_element(first.begin(), first.end()),
                                 *std::max_element(second.begin(), second.end()));
    std::vector<char> taken(static_cast<std::size_t>(largest) + 1, 0);
    std::size_t position = begin;
    while (true) {
        child[position] = first[position];
        taken[static_cast<std::size_t>(first[position])] = 1;
        if (position == end) break;
        position = (position + 1) % n;
    }
    // Fill the rest in the order of the second parent, both walks starting right after the slice.
    std::size_t write = (end + 1) % n;
    for (std::size_t step = 0; step < n && write != begin; ++step) {
        const int client = second[(end + 1 + step) % n];
        if (taken[static_cast<std::size_t>(client)]) continue;
        child[write] = client;
        write = (write + 1) % n;
    }
    return child;
}

}  // namespace routekit
