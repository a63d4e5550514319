#include "solver/crossover.hpp"

#include <algorithm>

namespace routekit {

std::vector<int> ordered_crossover(std::span<const int> first, std::span<const int> second, Rng& rng,
                                   std::span<const int> groups) {
    const std::size_t n = first.size();
    if (n < 2) return {first.begin(), first.end()};
    const std::size_t begin = uniform_below(rng, n);
    std::size_t end = uniform_below(rng, n);
    while (end == begin) end = uniform_below(rng, n);
    return ordered_crossover(first, second, begin, end, groups);
}

std::vector<int> ordered_crossover(std::span<const int> first, std::span<const int> second, std::size_t begin,
                                   std::size_t end, std::span<const int> groups) {
    const std::size_t n = first.size();
    std::vector<int> child(n, 0);
    if (n == 0) return child;
    const int largest = std::max(*std::max_element(first.begin(), first.end()),
                                 *std::max_element(second.begin(), second.end()));
    std::vector<char> taken(static_cast<std::size_t>(largest) + 1, 0);
    std::vector<char> group_taken(groups.empty() ? 0 : groups.size(), 0);  // indexed by group, < nodes
    auto group_of = [&](int client) {
        return groups.empty() ? -1 : groups[static_cast<std::size_t>(client)];
    };
    std::size_t position = begin;
    while (true) {
        child[position] = first[position];
        taken[static_cast<std::size_t>(first[position])] = 1;
        if (group_of(first[position]) >= 0)
            group_taken[static_cast<std::size_t>(group_of(first[position]))] = 1;
        if (position == end) break;
        position = (position + 1) % n;
    }
    // Fill the rest in the order of the second parent, both walks starting right after the slice.
    std::size_t write = (end + 1) % n;
    std::size_t filled = 0;
    const std::size_t walked = groups.empty() ? n : second.size();  // with groups the tours may differ
    for (std::size_t step = 0; step < walked && write != begin; ++step) {
        const int client = second[(end + 1 + step) % walked];
        if (taken[static_cast<std::size_t>(client)]) continue;
        const int group = group_of(client);
        if (group >= 0) {
            if (group_taken[static_cast<std::size_t>(group)]) continue;
            group_taken[static_cast<std::size_t>(group)] = 1;
        }
        child[write] = client;
        write = (write + 1) % n;
        ++filled;
    }
    if (!groups.empty() && write != begin) {
        // Fewer clients than positions: the unfilled run, from `write` up to the slice, goes.
        std::vector<int> shorter;
        shorter.reserve(n);
        for (std::size_t k = begin;; k = (k + 1) % n) {
            shorter.push_back(child[k]);
            if (k == end) break;
        }
        for (std::size_t k = 0, p = (end + 1) % n; k < filled; ++k, p = (p + 1) % n)
            shorter.push_back(child[p]);
        return shorter;
    }
    return child;
}

}  // namespace routekit
