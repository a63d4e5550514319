#include "heuristics/search_state.hpp"

#include <algorithm>
#include <type_traits>

#include "model/vehicle_assignment.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

namespace {

bool has_shifts(const Instance& instance) {
    const std::vector<VehicleType>& types = instance.vehicle_types();
    return std::any_of(types.begin(), types.end(),
                       [](const VehicleType& t) { return t.shift != TimeWindow{}; });
}

// The four cumulative arrays of one kind of segment over `nodes`: visit(node) is one visit's segment,
// join(first, from, to, second) concatenates `first`, which ends at node `from`, and `second`, which starts
// at node `to`.
template <class Segment, class Visit, class Join>
void fill_segments(const std::vector<int>& nodes, SegmentArrays<Segment>& arrays, Visit visit, Join join) {
    std::vector<Segment>& prefix = arrays.prefix;
    std::vector<Segment>& suffix = arrays.suffix;
    std::vector<Segment>& reversed_prefix = arrays.reversed_prefix;
    std::vector<Segment>& reversed_suffix = arrays.reversed_suffix;
    const std::size_t size = nodes.size();
    prefix.assign(size, {});
    suffix.assign(size, {});
    reversed_prefix.assign(size, {});
    reversed_suffix.assign(size, {});
    prefix[0] = reversed_prefix[0] = visit(nodes[0]);
    for (std::size_t k = 1; k < size; ++k) {
        const Segment here = visit(nodes[k]);
        prefix[k] = join(prefix[k - 1], nodes[k - 1], nodes[k], here);
        reversed_prefix[k] = join(here, nodes[k], nodes[k - 1], reversed_prefix[k - 1]);
    }
    suffix[size - 1] = reversed_suffix[size - 1] = visit(nodes[size - 1]);
    for (std::size_t k = size - 1; k-- > 0;) {
        const Segment here = visit(nodes[k]);
        suffix[k] = join(here, nodes[k], nodes[k + 1], suffix[k + 1]);
        reversed_suffix[k] = join(reversed_suffix[k + 1], nodes[k + 1], nodes[k], here);
    }
}

// A route's cumulative arrays of one kind of segment.
template <class Segment, class Route>
auto& segment_arrays(Route& route) {
    if constexpr (std::is_same_v<Segment, LoadSegment>)
        return route.load_segments;
    else if constexpr (std::is_same_v<Segment, MultiLoadSegment>)
        return route.multi_load_segments;
    else if constexpr (std::is_same_v<Segment, TripSegment>)
        return route.trip_segments;
    else
        return route.multi_trip_segments;
}

// One visit's segment of a kind (fill_segments' `visit`).
template <class Segment>
auto visitor(const Instance& instance) {
    return [&instance](int node) { return Segment::visit(instance, node); };
}

// Load segments concatenate without travel (fill_segments' `join`).
constexpr auto load_join = [](const auto& first, int, int, const auto& second) {
    return std::remove_cvref_t<decltype(first)>::merge(first, second);
};

// Trip segments concatenate with the travel time between them, a closed trip settled at `capacity`.
template <class Amount>
auto trip_join(const Instance& instance, const Amount& capacity) {
    return [&instance, capacity](const BasicTripSegment<Amount>& first, int from, int to,
                                 const BasicTripSegment<Amount>& second) {
        return BasicTripSegment<Amount>::merge(first, instance.duration(from, to), second, capacity);
    };
}

// The stored segment of `piece` when it is a prefix or a suffix of its route (O(1)), else nullptr.
template <class Segment>
const Segment* stored_segment(const SegmentArrays<Segment>& arrays, const Piece& piece) {
    const auto first = static_cast<std::size_t>(piece.first);
    const auto last = static_cast<std::size_t>(piece.last);
    if (!piece.reversed) {
        if (piece.first == 0) return &arrays.prefix[last];
        if (piece.last == piece.route->last()) return &arrays.suffix[first];
    } else {
        if (piece.first == 0) return &arrays.reversed_prefix[last];
        if (piece.last == piece.route->last()) return &arrays.reversed_suffix[first];
    }
    return nullptr;
}

// The segment of an inner piece (visit and join as for fill_segments): its visits merged one by one
// (pieces of this kind are short or rare).
template <class Visit, class Join>
auto merged_segment(const Piece& piece, Visit visit, Join join) {
    const auto first = static_cast<std::size_t>(piece.first);
    const auto last = static_cast<std::size_t>(piece.last);
    const std::vector<int>& nodes = piece.route->nodes;
    int previous = nodes[piece.reversed ? last : first];
    auto result = visit(previous);
    for (std::size_t step = 1; step <= last - first; ++step) {
        const int node = nodes[piece.reversed ? last - step : first + step];
        result = join(result, previous, node, visit(node));
        previous = node;
    }
    return result;
}

}  // namespace

SearchState::SearchState(const Instance& instance)
    : instance_(instance),
      cost_(instance, PenaltyWeights{}),
      time_matters_(instance.has_time_windows() || instance.has_duration_limit() || has_shifts(instance)),
      ends_by_type_(instance.num_depots() > 1 || has_shifts(instance)),
      site_dependent_(instance.site_dependent()),
      pickups_(!instance.data().pickup.empty()),
      trips_(!instance.data().release.empty() ||
             std::any_of(instance.vehicle_types().begin(), instance.vehicle_types().end(),
                         [](const VehicleType& t) { return !t.reload_depots.empty(); })),
      multi_load_(instance.load_dimensions() > 1),
      num_types_(static_cast<int>(instance.vehicle_types().size())),
      typed_(has_vehicle_types(instance)) {}

void SearchState::load(const Solution& solution, const PenaltyWeights& weights, int route_slots, bool grow) {
    cost_ = CostEvaluator(instance_, weights);
    grow_ = grow;
    // The weights are non-negative (CostEvaluator); an emptied route is priced as its depot-to-depot trip.
    const std::vector<VehicleType>& types = instance_.vehicle_types();
    bounds_usable_ = std::all_of(types.begin(), types.end(), [&](const VehicleType& t) {
        return instance_.distance(t.start_depot, t.end_depot) == 0;
    });
    const auto n = static_cast<std::size_t>(instance_.num_nodes());
    route_of_.assign(n, -1);
    position_of_.assign(n, -1);
    moves_ = 0;
    ++loads_;
    if (typed_) return load_typed(solution);
    // Never more routes than clients plus one empty: reserving keeps references stable while routes grow.
    routes_.reserve(std::max<std::size_t>(n + 1, solution.routes.size() + 1));
    const auto slots = std::max<std::size_t>(static_cast<std::size_t>(std::max(route_slots, 1)),
                                             static_cast<std::size_t>(solution.num_nonempty_routes()));
    // Routes of an earlier load are rebuilt in place, so repeated runs reuse their memory.
    std::size_t used = 0;
    auto add_route = [&](const Route& clients) {
        if (used == routes_.size()) routes_.emplace_back();
        routes_[used].type = 0;
        rebuild(static_cast<int>(used++), clients);
    };
    for (const Route& route : solution.routes)
        if (!route.empty()) add_route(route);
    while (used < slots) add_route({});
    routes_.erase(routes_.begin() + static_cast<std::ptrdiff_t>(used), routes_.end());
    refresh_empty_route();
    count_unvisited_prizes();
}

void SearchState::load_typed(const Solution& solution) {
    // At most min(count, clients + 1) routes per type ever exist (an empty one is added only while a type
    // has none and a vehicle left): reserving that keeps references stable while routes are added.
    std::size_t most = 1;
    const auto clients = static_cast<std::size_t>(instance_.num_clients());
    for (const VehicleType& type : instance_.vehicle_types())
        most += type.count == 0 ? clients + 1 : std::min(static_cast<std::size_t>(type.count), clients + 1);
    routes_.clear();
    routes_.reserve(most);
    for (std::size_t k = 0; k < solution.routes.size(); ++k) {
        if (solution.routes[k].empty()) continue;
        const int type = instance_.vehicle_type_of_route(static_cast<int>(k));
        if (type < 0)
            throw ParameterError("local search: route " + std::to_string(k + 1) + " has no vehicle");
        routes_.emplace_back();
        routes_.back().type = type;
        rebuild(static_cast<int>(routes_.size()) - 1, solution.routes[k]);
    }
    refresh_empty_route();
    count_unvisited_prizes();
}

void SearchState::count_unvisited_prizes() {
    unvisited_prizes_ = 0;
    for (int client = instance_.num_depots(); client < instance_.num_nodes(); ++client)
        if (route_of(client) < 0)
            unvisited_prizes_ = saturating_add(unvisited_prizes_, instance_.prize(client));
}

void SearchState::add_empty_route(int type) {
    routes_.emplace_back();
    routes_.back().type = type;
    rebuild(static_cast<int>(routes_.size()) - 1, {});
}

Solution SearchState::solution() const {
    if (typed_) {
        std::vector<Route> routes;
        std::vector<int> types;
        for (const RouteData& route : routes_)
            if (!route.empty()) {
                routes.emplace_back(route.nodes.begin() + 1, route.nodes.end() - 1);
                types.push_back(route.type);
            }
        return place_routes(instance_, routes, types);
    }
    Solution result;
    for (const RouteData& route : routes_)
        if (!route.empty()) result.routes.emplace_back(route.nodes.begin() + 1, route.nodes.end() - 1);
    return result;
}

Cost SearchState::total_cost() const {
    Cost total = unvisited_prizes_;
    for (const RouteData& route : routes_) total = saturating_add(total, route.cost);
    return total;
}

void SearchState::rebuild(int r, const std::vector<int>& clients) {
    RouteData& route = routes_[static_cast<std::size_t>(r)];
    fill(route, clients);
    const std::vector<int>& nodes = route.nodes;
    for (std::size_t k = 1; k + 1 < nodes.size(); ++k) {
        if (trips_ && instance_.is_depot(nodes[k])) continue;  // a reload
        route_of_[static_cast<std::size_t>(nodes[k])] = r;
        position_of_[static_cast<std::size_t>(nodes[k])] = static_cast<int>(k);
    }
    route.modified = moves_;
}

void SearchState::fill(RouteData& route, const std::vector<int>& clients) const {
    const VehicleType& vehicle = cost_.vehicle_type(route.type);
    route.nodes.clear();
    route.nodes.push_back(vehicle.start_depot);
    route.nodes.insert(route.nodes.end(), clients.begin(), clients.end());
    route.nodes.push_back(vehicle.end_depot);
    const auto size = route.nodes.size();
    route.positions.assign(size, {});
    const std::vector<int>& nodes = route.nodes;
    for (std::size_t k = 0; k < size; ++k) {
        RoutePosition& here = route.positions[k];
        here.node = nodes[k];
        if (k > 0) {
            const RoutePosition& before = route.positions[k - 1];
            here.distance_forward = before.distance_forward + instance_.distance(nodes[k - 1], nodes[k]);
            here.distance_backward = before.distance_backward + instance_.distance(nodes[k], nodes[k - 1]);
            here.load_before = before.load_through;
        }
        here.load_through = here.load_before + instance_.demand(nodes[k]);
    }
    if (time_matters_) rebuild_time_data(route);
    if (site_dependent_) {
        const auto types = static_cast<std::size_t>(num_types_);
        route.forbidden.assign(size * types, 0);
        for (std::size_t k = 0; k < size; ++k)
            for (std::size_t t = 0; t < types; ++t)
                route.forbidden[k * types + t] = (k > 0 ? route.forbidden[(k - 1) * types + t] : 0) +
                                                 (instance_.may_serve(static_cast<int>(t), nodes[k]) ? 0 : 1);
    }
    if (pickups_) rebuild_load_data(route);
    if (trips_) rebuild_trip_data(route);
    if (multi_load_) [[unlikely]] {
        route.load_all.assign(size, Load());
        for (std::size_t k = 0; k < size; ++k)
            route.load_all[k] = (k > 0 ? route.load_all[k - 1] : Load()) + instance_.delivery_load(nodes[k]);
    }
    route.total_distance = route.positions.back().distance_forward;
    route.total_load = route.positions.back().load_through;
    route.cost = route_cost(route);
    route.penalty = route.empty() ? 0 : route.cost - cost_.route_price(route.total_distance, route.type);
}

void SearchState::rebuild_load_data(RouteData& route) const {
    if (multi_load_) [[unlikely]]
        fill_segments(route.nodes, route.multi_load_segments, visitor<MultiLoadSegment>(instance_),
                      load_join);
    else
        fill_segments(route.nodes, route.load_segments, visitor<LoadSegment>(instance_), load_join);
}

template <class Amount>
BasicLoadSegment<Amount> SearchState::load_segment(const Piece& piece) const {
    using Segment = BasicLoadSegment<Amount>;
    if (const Segment* stored = stored_segment(segment_arrays<Segment>(*piece.route), piece)) return *stored;
    return merged_segment(piece, visitor<Segment>(instance_), load_join);
}

template <class Amount>
Amount SearchState::peak_load(const RouteProposal& proposal) const {
    BasicLoadSegment<Amount> total;
    for (const Piece& piece : proposal)
        total = BasicLoadSegment<Amount>::merge(total, load_segment<Amount>(piece));
    return total.peak;
}

const RouteData& SearchState::loose_route(int client) {
    fill(loose_, {client});
    return loose_;
}

const RouteData& SearchState::reload_route(int depot) {
    if (reload_.nodes.size() != 3 || reload_.nodes[1] != depot) fill(reload_, {depot});
    return reload_;
}

void SearchState::rebuild_trip_data(RouteData& route) const {
    if (multi_load_) [[unlikely]]
        fill_segments(route.nodes, route.multi_trip_segments, visitor<MultiTripSegment>(instance_),
                      trip_join(instance_, capacity_amount<Load>(instance_, route.type)));
    else
        fill_segments(route.nodes, route.trip_segments, visitor<TripSegment>(instance_),
                      trip_join(instance_, capacity_amount<Cost>(instance_, route.type)));
}

template <class Amount>
BasicTripSegment<Amount> SearchState::trip_segment(const Piece& piece) const {
    using Segment = BasicTripSegment<Amount>;
    if (const Segment* stored = stored_segment(segment_arrays<Segment>(*piece.route), piece)) return *stored;
    return merged_segment(piece, visitor<Segment>(instance_),
                          trip_join(instance_, capacity_amount<Amount>(instance_, piece.route->type)));
}

Cost SearchState::trip_proposal_cost(const RouteProposal& proposal, int type) const {
    return multi_load_ ? trip_proposal_cost_in<Load>(proposal, type)
                       : trip_proposal_cost_in<Cost>(proposal, type);
}

// Distance from the positions, load and time from the trip segments; a proposal without clients (depots
// and reloads only) is an unused vehicle.
template <class Amount>
Cost SearchState::trip_proposal_cost_in(const RouteProposal& proposal, int type) const {
    const Amount capacity = capacity_amount<Amount>(instance_, type);
    BasicTripSegment<Amount> total;
    int previous = -1;
    for (const Piece& piece : proposal) {
        const BasicTripSegment<Amount> next = trip_segment<Amount>(piece);
        total = previous < 0 ? next
                             : BasicTripSegment<Amount>::merge(
                                   total, instance_.duration(previous, piece.front()), next, capacity);
        previous = piece.back();
    }
    if (total.clients == 0) return 0;
    const Partial p = partial(proposal, type);
    Cost price = add_penalty(cost_.route_price_limited(p.distance, type),
                             cost_.excess_load_penalty(total.route_excess(capacity)));
    if (p.forbidden != 0) price = add_penalty(price, cost_.forbidden_penalty(p.forbidden));
    const DurationSegment timing = total.route_timing();
    return add_penalty(price, cost_.time_penalty_on(type, timing.time_warp, timing.duration));
}

void SearchState::commit_insertion(const RouteProposal& proposal, int client) {
    commit(proposal);
    unvisited_prizes_ -= instance_.prize(client);
}

void SearchState::commit_removal(const RouteProposal& proposal, const std::vector<int>& clients) {
    commit(proposal);
    for (const int client : clients) {
        route_of_[static_cast<std::size_t>(client)] = -1;
        position_of_[static_cast<std::size_t>(client)] = -1;
        unvisited_prizes_ = saturating_add(unvisited_prizes_, instance_.prize(client));
    }
}

void SearchState::commit_exchange(const RouteProposal& first, const RouteProposal& second, int removed,
                                  int inserted) {
    if (second.target() >= 0)
        commit(first, second);
    else
        commit(first);
    route_of_[static_cast<std::size_t>(removed)] = -1;
    position_of_[static_cast<std::size_t>(removed)] = -1;
    unvisited_prizes_ =
        saturating_add(unvisited_prizes_, instance_.prize(removed)) - instance_.prize(inserted);
}

void SearchState::rebuild_time_data(RouteData& route) const {
    const std::vector<int>& nodes = route.nodes;
    const std::size_t size = nodes.size();
    route.time_forward.assign(size, 0);
    route.time_backward.assign(size, 0);
    route.service.assign(size, 0);
    route.prefix.assign(size, {});
    route.suffix.assign(size, {});
    route.reversed_prefix.assign(size, {});
    route.reversed_suffix.assign(size, {});
    for (std::size_t k = 1; k < size; ++k) {
        const int from = nodes[k - 1];
        const int to = nodes[k];
        route.time_forward[k] = route.time_forward[k - 1] + instance_.duration(from, to);
        route.time_backward[k] = route.time_backward[k - 1] + instance_.duration(to, from);
        route.service[k] = route.service[k - 1] + (instance_.is_depot(to) ? 0 : instance_.service(to));
    }
    // The segments span positions lo..hi: the whole route, or its clients when the ends depend on the type.
    const std::size_t lo = ends_by_type_ ? 1 : 0;
    if (size < 2 * lo + 1) return;
    const std::size_t hi = size - 1 - lo;
    route.prefix[lo] = route.reversed_prefix[lo] = DurationSegment::visit(instance_, nodes[lo]);
    for (std::size_t k = lo + 1; k <= hi; ++k) {
        const int from = nodes[k - 1];
        const int to = nodes[k];
        const DurationSegment visit = DurationSegment::visit(instance_, to);
        route.prefix[k] = DurationSegment::merge(route.prefix[k - 1], instance_.duration(from, to), visit);
        route.reversed_prefix[k] =
            DurationSegment::merge(visit, instance_.duration(to, from), route.reversed_prefix[k - 1]);
    }
    route.suffix[hi] = route.reversed_suffix[hi] = DurationSegment::visit(instance_, nodes[hi]);
    for (std::size_t k = hi; k-- > lo;) {
        const int from = nodes[k];
        const int to = nodes[k + 1];
        const DurationSegment visit = DurationSegment::visit(instance_, from);
        route.suffix[k] = DurationSegment::merge(visit, instance_.duration(from, to), route.suffix[k + 1]);
        route.reversed_suffix[k] =
            DurationSegment::merge(route.reversed_suffix[k + 1], instance_.duration(to, from), visit);
    }
}

Cost SearchState::route_cost(const RouteData& route) const {
    RouteProposal whole(-1);
    whole.add(route, 0, route.last());
    return proposal_cost(whole, route.type);
}

DurationSegment SearchState::segment(const Piece& piece) const {
    const RouteData& route = *piece.route;
    const int lo = ends_by_type_ ? 1 : 0;  // where the stored prefixes start and the suffixes end
    if (!piece.reversed) {
        if (piece.first == lo) return route.prefix[static_cast<std::size_t>(piece.last)];
        if (piece.last == route.last() - lo) return route.suffix[static_cast<std::size_t>(piece.first)];
    } else {
        if (piece.first == lo) return route.reversed_prefix[static_cast<std::size_t>(piece.last)];
        if (piece.last == route.last() - lo)
            return route.reversed_suffix[static_cast<std::size_t>(piece.first)];
    }
    const auto first = static_cast<std::size_t>(piece.first);
    const auto last = static_cast<std::size_t>(piece.last);
    if (!instance_.has_time_windows()) {
        // Without windows nothing waits or warps: the duration is travel plus service, in either direction.
        const Cost travel = piece.reversed ? route.time_backward[last] - route.time_backward[first]
                                           : route.time_forward[last] - route.time_forward[first];
        const Cost service = route.service[last] - (first > 0 ? route.service[first - 1] : 0);
        return {travel + service, 0, 0, kUnlimited};
    }
    // An inner piece with windows: concatenate its visits (pieces of this kind are short or rare).
    const std::vector<int>& nodes = route.nodes;
    if (!piece.reversed) {
        DurationSegment result = DurationSegment::visit(instance_, nodes[first]);
        for (std::size_t k = first + 1; k <= last; ++k)
            result = DurationSegment::merge(result, instance_.duration(nodes[k - 1], nodes[k]),
                                            DurationSegment::visit(instance_, nodes[k]));
        return result;
    }
    DurationSegment result = DurationSegment::visit(instance_, nodes[last]);
    for (std::size_t k = last; k-- > first;)
        result = DurationSegment::merge(result, instance_.duration(nodes[k + 1], nodes[k]),
                                        DurationSegment::visit(instance_, nodes[k]));
    return result;
}

SearchState::Partial SearchState::partial(const RouteProposal& proposal, int type) const {
    if (ends_by_type_) return partial_between_depots(proposal, type);
    Partial result;
    int previous = -1;
    for (const Piece& piece : proposal) {
        const RoutePosition& first = piece.route->positions[static_cast<std::size_t>(piece.first)];
        const RoutePosition& last = piece.route->positions[static_cast<std::size_t>(piece.last)];
        result.distance += piece.reversed ? last.distance_backward - first.distance_backward
                                          : last.distance_forward - first.distance_forward;
        if (previous >= 0)
            result.distance += instance_.distance(previous, piece.reversed ? last.node : first.node);
        result.load += last.load_through - first.load_before;
        result.nodes += piece.last - piece.first + 1;
        previous = piece.reversed ? first.node : last.node;
    }
    if (site_dependent_) result.forbidden = forbidden_visits(proposal, type);
    if (pickups_ && !multi_load_) [[unlikely]]
        result.load = peak_load<Cost>(proposal);
    if (multi_load_ && !trips_) [[unlikely]]  // trips price their loads trip by trip
        result.excess = excess_load(proposal, type);
    return result;
}

// The pieces' clients (their depot positions left out) between the depots of a vehicle of `type`.
SearchState::Partial SearchState::partial_between_depots(const RouteProposal& proposal, int type) const {
    const VehicleType& vehicle = cost_.vehicle_type(type);
    Partial result;
    int previous = vehicle.start_depot;
    for (const Piece& piece : proposal) {
        const int first_client = std::max(piece.first, 1);
        const int last_client = std::min(piece.last, piece.route->last() - 1);
        if (first_client > last_client) continue;
        const RoutePosition& first = piece.route->positions[static_cast<std::size_t>(first_client)];
        const RoutePosition& last = piece.route->positions[static_cast<std::size_t>(last_client)];
        result.distance += piece.reversed ? last.distance_backward - first.distance_backward
                                          : last.distance_forward - first.distance_forward;
        result.distance += instance_.distance(previous, piece.reversed ? last.node : first.node);
        result.load += last.load_through - first.load_before;
        result.nodes += last_client - first_client + 1;
        previous = piece.reversed ? first.node : last.node;
    }
    result.distance += instance_.distance(previous, vehicle.end_depot);
    result.nodes += 2;
    if (site_dependent_) result.forbidden = forbidden_visits(proposal, type);
    // Depots neither deliver nor pick up: the pieces' whole profiles are their clients'.
    if (pickups_ && !multi_load_) [[unlikely]]
        result.load = peak_load<Cost>(proposal);
    if (multi_load_ && !trips_) [[unlikely]]  // trips price their loads trip by trip
        result.excess = excess_load(proposal, type);
    return result;
}

Cost SearchState::excess_load(const RouteProposal& proposal, int type) const {
    if (pickups_) return amount_excess(peak_load<Load>(proposal), instance_.capacity_load(type));
    // Depots carry no load, so whole pieces can be summed.
    Load load;
    for (const Piece& piece : proposal) {
        const std::vector<Load>& prefix = piece.route->load_all;
        load += prefix[static_cast<std::size_t>(piece.last)];
        if (piece.first > 0) load -= prefix[static_cast<std::size_t>(piece.first - 1)];
    }
    return load.excess_over(instance_.capacity_load(type), instance_.load_dimensions());
}

int SearchState::forbidden_visits(const RouteProposal& proposal, int type) const {
    // Depots are never forbidden, so whole pieces can be counted.
    const auto types = static_cast<std::size_t>(num_types_);
    const auto t = static_cast<std::size_t>(type);
    int count = 0;
    for (const Piece& piece : proposal) {
        const std::vector<int>& forbidden = piece.route->forbidden;
        count += forbidden[static_cast<std::size_t>(piece.last) * types + t] -
                 (piece.first > 0 ? forbidden[static_cast<std::size_t>(piece.first - 1) * types + t] : 0);
    }
    return count;
}

Cost SearchState::partial_cost(const Partial& partial, int type) const {
    if (partial.nodes <= 2) return 0;  // depot to depot: an unused vehicle costs nothing
    const Cost load_penalty =
        multi_load_ ? cost_.excess_load_penalty(partial.excess) : cost_.load_penalty_on(type, partial.load);
    const Cost price = add_penalty(cost_.route_price_limited(partial.distance, type), load_penalty);
    return partial.forbidden == 0 ? price : add_penalty(price, cost_.forbidden_penalty(partial.forbidden));
}

Cost SearchState::time_cost(const RouteProposal& proposal, int type) const {
    if (ends_by_type_) return time_cost_between_depots(proposal, type);
    DurationSegment total;
    int previous = -1;
    for (const Piece& piece : proposal) {
        const DurationSegment next = segment(piece);
        total = previous < 0
                    ? next
                    : DurationSegment::merge(total, instance_.duration(previous, piece.front()), next);
        previous = piece.back();
    }
    return cost_.time_penalty_on(type, total.time_warp, total.duration);
}

Cost SearchState::time_cost_between_depots(const RouteProposal& proposal, int type) const {
    const VehicleType& vehicle = cost_.vehicle_type(type);
    DurationSegment total = DurationSegment::start(instance_, type);
    int previous = vehicle.start_depot;
    for (const Piece& piece : proposal) {
        const Piece clients{piece.route, std::max(piece.first, 1),
                            std::min(piece.last, piece.route->last() - 1), piece.reversed};
        if (clients.first > clients.last) continue;
        total =
            DurationSegment::merge(total, instance_.duration(previous, clients.front()), segment(clients));
        previous = clients.back();
    }
    total = DurationSegment::merge(total, instance_.duration(previous, vehicle.end_depot),
                                   DurationSegment::end(instance_, type));
    return cost_.time_penalty_on(type, total.time_warp, total.duration);
}

Cost SearchState::time_penalty_change(const RouteProposal& proposal) const {
    if (!time_matters_ || trips_) return 0;
    const RouteData& target = route(proposal.target());
    RouteProposal current(proposal.target());
    current.add(target, 0, target.last());
    return time_cost(proposal, target.type) - time_cost(current, target.type);
}

Cost SearchState::proposal_cost(const RouteProposal& proposal, int type) const {
    if (trips_) return trip_proposal_cost(proposal, type);
    const Partial p = partial(proposal, type);
    if (p.nodes <= 2) return 0;
    const Cost price = partial_cost(p, type);
    return time_matters_ ? price + added_time_cost(price, proposal, type) : price;
}

// Every term below is a capped price (|x| <= kCostCap), so these few-term sums cannot overflow.
Cost SearchState::delta(const RouteProposal& proposal, Cost bound) const {
    const RouteData& target = route(proposal.target());
    if (trips_) return trip_proposal_cost(proposal, target.type) - target.cost;
    const Partial p = partial(proposal, target.type);
    const Cost price = partial_cost(p, target.type);
    const Cost base = price - target.cost;
    if (!time_matters_ || p.nodes <= 2 || base >= bound) return base;
    return base + added_time_cost(price, proposal, target.type);
}

Cost SearchState::delta(const RouteProposal& first, const RouteProposal& second, Cost bound) const {
    const RouteData& target1 = route(first.target());
    const RouteData& target2 = route(second.target());
    if (trips_)
        return trip_proposal_cost(first, target1.type) + trip_proposal_cost(second, target2.type) -
               target1.cost - target2.cost;
    const Partial p1 = partial(first, target1.type);
    const Partial p2 = partial(second, target2.type);
    const Cost price1 = partial_cost(p1, target1.type);
    const Cost price2 = partial_cost(p2, target2.type);
    const Cost base = price1 + price2 - target1.cost - target2.cost;
    if (!time_matters_ || base >= bound) return base;
    Cost result = base;
    if (p1.nodes > 2) result += added_time_cost(price1, first, target1.type);
    if (p2.nodes > 2 && result < bound) result += added_time_cost(price2, second, target2.type);
    return result;
}

std::vector<int> SearchState::clients_of(const RouteProposal& proposal) const {
    std::vector<int> clients;
    // With trips a depot inside a piece's route (not at its ends) is a reload and stays, unless it would
    // open an empty trip: a reload first, last or next to another. Dropping those changes no cost (the
    // depot's loop d(d, d) is 0 and an empty trip waits for no release).
    auto take = [&](const RouteData& route, int k) {
        const int node = route.nodes[static_cast<std::size_t>(k)];
        if (!instance_.is_depot(node))
            clients.push_back(node);
        else if (trips_ && k > 0 && k < route.last() && !clients.empty() &&
                 !instance_.is_depot(clients.back()))
            clients.push_back(node);
    };
    for (const Piece& piece : proposal) {
        if (!piece.reversed) {
            for (int k = piece.first; k <= piece.last; ++k) take(*piece.route, k);
        } else {
            for (int k = piece.last; k >= piece.first; --k) take(*piece.route, k);
        }
    }
    if (trips_ && !clients.empty() && instance_.is_depot(clients.back())) clients.pop_back();
    return clients;
}

void SearchState::commit(const RouteProposal& proposal) {
    const std::vector<int> clients = clients_of(proposal);
    ++moves_;
    rebuild(proposal.target(), clients);
    refresh_empty_route();
}

void SearchState::commit(const RouteProposal& first, const RouteProposal& second) {
    const std::vector<int> clients_first = clients_of(first);
    const std::vector<int> clients_second = clients_of(second);
    ++moves_;
    rebuild(first.target(), clients_first);
    rebuild(second.target(), clients_second);
    refresh_empty_route();
}

void SearchState::refresh_empty_route() {
    empty_routes_.clear();
    if (typed_) return refresh_empty_typed_routes();
    for (std::size_t r = 0; r < routes_.size(); ++r)
        if (routes_[r].empty()) {
            empty_routes_.push_back(static_cast<int>(r));
            return;
        }
    if (grow_ && routes_.size() < routes_.capacity()) {
        add_empty_route(0);
        empty_routes_.push_back(static_cast<int>(routes_.size()) - 1);
    }
}

void SearchState::refresh_empty_typed_routes() {
    const std::vector<VehicleType>& types = instance_.vehicle_types();
    std::vector<int> used(types.size(), 0);
    std::vector<int> empty(types.size(), -1);
    for (std::size_t r = 0; r < routes_.size(); ++r) {
        const auto type = static_cast<std::size_t>(routes_[r].type);
        if (!routes_[r].empty())
            ++used[type];
        else if (empty[type] < 0)
            empty[type] = static_cast<int>(r);
    }
    for (std::size_t t = 0; t < types.size(); ++t) {
        if (types[t].count != 0 && used[t] >= types[t].count) continue;  // every vehicle of the type drives
        if (empty[t] < 0) {
            add_empty_route(static_cast<int>(t));
            empty[t] = static_cast<int>(routes_.size()) - 1;
        }
        empty_routes_.push_back(empty[t]);
    }
}

}  // namespace routekit
