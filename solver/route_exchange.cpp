#include "solver/route_exchange.hpp"

#include <algorithm>
#include <span>

#include "heuristics/insertion_route.hpp"
#include "model/vehicle_assignment.hpp"
#include "routekit/model/cost_evaluator.hpp"

namespace routekit {

namespace {

// Marks which clients lie in a window of consecutive routes.
class Window {
  public:
    Window(const std::vector<Route>& routes, int start, int count, int nodes)
        : routes_(routes), start_(start), count_(count), inside_(static_cast<std::size_t>(nodes), 0) {
        for (int k = 0; k < count_; ++k) mark(route(k), 1);
    }
    bool contains(int client) const { return inside_[static_cast<std::size_t>(client)] != 0; }
    /// The k-th route of the window (k may be -1 or count: the routes just outside).
    const Route& route(int k) const { return routes_[static_cast<std::size_t>(index(k))]; }
    int index(int k) const {
        const int n = static_cast<int>(routes_.size());
        return ((start_ + k) % n + n) % n;
    }
    /// Moves the window one route to the left (-1) or right (+1).
    void shift(int direction) {
        if (direction < 0) {
            mark(route(count_ - 1), 0);
            mark(route(-1), 1);
        } else {
            mark(route(0), 0);
            mark(route(count_), 1);
        }
        start_ = index(direction);
    }
    /// How the size of (this window \ other) changes when this window shifts by `direction`.
    int shift_gain(int direction, const Window& other) const {
        const Route& enters = direction < 0 ? route(-1) : route(count_);
        const Route& leaves = direction < 0 ? route(count_ - 1) : route(0);
        return outside(enters, other) - outside(leaves, other);
    }

  private:
    static int outside(const Route& route, const Window& other) {
        return static_cast<int>(
            std::count_if(route.begin(), route.end(), [&](int c) { return !other.contains(c); }));
    }
    void mark(const Route& route, char value) {
        for (int client : route) inside_[static_cast<std::size_t>(client)] = value;
    }
    const std::vector<Route>& routes_;
    int start_;
    int count_;
    std::vector<char> inside_;
};

// Whether a new route on a vehicle of `type` fits the fleet next to `built`.
bool vehicle_left(const Instance& instance, std::span<const InsertionRoute> built, int type) {
    if (built.empty() || !instance.fleet_limited()) return true;
    if (static_cast<int>(built.size()) >= instance.fleet()) return false;
    const int count = instance.vehicle_types()[static_cast<std::size_t>(type)].count;
    return count == 0 || std::count_if(built.begin(), built.end(), [&](const InsertionRoute& route) {
                             return route.vehicle_type() == type;
                         }) < count;
}

}  // namespace

TypedRoutes typed_routes(const Instance& instance, const Solution& solution) {
    TypedRoutes result;
    for (std::size_t k = 0; k < solution.routes.size(); ++k)
        if (!solution.routes[k].empty()) add_typed_route(instance, solution, static_cast<int>(k), result);
    return result;
}

void add_typed_route(const Instance& instance, const Solution& solution, int k, TypedRoutes& routes) {
    routes.routes.push_back(solution.routes[static_cast<std::size_t>(k)]);
    routes.types.push_back(has_vehicle_types(instance) ? instance.vehicle_type_of_route(k) : 0);
}

TypedRoutes routes_in_tour_order(const Instance& instance, const Individual& individual) {
    TypedRoutes result;
    for (const int k : individual.route_order) add_typed_route(instance, individual.solution, k, result);
    return result;
}

GreedyInsertion insert_greedily(const Instance& instance, const TypedRoutes& routes,
                                const std::vector<int>& missing, const PenaltyWeights& weights,
                                const NeighbourLists* near, Rng* blink) {
    const CostEvaluator cost(instance, weights);
    const int types = static_cast<int>(instance.vehicle_types().size());
    std::vector<InsertionRoute> built;
    built.reserve(routes.routes.size() + missing.size() + static_cast<std::size_t>(types));
    for (std::size_t r = 0; r < routes.routes.size(); ++r)
        if (!routes.routes[r].empty()) built.emplace_back(instance, routes.routes[r], routes.types[r]);
    // With `near`: the route of each placed client, and a stamp per route tried for the current client. The
    // routes in [0, existing) never empty, so their indices stay valid while trial empty routes come and go.
    std::vector<int> route_of;
    std::vector<std::size_t> tried_for;
    if (near) {
        route_of.assign(static_cast<std::size_t>(instance.num_nodes()), -1);
        for (std::size_t r = 0; r < built.size(); ++r)
            for (int client : built[r].clients())
                route_of[static_cast<std::size_t>(client)] = static_cast<int>(r);
    }
    // A client group served already keeps its member; a missing group gets the member whose cheapest place
    // costs least (a client in no group is its own only candidate).
    std::vector<char> group_served(instance.groups().size(), 0);
    for (const InsertionRoute& route : built)
        for (int client : route.clients())
            if (instance.group_of(client) >= 0)
                group_served[static_cast<std::size_t>(instance.group_of(client))] = 1;
    std::size_t stamp = 0;  // one per candidate tried, for tried_for
    for (std::size_t m = 0; m < missing.size(); ++m) {
        const int group = instance.group_of(missing[m]);
        if (group >= 0 && group_served[static_cast<std::size_t>(group)]) continue;
        const std::span<const int> candidates =
            group >= 0 ? std::span<const int>(instance.groups()[static_cast<std::size_t>(group)])
                       : std::span<const int>(&missing[m], 1);
        const std::size_t existing = built.size();
        for (int type = 0; type < types; ++type)  // candidate empty routes; dropped below when left empty
            if (vehicle_left(instance, std::span(built).first(existing), type))
                built.emplace_back(instance, Route{}, type);
        Cost best = kUnlimited;
        int client = candidates.front();
        std::size_t best_route = 0;
        int best_after = 0;
        for (const int candidate : candidates) {
            Cost candidate_best = kUnlimited;
            bool candidate_allowed = false;  // whether the vehicle of its cheapest place may serve it
            auto try_route = [&](std::size_t r) {
                const Cost before = cost.penalized(built[r].cost());
                for (int after = 0; after <= built[r].num_clients(); ++after) {
                    if (blink && uniform_unit(*blink) < kBlinkRate) continue;
                    const Cost delta = cost.penalized(built[r].evaluate(candidate, after).route) - before;
                    // Ties go to the lowest route, then position: the same choice whichever routes are tried
                    // first.
                    if (delta < candidate_best || (delta == candidate_best && r < best_route)) {
                        candidate_best = delta;
                        candidate_allowed = instance.may_serve(built[r].vehicle_type(), candidate);
                        if (delta < best || (delta == best && r < best_route && client == candidate)) {
                            best = delta;
                            client = candidate;
                            best_route = r;
                            best_after = after;
                        }
                    }
                }
            };
            ++stamp;
            if (near) {
                tried_for.resize(built.size(), 0);
                for (int neighbour : (*near)[static_cast<std::size_t>(candidate)]) {
                    const int r = route_of[static_cast<std::size_t>(neighbour)];
                    if (r < 0 || tried_for[static_cast<std::size_t>(r)] == stamp) continue;
                    tried_for[static_cast<std::size_t>(r)] = stamp;
                    try_route(static_cast<std::size_t>(r));
                }
                for (std::size_t r = existing; r < built.size(); ++r) try_route(r);
            }
            // Every route when unrestricted, or when no neighbour is placed and no new route may start (or
            // each position blinked). With site dependence also when the vehicles near the client may not
            // serve it: a forbidden visit is what the descent, which moves a client next to its
            // neighbours, may never undo (their routes are the ones that may not serve it).
            if (candidate_best == kUnlimited || (instance.site_dependent() && !candidate_allowed))
                for (std::size_t r = 0; r < built.size(); ++r) try_route(r);
        }
        // An optional client whose cheapest place costs more than its prize stays out (the descent may
        // still insert it elsewhere later); a group's member goes in.
        const bool inserted = instance.required(client) || group >= 0 || best < instance.prize(client);
        if (inserted) built[best_route].insert(client, best_after);
        if (inserted && group >= 0) group_served[static_cast<std::size_t>(group)] = 1;
        std::erase_if(built, [](const InsertionRoute& route) { return route.num_clients() == 0; });
        // A trial empty route that took the client is the only one left of them, at index `existing`.
        if (near && inserted)
            route_of[static_cast<std::size_t>(client)] = static_cast<int>(std::min(best_route, existing));
    }
    GreedyInsertion child;
    std::vector<int> child_types;
    for (const InsertionRoute& route : built) {
        child.solution.routes.push_back(route.clients());
        child_types.push_back(route.vehicle_type());
        child.penalized = saturating_add(child.penalized, cost.penalized(route.cost()));
    }
    if (has_vehicle_types(instance))
        child.solution = assign_vehicle_types(instance, child.solution.routes, cost, child_types);
    // The two children may leave out different clients (child B drops the incoming clients the receiver
    // did not serve): each pays for its own.
    child.penalized = saturating_add(child.penalized, uncollected_prizes(instance, child.solution));
    return child;
}

Solution selective_route_exchange(const Instance& instance, const Individual& first, const Individual& second,
                                  const PenaltyWeights& weights, int first_start, int second_start,
                                  int count, bool tour_order) {
    const TypedRoutes donor_routes =
        tour_order ? routes_in_tour_order(instance, first) : typed_routes(instance, first.solution);
    const TypedRoutes receiver_routes =
        tour_order ? routes_in_tour_order(instance, second) : typed_routes(instance, second.solution);
    const std::vector<Route>& donor = donor_routes.routes;
    const std::vector<Route>& receiver = receiver_routes.routes;
    const int nodes = instance.num_nodes();
    Window incoming(donor, first_start, count, nodes);
    Window outgoing(receiver, second_start, count, nodes);
    // Shift either window while that shrinks the symmetric difference of their client sets.
    while (true) {
        int best_gain = 0, best_direction = 0;
        bool move_incoming = true;
        for (const int direction : {-1, 1}) {
            const int gain_in = incoming.shift_gain(direction, outgoing);
            if (gain_in < best_gain) best_gain = gain_in, best_direction = direction, move_incoming = true;
            const int gain_out = outgoing.shift_gain(direction, incoming);
            if (gain_out < best_gain) best_gain = gain_out, best_direction = direction, move_incoming = false;
        }
        if (best_direction == 0) break;
        (move_incoming ? incoming : outgoing).shift(best_direction);
    }

    // Child A: the receiver's routes with the window replaced; clients of the incoming routes removed from
    // wherever else the receiver had them. Child B: the incoming routes lose the clients that the receiver
    // kept outside its window. Either way the outgoing window's other clients are missing.
    std::vector<char> in_window_routes(receiver.size(), 0);
    for (int k = 0; k < count; ++k) in_window_routes[static_cast<std::size_t>(outgoing.index(k))] = 1;
    std::vector<int> missing;
    for (int k = 0; k < count; ++k)
        for (int client : outgoing.route(k))
            if (!instance.is_depot(client) && !incoming.contains(client)) missing.push_back(client);

    Solution best;
    Cost best_cost = kUnlimited;
    for (const bool keep_incoming : {true, false}) {
        TypedRoutes routes;
        for (std::size_t r = 0; r < receiver.size(); ++r) {
            if (in_window_routes[r]) continue;
            Route kept;
            for (int client : receiver[r])
                if (!(keep_incoming && incoming.contains(client))) kept.push_back(client);
            routes.routes.push_back(std::move(kept));
            routes.types.push_back(receiver_routes.types[r]);
        }
        for (int k = 0; k < count; ++k) {
            Route kept;
            for (int client : incoming.route(k))
                if (keep_incoming || outgoing.contains(client)) kept.push_back(client);
            routes.routes.push_back(std::move(kept));
            routes.types.push_back(donor_routes.types[static_cast<std::size_t>(incoming.index(k))]);
        }
        GreedyInsertion child = insert_greedily(instance, routes, missing, weights);
        if (child.penalized < best_cost) {
            best_cost = child.penalized;
            best = std::move(child.solution);
        }
    }
    return best;
}

Solution selective_route_exchange(const Instance& instance, const Individual& first, const Individual& second,
                                  const PenaltyWeights& weights, Rng& rng, bool tour_order) {
    const int donor_routes = first.solution.num_nonempty_routes();
    const int receiver_routes = second.solution.num_nonempty_routes();
    if (donor_routes == 0 || receiver_routes == 0) return second.solution;
    const int first_start = static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(donor_routes)));
    const int second_start = first_start < receiver_routes ? first_start : 0;
    const int count = 1 + static_cast<int>(uniform_below(
                              rng, static_cast<std::uint64_t>(std::min(donor_routes, receiver_routes))));
    return selective_route_exchange(instance, first, second, weights, first_start, second_start, count,
                                    tour_order);
}

std::vector<char> routes_kept_from(const Solution& child, const Solution& parent, int num_nodes) {
    std::vector<int> parent_route_of(static_cast<std::size_t>(num_nodes), -1);
    for (std::size_t r = 0; r < parent.routes.size(); ++r)
        for (int client : parent.routes[r])
            parent_route_of[static_cast<std::size_t>(client)] = static_cast<int>(r);
    std::vector<char> kept(child.routes.size(), 0);
    for (std::size_t r = 0; r < child.routes.size(); ++r) {
        const Route& route = child.routes[r];
        if (route.empty()) continue;
        const int origin = parent_route_of[static_cast<std::size_t>(route.front())];
        kept[r] = origin >= 0 && parent.routes[static_cast<std::size_t>(origin)] == route;
    }
    return kept;
}

}  // namespace routekit
