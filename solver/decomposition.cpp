#include "solver/decomposition.hpp"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "routekit/model/checker.hpp"
#include "solver/genetic_search.hpp"
#include "solver/rng_streams.hpp"

namespace routekit {

namespace {

constexpr std::uint64_t kSubSearchStream = 32;

// Consecutive runs of `order` (route indices) of at least `target_clients` clients each, starting at
// `offset`; a short last run joins the one before it.
std::vector<std::vector<int>> cut_in_order(const Solution& solution, const std::vector<int>& order,
                                           int target_clients, std::uint64_t offset) {
    std::vector<std::vector<int>> groups;
    int clients = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const int route = order[(k + offset) % order.size()];
        if (groups.empty() || clients >= target_clients) groups.emplace_back(), clients = 0;
        groups.back().push_back(route);
        clients += static_cast<int>(solution.routes[static_cast<std::size_t>(route)].size());
    }
    if (groups.size() > 1 && clients < target_clients / 2) {
        std::vector<int> last = std::move(groups.back());
        groups.pop_back();
        groups.back().insert(groups.back().end(), last.begin(), last.end());
    }
    return groups;
}

// Sectors around the depot: routes by the angle of their barycentre.
std::vector<std::vector<int>> groups_by_angle(const Instance& instance, const Solution& solution,
                                              const std::vector<int>& routes, int target_clients,
                                              std::uint64_t offset) {
    const Point depot = instance.coordinates()[0];
    std::vector<double> angle(solution.routes.size(), 0);
    for (const int r : routes) {
        double x = 0, y = 0;
        for (const int client : solution.routes[static_cast<std::size_t>(r)]) {
            x += instance.coordinates()[static_cast<std::size_t>(client)].x - depot.x;
            y += instance.coordinates()[static_cast<std::size_t>(client)].y - depot.y;
        }
        angle[static_cast<std::size_t>(r)] = std::atan2(y, x);
    }
    std::vector<int> order = routes;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return angle[static_cast<std::size_t>(a)] < angle[static_cast<std::size_t>(b)];
    });
    return cut_in_order(solution, order, target_clients, offset);
}

// Without coordinates: a group grows from the first route not yet taken (in an order turned by `offset`)
// by the route its clients' neighbour lists point into most often, until it holds `target_clients`.
std::vector<std::vector<int>> groups_by_neighbours(const Solution& solution, const std::vector<int>& routes,
                                                   int target_clients, std::uint64_t offset,
                                                   const NeighbourLists& neighbours) {
    std::vector<int> route_of(neighbours.size(), -1);
    for (const int r : routes)
        for (const int client : solution.routes[static_cast<std::size_t>(r)])
            route_of[static_cast<std::size_t>(client)] = r;
    std::vector<char> taken(solution.routes.size(), 0);
    std::vector<int> links(solution.routes.size(), 0);
    std::vector<std::vector<int>> groups;
    for (std::size_t k = 0; k < routes.size(); ++k) {
        const int seed = routes[(k + offset) % routes.size()];
        if (taken[static_cast<std::size_t>(seed)]) continue;
        std::vector<int> group, candidates;
        int clients = 0;
        for (int next = seed; next >= 0;) {
            taken[static_cast<std::size_t>(next)] = 1;
            group.push_back(next);
            clients += static_cast<int>(solution.routes[static_cast<std::size_t>(next)].size());
            if (clients >= target_clients) break;
            for (const int client : solution.routes[static_cast<std::size_t>(next)])
                for (const int near : neighbours[static_cast<std::size_t>(client)]) {
                    const int r = route_of[static_cast<std::size_t>(near)];
                    if (r < 0 || taken[static_cast<std::size_t>(r)]) continue;
                    if (links[static_cast<std::size_t>(r)]++ == 0) candidates.push_back(r);
                }
            next = -1;  // the most linked route not yet taken; ties to the lower index
            for (const int r : candidates)
                if (!taken[static_cast<std::size_t>(r)] &&
                    (next < 0 || links[static_cast<std::size_t>(r)] > links[static_cast<std::size_t>(next)] ||
                     (links[static_cast<std::size_t>(r)] == links[static_cast<std::size_t>(next)] &&
                      r < next)))
                    next = r;
        }
        for (const int r : candidates) links[static_cast<std::size_t>(r)] = 0;
        groups.push_back(std::move(group));
    }
    return groups;
}

}  // namespace

bool decomposable(const Instance& instance) {
    return !instance.single_vehicle() && instance.num_depots() == 1 && instance.rich_features().empty();
}

std::vector<std::vector<int>> route_groups(const Instance& instance, const Solution& solution,
                                           int target_clients, std::uint64_t offset,
                                           const NeighbourLists& neighbours) {
    std::vector<int> routes;
    for (std::size_t r = 0; r < solution.routes.size(); ++r)
        if (!solution.routes[r].empty()) routes.push_back(static_cast<int>(r));
    if (routes.empty()) return {};
    target_clients = std::max(target_clients, 1);
    if (instance.has_coordinates())
        return groups_by_angle(instance, solution, routes, target_clients, offset);
    return groups_by_neighbours(solution, routes, target_clients, offset, neighbours);
}

SubProblem make_subproblem(const Instance& instance, const Solution& solution, const std::vector<int>& group,
                           int fleet_left) {
    std::vector<int> nodes{0};
    Solution current;
    for (const int r : group) {
        Route route;
        for (const int client : solution.routes[static_cast<std::size_t>(r)]) {
            route.push_back(static_cast<int>(nodes.size()));
            nodes.push_back(client);
        }
        current.routes.push_back(std::move(route));
    }
    const std::size_t n = nodes.size();
    InstanceData data;
    data.name = instance.name() + " (part)";
    data.kind = instance.kind();
    data.rounding = instance.rounding();
    data.num_nodes = static_cast<int>(n);
    data.distance.resize(n * n);
    if (!instance.durations_are_distances()) data.duration.resize(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            data.distance[i * n + j] = instance.distance(nodes[i], nodes[j]);
            if (!data.duration.empty()) data.duration[i * n + j] = instance.duration(nodes[i], nodes[j]);
        }
    for (const int node : nodes) {
        data.demand.push_back(instance.demand(node));
        data.service.push_back(instance.service(node));
        if (instance.has_time_windows()) data.windows.push_back(instance.window(node));
        if (instance.has_coordinates())
            data.coordinates.push_back(instance.coordinates()[static_cast<std::size_t>(node)]);
    }
    data.capacity = instance.capacity();
    data.fleet = fleet_left;
    data.max_route_duration = instance.max_route_duration();
    nodes.erase(nodes.begin());
    return {Instance(std::move(data)), std::move(nodes), std::move(current)};
}

std::optional<std::vector<Route>> lifted_if_better(const SubProblem& sub, const Solution& found) {
    const CheckReport report = check_solution(sub.instance, found);
    if (!report.feasible || report.cost >= check_solution(sub.instance, sub.current).cost)
        return std::nullopt;
    std::vector<Route> lifted;
    for (const Route& route : found.routes) {
        if (route.empty()) continue;
        Route& parent = lifted.emplace_back();
        for (const int node : route) parent.push_back(sub.clients[static_cast<std::size_t>(node - 1)]);
    }
    return lifted;
}

DecompositionOutcome decompose_and_solve(const Instance& instance, const Solution& solution,
                                         const NeighbourLists& neighbours, const DecompositionPass& pass) {
    DecompositionOutcome outcome{solution, 0, 0, 0};
    Rng rng = derived_rng(pass.seed, kSubSearchStream, pass.pass);
    const std::uint64_t offset = rng();
    const std::vector<std::vector<int>> groups =
        route_groups(instance, solution, pass.target_clients, offset, neighbours);
    outcome.groups = static_cast<int>(groups.size());
    const int routes_used = solution.num_nonempty_routes();
    std::vector<std::optional<Solution>> found(groups.size());
    std::vector<std::optional<SubProblem>> subs(groups.size());
    tbb::task_arena arena(std::max(pass.threads, 1));
    arena.execute([&] {
        tbb::parallel_for(std::size_t{0}, groups.size(), [&](std::size_t g) {
            const SolverParams& parent = *pass.parent;
            if (parent.cancel.cancelled() ||
                (parent.budget_clock
                     ? parent.budget_clock()
                     : std::chrono::duration<double>(std::chrono::steady_clock::now() - parent.start)
                           .count()) >= parent.time_limit)
                return;
            const int fleet_left = instance.fleet_limited()
                                       ? instance.fleet() - routes_used + static_cast<int>(groups[g].size())
                                       : 0;
            subs[g].emplace(make_subproblem(instance, solution, groups[g], fleet_left));
            SolverParams params;
            params.time_limit = parent.time_limit;
            params.budget_clock = parent.budget_clock;
            params.start = parent.start;
            params.cancel = parent.cancel;
            params.iterations = pass.iterations;
            params.seed = splitmix64(offset ^ g);
            params.threads = 1;
            params.init = parent.init;
            params.policy_file = parent.policy_file;
            params.neighbour_prior_file = parent.neighbour_prior_file;
            params.genetic = pass.genetic;
            params.warm_start = subs[g]->current;
            found[g] = genetic_search(subs[g]->instance, params).solution;
        });
    });
    // In group order, so the result does not depend on which sub-search finished first.
    Solution merged;
    std::vector<char> replaced(solution.routes.size(), 0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!found[g]) continue;
        ++outcome.searched;
        std::optional<std::vector<Route>> better = lifted_if_better(*subs[g], *found[g]);
        if (!better) continue;
        ++outcome.improved;
        for (const int r : groups[g]) replaced[static_cast<std::size_t>(r)] = 1;
        for (Route& route : *better) merged.routes.push_back(std::move(route));
    }
    if (outcome.improved == 0) return outcome;
    for (std::size_t r = 0; r < solution.routes.size(); ++r)
        if (!replaced[r] && !solution.routes[r].empty()) merged.routes.push_back(solution.routes[r]);
    outcome.solution = std::move(merged);
    return outcome;
}

}  // namespace routekit
