#pragma once
// The local search's view of a solution: per-route prefix data that prices any route assembled from
// pieces of existing routes in O(1) per piece, and the bookkeeping (positions, modification stamps) the
// driver needs. Every operator describes its move as at most two RouteProposals; evaluating and applying
// the same proposals keeps the predicted delta and the applied change identical by construction.
#include <algorithm>
#include <array>
#include <vector>

#include "heuristics/duration_segment.hpp"
#include "heuristics/load_segment.hpp"
#include "heuristics/trip_segment.hpp"
#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/load.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// What an evaluation reads at a route position, packed so that a piece touches two cache lines.
struct RoutePosition {
    int node = 0;
    Cost distance_forward = 0;   ///< distance of nodes[0] -> ... -> nodes[k]
    Cost distance_backward = 0;  ///< distance of nodes[k] -> ... -> nodes[0]
    Cost load_before = 0;        ///< demand of nodes[0..k-1]
    Cost load_through = 0;       ///< demand of nodes[0..k]
};

/// The four cumulative arrays of one kind of segment over a route's positions.
template <class Segment>
struct SegmentArrays {
    std::vector<Segment> prefix;           ///< [k]: nodes[0..k]
    std::vector<Segment> suffix;           ///< [k]: nodes[k..last]
    std::vector<Segment> reversed_prefix;  ///< [k]: nodes[k], ..., nodes[0]
    std::vector<Segment> reversed_suffix;  ///< [k]: nodes[last], ..., nodes[k]
};

/// One route with its vehicle type's depots at both ends (positions 0 and last()) and its cumulative data.
/// The time data is filled only when time matters (windows or a duration limit). With several depots or
/// shifts (SearchState::ends_by_type) the DurationSegments cover the clients only (prefix[k]: nodes[1..k],
/// suffix[k]: nodes[k..last-1]), because a proposal's depots are its target's, not its pieces' routes'.
struct RouteData {
    std::vector<int> nodes;
    std::vector<RoutePosition> positions;
    std::vector<Cost> time_forward;                ///< [k]: travel time of nodes[0] -> ... -> nodes[k]
    std::vector<Cost> time_backward;               ///< [k]: travel time of nodes[k] -> ... -> nodes[0]
    std::vector<Cost> service;                     ///< [k]: service time of the clients among nodes[0..k]
    std::vector<DurationSegment> prefix;           ///< [k]: nodes[0..k]
    std::vector<DurationSegment> suffix;           ///< [k]: nodes[k..last]
    std::vector<DurationSegment> reversed_prefix;  ///< [k]: nodes[k], nodes[k-1], ..., nodes[0]
    std::vector<DurationSegment> reversed_suffix;  ///< [k]: nodes[last], ..., nodes[k]
    /// With site dependence, [k * types + t]: how many of nodes[0..k] a vehicle of type t may not serve.
    std::vector<int> forbidden;
    /// The load profile, filled only when clients have pickups (else the load is the demand summed above),
    /// with one load dimension; with several, multi_load_segments instead.
    SegmentArrays<LoadSegment> load_segments;
    SegmentArrays<MultiLoadSegment> multi_load_segments;
    /// With several load dimensions, [k]: the demand of nodes[0..k] in every dimension (positions carry
    /// dimension 0 alone, which the operators' bounds read).
    std::vector<Load> load_all;
    /// Load and time by trip, filled only with reloads or release times (SearchState::trips()), with one
    /// load dimension; with several, multi_trip_segments instead.
    SegmentArrays<TripSegment> trip_segments;
    SegmentArrays<MultiTripSegment> multi_trip_segments;
    Cost cost = 0;  ///< penalized cost under the state's CostEvaluator
    int type = 0;   ///< the vehicle type driving it (0 with one type)
    // Copies of the whole route's totals, next to `cost` so that the move bounds read one cache line.
    Cost total_distance = 0;  ///< positions.back().distance_forward
    Cost total_load = 0;      ///< positions.back().load_through: the demand, a lower bound of the peak load
    Cost penalty =
        0;  ///< cost - its vehicle's price of total_distance: load, time-warp and duration penalties
    long long modified = 0;  ///< the state's move counter when this route last changed

    int last() const { return static_cast<int>(nodes.size()) - 1; }
    int num_clients() const { return static_cast<int>(nodes.size()) - 2; }
    bool empty() const { return nodes.size() == 2; }
    Cost load() const { return total_load; }
    /// Travel distance of the whole route (depot to depot).
    Cost distance() const { return total_distance; }
    int node(int k) const { return positions[static_cast<std::size_t>(k)].node; }
    /// Distance along nodes[first] -> ... -> nodes[last]: the operators' bounds read the edges a move
    /// removes here, next to the nodes, instead of from the matrix, where nearly every load misses the cache.
    Cost distance_between(int first, int last) const {
        return positions[static_cast<std::size_t>(last)].distance_forward -
               positions[static_cast<std::size_t>(first)].distance_forward;
    }
    Cost load_between(int first, int last) const {
        return positions[static_cast<std::size_t>(last)].load_through -
               positions[static_cast<std::size_t>(first)].load_before;
    }
};

/// A contiguous run of one route's positions, possibly traversed backwards.
struct Piece {  // trivial on purpose: proposals are built per evaluation and never zero-filled
    const RouteData* route;
    int first;  ///< positions first..last, inclusive, first <= last
    int last;
    bool reversed;
    int front() const { return route->positions[static_cast<std::size_t>(reversed ? last : first)].node; }
    int back() const { return route->positions[static_cast<std::size_t>(reversed ? first : last)].node; }
};

/// A candidate new content for route `target`: a concatenation of pieces that starts and ends at a depot.
/// The depots are always the target vehicle's: a piece's depot positions stand for them (only its clients
/// count when the depots differ).
class RouteProposal {
  public:
    explicit RouteProposal(int target) : target_(target) {}
    /// Appends positions first..last of `route` (nothing when first > last).
    RouteProposal& add(const RouteData& route, int first, int last) {
        if (first <= last) pieces_[count_++] = {&route, first, last, false};
        return *this;
    }
    /// Appends positions last, last-1, ..., first of `route` (nothing when first > last).
    RouteProposal& add_reversed(const RouteData& route, int first, int last) {
        if (first <= last) pieces_[count_++] = {&route, first, last, true};
        return *this;
    }
    int target() const { return target_; }
    const Piece* begin() const { return pieces_.data(); }
    const Piece* end() const { return pieces_.data() + count_; }

  private:
    int target_;
    int count_ = 0;
    std::array<Piece, 7> pieces_;
};

class SearchState {
  public:
    explicit SearchState(const Instance& instance);

    /// Takes `solution`'s routes, padded with empty routes to `route_slots`. With `grow` set, an empty
    /// route is kept available at all times (an unlimited fleet). With several vehicle types the solution is
    /// positional (model/vehicle_assignment.hpp), route_slots and grow are not used, and one empty route of
    /// each type with a vehicle left is kept available at all times.
    void load(const Solution& solution, const PenaltyWeights& weights, int route_slots, bool grow);
    /// The non-empty routes, in route order; positional with several vehicle types.
    Solution solution() const;

    const Instance& instance() const { return instance_; }
    /// Prices every route and proposal of this state (the weights of the last load()).
    const CostEvaluator& cost_evaluator() const { return cost_; }
    int num_routes() const { return static_cast<int>(routes_.size()); }
    const RouteData& route(int r) const { return routes_[static_cast<std::size_t>(r)]; }
    /// The route serving `client`; -1 for an optional client left out.
    int route_of(int client) const { return route_of_[static_cast<std::size_t>(client)]; }
    int position_of(int client) const { return position_of_[static_cast<std::size_t>(client)]; }
    /// Some empty route, or -1 when every route is in use.
    int empty_route() const { return empty_routes_.empty() ? -1 : empty_routes_.front(); }
    /// One empty route of each vehicle type with a vehicle left (with one type: empty_route() alone).
    const std::vector<int>& empty_routes() const { return empty_routes_; }
    long long moves() const { return moves_; }
    /// Marks route r as part of a known local optimum: its `modified` stamp is put before every test, so
    /// that the driver skips pairs of such routes until a move changes one of them.
    void mark_settled(int r) { routes_[static_cast<std::size_t>(r)].modified = kSettled; }
    static constexpr long long kSettled = -2;
    /// How many times load() was called: with a route's `modified` stamp, identifies its content.
    long long loads() const { return loads_; }
    /// The routes' penalized costs plus the prizes of the clients left out.
    Cost total_cost() const;
    /// The prizes of the optional clients no route serves.
    Cost unvisited_prizes() const { return unvisited_prizes_; }

    /// A route of its own (depot, `client`, depot) for an optional client left out, whose position 1 a
    /// proposal may take as a piece (inserting the client); valid until the next call.
    const RouteData& loose_route(int client);
    /// Commits `proposal`, which serves `client` (left out until now).
    void commit_insertion(const RouteProposal& proposal, int client);
    /// Commits `proposal`, which no longer serves `clients`.
    void commit_removal(const RouteProposal& proposal, const std::vector<int>& clients);
    /// Commits `first` (and `second` unless its target is -1), which serve `inserted` (left out until now)
    /// instead of `removed`.
    void commit_exchange(const RouteProposal& first, const RouteProposal& second, int removed, int inserted);

    /// Whether time windows or a duration limit make the time part of a route's cost positive.
    bool time_matters() const { return time_matters_; }
    /// Change of the time penalties (time warp and excess duration) alone if `proposal` replaced its target
    /// route, O(1) per piece like delta(); 0 when time does not matter or with trips() (their time is priced
    /// with their load). SWAP*'s time-aware estimate reads it.
    Cost time_penalty_change(const RouteProposal& proposal) const;
    /// Penalized cost change if the proposals replaced their target routes. When the change is at least
    /// `bound` the value returned may be any lower bound of it that is itself at least `bound` (used to
    /// skip the time-window work for moves that cannot improve); with the default it is always exact.
    Cost delta(const RouteProposal& proposal, Cost bound = kUnlimited) const;
    Cost delta(const RouteProposal& first, const RouteProposal& second, Cost bound = kUnlimited) const;
    /// Replaces the target routes by the proposals.
    void commit(const RouteProposal& proposal);
    void commit(const RouteProposal& first, const RouteProposal& second);

    /// Whether the operators' O(1) lower bounds are sound: they price an emptied route as its depot loop
    /// and assume non-negative penalties (CostEvaluator rejects negative weights): true unless an instance
    /// has d(0, 0) != 0.
    bool bounds_usable() const { return bounds_usable_; }
    /// Load penalty of `route` carrying `load` (of two routes carrying `load_a` and `load_b`), at their
    /// vehicles' capacities. With trips() a route's load is not its trips' loads: 0, the penalty's lower
    /// bound, which keeps the operators' bounds sound.
    Cost load_penalty(const RouteData& route, Cost load) const {
        return trips_ ? 0 : cost_.load_penalty_on(route.type, load);
    }
    Cost load_penalty(const RouteData& a, Cost load_a, const RouteData& b, Cost load_b) const {
        return trips_ ? 0 : cost_.load_penalty_on(a.type, load_a, b.type, load_b);
    }
    /// The penalty part of a route's cost (load, time warp and duration): what a move may at most save
    /// beyond the distance it saves, the new routes' penalties being non-negative.
    Cost penalty(const RouteData& route) const { return route.penalty; }

    /// Penalized cost of `route` as a whole, from its cumulative data.
    Cost route_cost(const RouteData& route) const;
    /// Time-window data of a piece: O(1) for prefixes, suffixes and anything without windows; inner
    /// pieces with windows are concatenated visit by visit (only reached once the O(1) distance-and-load
    /// bound has not ruled the move out). With ends_by_type() the piece must hold clients only.
    DurationSegment segment(const Piece& piece) const;
    /// Several depots or vehicle shifts: a route's ends depend on its vehicle type, so proposals are priced
    /// from their pieces' clients between the target type's depots.
    bool ends_by_type() const { return ends_by_type_; }
    /// Load data of a piece (only with pickups; Amount Cost with one load dimension, Load with several): O(1)
    /// for prefixes and suffixes, inner pieces visit by visit.
    template <class Amount>
    BasicLoadSegment<Amount> load_segment(const Piece& piece) const;
    /// Multi-trip routes or release times: a route may hold reload depots between its clients, each trip's
    /// load is its own and a trip leaves its depot once its clients are released (TripSegment). Proposals
    /// are then priced exactly through trip segments, and the operators' O(1) bounds leave the load out.
    bool trips() const { return trips_; }
    /// Load and time data of a piece (only with trips(); Amount as for load_segment), O(1) for prefixes and
    /// suffixes.
    template <class Amount>
    BasicTripSegment<Amount> trip_segment(const Piece& piece) const;
    /// A route (depot, reload depot, depot) whose position 1 a proposal takes as a piece to add a reload.
    const RouteData& reload_route(int depot);

  private:
    struct Partial {
        Cost distance = 0;
        Cost load = 0;
        int nodes = 0;
        int forbidden = 0;  ///< clients the target's vehicle type may not serve
        Cost excess = 0;    ///< with several load dimensions: the load above the target type's capacities
    };
    Partial partial(const RouteProposal& proposal, int type) const;
    Partial partial_between_depots(const RouteProposal& proposal, int type) const;
    int forbidden_visits(const RouteProposal& proposal, int type) const;
    /// With several load dimensions: the proposal's load above a vehicle of `type`'s capacities.
    Cost excess_load(const RouteProposal& proposal, int type) const;
    /// The peak load of a proposal whose clients have pickups (per dimension when Amount is a Load).
    template <class Amount>
    Amount peak_load(const RouteProposal& proposal) const;
    Cost partial_cost(const Partial& partial, int type) const;
    Cost time_cost(const RouteProposal& proposal, int type) const;
    Cost time_cost_between_depots(const RouteProposal& proposal, int type) const;
    /// What the time penalty adds to a price as it saturates, so that a delta is exactly the change of the
    /// routes' (capped) costs, even for routes priced at the cap. Inline: it runs per evaluated move.
    Cost added_time_cost(Cost partial_price, const RouteProposal& proposal, int type) const {
        return add_penalty(partial_price, time_cost(proposal, type)) - partial_price;
    }
    Cost proposal_cost(const RouteProposal& proposal, int type) const;
    Cost trip_proposal_cost(const RouteProposal& proposal, int type) const;
    template <class Amount>
    Cost trip_proposal_cost_in(const RouteProposal& proposal, int type) const;
    void rebuild_trip_data(RouteData& route) const;
    void rebuild(int r, const std::vector<int>& clients);
    /// Fills `route`'s nodes and cumulative data (not the client index) for `clients`.
    void fill(RouteData& route, const std::vector<int>& clients) const;
    void rebuild_load_data(RouteData& route) const;
    void load_typed(const Solution& solution);
    /// Appends an empty route of `type`.
    void add_empty_route(int type);
    void rebuild_time_data(RouteData& route) const;
    std::vector<int> clients_of(const RouteProposal& proposal) const;
    void refresh_empty_route();
    void refresh_empty_typed_routes();
    void count_unvisited_prizes();

    const Instance& instance_;
    CostEvaluator cost_;
    bool time_matters_ = false;  ///< time windows or a duration limit: the time part of the cost can be > 0
    bool ends_by_type_ = false;  ///< several depots or shifts (see ends_by_type())
    bool site_dependent_ = false;
    bool pickups_ = false;     ///< some client has a pickup: the load is a profile (LoadSegment)
    bool trips_ = false;       ///< reloads or release times: see trips()
    bool multi_load_ = false;  ///< several load dimensions: Partial::excess prices the load
    int num_types_ = 1;
    Cost unvisited_prizes_ = 0;
    RouteData loose_;   ///< loose_route()'s
    RouteData reload_;  ///< reload_route()'s
    bool grow_ = false;
    bool bounds_usable_ = false;
    std::vector<RouteData> routes_;
    std::vector<int> route_of_;
    std::vector<int> position_of_;
    std::vector<int> empty_routes_;
    bool typed_ = false;  ///< several vehicle types: positional solutions, one empty route per type
    long long moves_ = 0;
    long long loads_ = 0;
};

}  // namespace routekit
