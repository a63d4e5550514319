#pragma once
// Matrix-only features of the learned construction policy. Nothing here reads coordinates: the policy must
// work on explicit asymmetric matrices (road networks, ATSP) exactly as on Euclidean ones.
#include <array>
#include <string_view>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit::policy {

/// One feature per column of a candidate row; the order is part of the weights file format.
enum Feature : int {
    kCost,            ///< d(c,j) / scale
    kRelativeCost,    ///< max(0, d(c,j) - cheapest client) / scale: the nearest-neighbour signal
    kOutRank,         ///< rank of j among the current node's candidates / k
    kInRank,          ///< how many predecessors reach j cheaper than c does / in-list length
    kAsymmetry,       ///< (d(c,j) - d(j,c)) / (d(c,j) + d(j,c))
    kSavings,         ///< (d(c,0) + d(0,j) - d(c,j)) / scale: what linking c to j saves over the depot
    kReturnCost,      ///< d(j,0) / scale
    kCurrentToDepot,  ///< d(c,0) / scale
    kDemandShare,     ///< demand(j) / remaining capacity of the vehicle
    kLoadShare,       ///< load so far / capacity
    kWindowSlack,     ///< (latest(j) - arrival at j) / horizon; 1 without windows
    kWaiting,         ///< waiting before j opens / horizon
    kClientsLeft,     ///< share of clients not yet served
    kLogSize,         ///< log(n) / log(1000)
    kIsDepot,         ///< 1 for the "return to depot" candidate
    kRouteStart,      ///< 1 while the vehicle is still at the depot
    kLastTrip,        ///< remaining capacity / remaining demand, capped at 1: is this the last route?
    kFromDepot,       ///< d(0,j) / scale
    kIsolation,       ///< cost from j to its nearest other unserved client / scale: left now, stranded later?
    kNeighbourhood,   ///< share of j's k nearest successors still unserved
    kFeatureEnd
};

inline constexpr int kFeatureCount = static_cast<int>(Feature::kFeatureEnd);

/// The names written next to the weights, so that a file trained on another feature set is refused.
std::array<std::string_view, kFeatureCount> feature_names();

/// Per-instance data the features need, computed once and shared read-only by every decoding.
class PolicyContext {
  public:
    /// `candidate_count` is k: how many successors the policy scores besides the depot.
    PolicyContext(const Instance& instance, int candidate_count);

    const Instance& instance() const { return instance_; }
    int candidate_count() const { return candidate_count_; }
    /// The typical cost of a short hop (mean distance to the k nearest successors): costs are divided by it.
    double scale() const { return scale_; }
    /// Time normalisation: the depot's window length, 1 without windows.
    double horizon() const { return horizon_; }
    double log_size() const { return log_size_; }
    /// Successors of `node` (the depot excluded), cheapest first, ties by index; candidate_list_length()
    /// entries, padded with -1 when the instance has fewer clients.
    const int* out_neighbours(int node) const {
        return out_.data() + static_cast<std::size_t>(node) * candidate_length_;
    }
    int candidate_list_length() const { return candidate_length_; }
    /// Whether out_neighbours(node) holds every client but `node`: no full scan can find more.
    bool out_list_complete(int node) const { return clients_besides(node) <= candidate_length_; }
    /// How far the features look into neighbour lists (in_rank, isolation, neighbourhood). Fixed apart from
    /// the candidate lists, whose length is a speed trade-off only: the trained weights depend on this one.
    int list_length() const { return length_; }
    bool feature_list_complete(int node) const { return clients_besides(node) <= length_; }
    /// How many nodes reach `node` at a cost below `cost` (counted among its list_length() cheapest
    /// predecessors, so capped at list_length()).
    int in_rank(int node, Cost cost) const;

  private:
    int clients_besides(int node) const {
        return node == 0 ? instance_.num_clients() : instance_.num_clients() - 1;
    }
    const Instance& instance_;
    int candidate_count_;
    int length_;
    int candidate_length_;
    double scale_ = 1;
    double horizon_ = 1;
    double log_size_ = 0;
    std::vector<int> out_;        // n * candidate_length_
    std::vector<Cost> in_costs_;  // n * length_, ascending per node
};

/// The state of the vehicle being routed when the next node is chosen.
struct VehicleState {
    int current = 0;
    Cost load = 0;
    Cost clock = 0;                 ///< time at which the vehicle leaves `current`
    int clients_left = 0;           ///< clients not yet served
    Cost demand_left = 0;           ///< their total demand
    const char* visited = nullptr;  ///< per node: served already (the depot counts as served)
};

/// Writes the kFeatureCount features of moving from state.current to `candidate` (0: back to the depot).
/// `rank` is the candidate's position among the cheapest successors, `cheapest` the lowest candidate cost.
void candidate_features(const PolicyContext& context, const VehicleState& state, int candidate, int rank,
                        Cost cheapest, double* out);

}  // namespace routekit::policy
