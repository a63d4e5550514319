#include "heuristics/policy_features.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace routekit::policy {

std::array<std::string_view, kFeatureCount> feature_names() {
    return {"cost",         "relative_cost", "out_rank",         "in_rank",      "asymmetry",
            "savings",      "return_cost",   "current_to_depot", "demand_share", "load_share",
            "window_slack", "waiting",       "clients_left",     "log_size",     "is_depot",
            "route_start",  "last_trip",     "from_depot",       "isolation",    "neighbourhood"};
}

namespace {

// How deep the features look (part of what the weights were trained on).
int feature_depth_for(int num_nodes, int candidate_count) {
    return std::max(0, std::min(num_nodes - 1, std::max(2 * candidate_count, 24)));
}

// Long enough that the k cheapest feasible successors are usually found without a scan of every unserved
// client, which dominated decoding time with shorter lists.
int candidate_length_for(int num_nodes, int candidate_count) {
    return std::max(0, std::min(num_nodes - 1, std::max(5 * candidate_count, 48)));
}

}  // namespace

PolicyContext::PolicyContext(const Instance& instance, int candidate_count)
    : instance_(instance),
      candidate_count_(candidate_count),
      length_(feature_depth_for(instance.num_nodes(), candidate_count)),
      candidate_length_(std::max(length_, candidate_length_for(instance.num_nodes(), candidate_count))) {
    const int n = instance.num_nodes();
    out_.assign(static_cast<std::size_t>(n) * candidate_length_, -1);
    in_costs_.assign(static_cast<std::size_t>(n) * length_, 0);
    std::vector<int> order;
    std::vector<Cost> column;
    double hop_sum = 0;
    std::size_t hop_count = 0;
    for (int i = 0; i < n; ++i) {
        const auto cost = [&instance, i](int j) { return instance.distance(i, j); };
        order.clear();
        for (int j = 1; j < n; ++j)
            if (j != i) order.push_back(j);
        const auto by_cost = [&cost](int a, int b) { return cost(a) != cost(b) ? cost(a) < cost(b) : a < b; };
        const auto keep = std::min<std::size_t>(static_cast<std::size_t>(candidate_length_), order.size());
        std::partial_sort(order.begin(), order.begin() + static_cast<long>(keep), order.end(), by_cost);
        std::copy_n(order.begin(), keep, out_.begin() + static_cast<long>(i) * candidate_length_);
        const auto hops = std::min<std::size_t>(static_cast<std::size_t>(candidate_count), keep);
        for (std::size_t h = 0; h < hops; ++h) hop_sum += static_cast<double>(cost(order[h]));
        hop_count += hops;

        column.clear();
        for (int p = 0; p < n; ++p)
            if (p != i) column.push_back(instance.distance(p, i));
        const auto keep_in = std::min<std::size_t>(static_cast<std::size_t>(length_), column.size());
        std::partial_sort(column.begin(), column.begin() + static_cast<long>(keep_in), column.end());
        std::copy_n(column.begin(), keep_in, in_costs_.begin() + static_cast<long>(i) * length_);
        // A short column (tiny instance) is padded with "unreachable" so that ranks stay correct.
        std::fill(in_costs_.begin() + static_cast<long>(i) * length_ + static_cast<long>(keep_in),
                  in_costs_.begin() + static_cast<long>(i + 1) * length_, kUnlimited);
    }
    if (hop_count > 0 && hop_sum > 0) scale_ = hop_sum / static_cast<double>(hop_count);
    if (instance.has_time_windows()) {
        const TimeWindow& depot = instance.window(0);
        horizon_ = std::max<double>(1.0, static_cast<double>(depot.latest - depot.earliest));
    }
    log_size_ = std::log(static_cast<double>(std::max(n, 2))) / std::log(1000.0);
}

int PolicyContext::in_rank(int node, Cost cost) const {
    const Cost* costs = in_costs_.data() + static_cast<std::size_t>(node) * length_;
    return static_cast<int>(std::lower_bound(costs, costs + length_, cost) - costs);
}

void candidate_features(const PolicyContext& context, const VehicleState& state, int candidate, int rank,
                        Cost cheapest, double* out) {
    const Instance& instance = context.instance();
    const int c = state.current;
    const int j = candidate;
    const double scale = context.scale();
    const Cost d_cj = instance.distance(c, j);
    const Cost d_jc = instance.distance(j, c);
    const bool depot = j == 0;

    out[kCost] = static_cast<double>(d_cj) / scale;
    // Never negative, even for a depot closer than every client: the untrained policy then still prefers the
    // cheapest client, as nearest neighbour does (kCost and kCurrentToDepot keep the information).
    out[kRelativeCost] = static_cast<double>(std::max<Cost>(0, d_cj - cheapest)) / scale;
    out[kOutRank] = static_cast<double>(rank) / static_cast<double>(std::max(1, context.candidate_count()));
    out[kInRank] = static_cast<double>(context.in_rank(j, d_cj)) /
                   static_cast<double>(std::max(1, context.list_length()));
    out[kAsymmetry] =
        d_cj + d_jc > 0 ? static_cast<double>(d_cj - d_jc) / static_cast<double>(d_cj + d_jc) : 0;
    out[kSavings] =
        (depot || c == 0)
            ? 0.0
            : static_cast<double>(instance.distance(c, 0) + instance.distance(0, j) - d_cj) / scale;
    out[kReturnCost] = static_cast<double>(instance.distance(j, 0)) / scale;
    out[kCurrentToDepot] = static_cast<double>(instance.distance(c, 0)) / scale;

    if (instance.has_capacity() && instance.capacity() > 0) {
        const Cost remaining = instance.capacity() - state.load;
        out[kDemandShare] = depot ? 0.0
                                  : static_cast<double>(instance.demand(j)) /
                                        static_cast<double>(std::max<Cost>(1, remaining));
        out[kLoadShare] = static_cast<double>(state.load) / static_cast<double>(instance.capacity());
        out[kLastTrip] =
            state.demand_left > 0
                ? std::min(1.0, static_cast<double>(remaining) / static_cast<double>(state.demand_left))
                : 1.0;
    } else {
        out[kDemandShare] = 0;
        out[kLoadShare] = 0;
        out[kLastTrip] = 1;
    }

    if (instance.has_time_windows()) {
        const double horizon = context.horizon();
        const Cost reach = state.clock + instance.duration(c, j);
        const TimeWindow& window = instance.window(j);
        out[kWindowSlack] = std::clamp(static_cast<double>(window.latest - reach) / horizon, -1.0, 1.0);
        out[kWaiting] = std::clamp(static_cast<double>(window.earliest - reach) / horizon, 0.0, 1.0);
    } else {
        out[kWindowSlack] = 1;
        out[kWaiting] = 0;
    }
    out[kClientsLeft] =
        static_cast<double>(state.clients_left) / static_cast<double>(std::max(1, instance.num_clients()));
    out[kLogSize] = context.log_size();
    out[kIsDepot] = depot ? 1.0 : 0.0;
    out[kRouteStart] = c == 0 ? 1.0 : 0.0;

    out[kFromDepot] = depot ? 0.0 : static_cast<double>(instance.distance(0, j)) / scale;
    out[kIsolation] = 0;
    out[kNeighbourhood] = 0;
    if (!depot) {
        // Walks j's neighbour list only: when every listed client is served, the last listed cost is a lower
        // bound on the true isolation, which is what matters (j is far from the rest).
        const int* list = context.out_neighbours(j);
        const int k = std::min(context.candidate_count(), context.list_length());
        int unserved_near = 0;
        Cost nearest = -1;
        for (int i = 0; i < context.list_length() && list[i] >= 0; ++i) {
            const bool open = !state.visited[list[i]];
            if (i < k) unserved_near += open ? 1 : 0;
            if (open && nearest < 0) nearest = instance.distance(j, list[i]);
            if (nearest >= 0 && i >= k) break;
            if (nearest < 0 && (i + 1 == context.list_length() || list[i + 1] < 0) &&
                !context.feature_list_complete(j))
                nearest = instance.distance(j, list[i]);
        }
        out[kIsolation] = nearest < 0 ? 0.0 : static_cast<double>(nearest) / scale;
        out[kNeighbourhood] = static_cast<double>(unserved_near) / static_cast<double>(std::max(1, k));
    }
}

}  // namespace routekit::policy
