#include "solver/ruin_recreate.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "solver/route_exchange.hpp"

namespace routekit {

namespace {

// floor(U(1, bound + 1)) for a continuous uniform U: an integer in [1, floor(bound)], SISR's draws.
int draw_up_to(double bound, Rng& rng) {
    const int top = std::max(1, static_cast<int>(std::floor(bound)));
    return std::min(top, 1 + static_cast<int>(uniform_unit(rng) * bound));
}

}  // namespace

std::vector<int> ruin_strings(const Solution& parent, const NeighbourLists& near, const RuinParams& params,
                              Rng& rng, int num_depots) {
    std::vector<int> route_of(near.size(), -1);
    std::vector<int> position_of(near.size(), -1);
    std::vector<int> clients;
    int used_routes = 0;
    for (std::size_t r = 0; r < parent.routes.size(); ++r) {
        used_routes += parent.routes[r].empty() ? 0 : 1;
        for (std::size_t p = 0; p < parent.routes[r].size(); ++p) {
            const int client = parent.routes[r][p];
            if (client < num_depots) continue;  // a reload stays where it is
            route_of[static_cast<std::size_t>(client)] = static_cast<int>(r);
            position_of[static_cast<std::size_t>(client)] = static_cast<int>(p);
            clients.push_back(client);
        }
    }
    if (clients.empty()) return {};
    // SISR's sizes: strings of up to min(L^max, average route length) clients from k routes, so that about
    // c̄ clients leave in all.
    // With route_share, both sizes grow with the routes (never below the fixed ones).
    const double average_length = static_cast<double>(clients.size()) / used_routes;
    const double scaled = params.route_share * average_length;
    const double longest = std::min(std::max<double>(params.max_string, scaled), average_length);
    const double most_routes = 4 * std::max(params.average_removed, scaled) / (1 + longest) - 1;
    const int ruined_routes = std::min(used_routes, draw_up_to(most_routes, rng));

    const int seed = clients[uniform_below(rng, clients.size())];
    std::vector<char> ruined(parent.routes.size(), 0);
    std::vector<int> removed;
    int count = 0;
    auto ruin_around = [&](int client) {
        const int r = route_of[static_cast<std::size_t>(client)];
        if (r < 0 || ruined[static_cast<std::size_t>(r)]) return;
        ruined[static_cast<std::size_t>(r)] = 1;
        ++count;
        const Route& route = parent.routes[static_cast<std::size_t>(r)];
        const int size = static_cast<int>(route.size());
        const int length = std::min(size, draw_up_to(std::min<double>(longest, size), rng));
        // A string of `length` that contains the client, placed uniformly among those that fit the route.
        const int position = position_of[static_cast<std::size_t>(client)];
        const int first_start = std::max(0, position - length + 1);
        const int last_start = std::min(position, size - length);
        const int start = first_start + static_cast<int>(uniform_below(
                                            rng, static_cast<std::uint64_t>(last_start - first_start + 1)));
        std::copy_if(route.begin() + start, route.begin() + start + length, std::back_inserter(removed),
                     [&](int node) { return node >= num_depots; });
    };
    ruin_around(seed);
    for (int neighbour : near[static_cast<std::size_t>(seed)]) {
        if (count >= ruined_routes) break;
        ruin_around(neighbour);
    }
    return removed;
}

Solution ruin_and_recreate(const Instance& instance, const Solution& parent, const NeighbourLists& near,
                           const PenaltyWeights& weights, const RuinParams& params, Rng& rng) {
    std::vector<int> removed = ruin_strings(parent, near, params, rng, instance.num_depots());
    if (removed.empty()) return parent;
    std::vector<char> gone(near.size(), 0);
    for (int client : removed) gone[static_cast<std::size_t>(client)] = 1;
    Solution ruined = parent;  // positions kept: with vehicle types they name the vehicles
    for (Route& route : ruined.routes)
        std::erase_if(route, [&](int client) { return gone[static_cast<std::size_t>(client)] != 0; });
    if (params.unserved && instance.has_optional_clients()) {
        // A prize-collecting parent is a choice of clients as much as of routes: a ruin that only reinserts
        // what it removed never swaps a served client for one left out nearby, and the descent after it
        // takes one in only where it pays on its own.
        std::vector<char> served(near.size(), 0);
        for (const Route& route : parent.routes)
            for (int client : route) served[static_cast<std::size_t>(client)] = 1;
        const std::size_t ruined_clients = removed.size();
        for (std::size_t k = 0; k < ruined_clients; ++k)
            for (int v : near[static_cast<std::size_t>(removed[k])]) {
                const auto i = static_cast<std::size_t>(v);
                if (served[i] || gone[i] || instance.required(v) || instance.group_of(v) >= 0) continue;
                gone[i] = 1;
                removed.push_back(v);
            }
    }

    portable_shuffle(removed.begin(), removed.end(), rng);
    const auto order = uniform_below(rng, 10);
    if (order >= 8) {
        std::stable_sort(removed.begin(), removed.end(),
                         [&](int a, int b) { return instance.distance(0, a) > instance.distance(0, b); });
    } else if (order >= 4) {
        std::stable_sort(removed.begin(), removed.end(),
                         [&](int a, int b) { return instance.demand(a) > instance.demand(b); });
    }
    return insert_greedily(instance, typed_routes(instance, ruined), removed, weights, &near, &rng).solution;
}

}  // namespace routekit
