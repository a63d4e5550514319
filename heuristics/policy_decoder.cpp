#include "heuristics/policy_decoder.hpp"

#include <algorithm>
#include <cmath>

#include "routekit/model/error.hpp"

namespace routekit::policy {

double trajectory_log_probability(const PolicyModel& model, std::span<const PolicyStep> steps,
                                  double temperature, double weight, std::span<double> gradient,
                                  ForwardCache& cache) {
    double total = 0;
    for (const PolicyStep& step : steps)
        total += model.log_probability(step.features, step.chosen, temperature, weight, gradient, cache);
    return weight * total;
}

PolicyDecoder::PolicyDecoder(const PolicyContext& context, const PolicyModel& model)
    : context_(context), model_(model), instance_(context.instance()) {
    if (model.input_size() != kFeatureCount) throw InputError("policy weights: wrong feature count");
}

bool PolicyDecoder::fits(int client) const {
    const Instance& in = instance_;
    if (in.has_capacity() && state_.load + in.demand(client) > in.capacity()) return false;
    if (!in.has_time_windows() && !in.has_duration_limit()) return true;
    const Cost arrival =
        std::max(state_.clock + in.duration(state_.current, client), in.window(client).earliest);
    if (arrival > in.window(client).latest) return false;
    const Cost back = arrival + in.service(client) + in.duration(client, 0);
    if (back > in.window(0).latest) return false;
    // Measured from the earliest departure, so it over-estimates the duration: never accepts a violation.
    return !in.has_duration_limit() || back - route_start_ <= in.max_route_duration();
}

void PolicyDecoder::gather(bool feasible_only) {
    candidates_.clear();
    const int k = context_.candidate_count();
    const int c = state_.current;
    const int* list = context_.out_neighbours(c);
    for (int i = 0; i < context_.candidate_list_length() && static_cast<int>(candidates_.size()) < k; ++i) {
        const int j = list[i];
        if (j < 0) break;
        if (visited_[j] || (feasible_only && !fits(j))) continue;
        candidates_.push_back(j);
    }
    if (static_cast<int>(candidates_.size()) == k || context_.out_list_complete(c)) return;
    // The neighbour list ran dry: the k cheapest among all unvisited clients, ties by index as in the list.
    scan_.clear();
    for (int j : pool_)
        if (!feasible_only || fits(j)) scan_.emplace_back(instance_.distance(c, j), j);
    const auto keep = std::min<std::size_t>(static_cast<std::size_t>(k), scan_.size());
    std::partial_sort(scan_.begin(), scan_.begin() + static_cast<long>(keep), scan_.end());
    candidates_.clear();
    for (std::size_t i = 0; i < keep; ++i) candidates_.push_back(scan_[i].second);
}

int PolicyDecoder::choose(const DecodeOptions& options, Rng* rng, DecodeResult& result) {
    const int m = static_cast<int>(candidates_.size());
    if (m == 1) return 0;
    if (options.stop_at_free_choice && free_steps_ >= static_cast<int>(options.forced_choices.size())) {
        result.open_choices = m;
        return -1;
    }
    const int c = state_.current;
    Cost cheapest = kUnlimited;
    // Over clients only: the depot scored against the cheapest client keeps greedy decoding of the untrained
    // policy identical to nearest neighbour.
    for (int j : candidates_)
        if (j != 0) cheapest = std::min(cheapest, instance_.distance(c, j));
    features_.resize(m, kFeatureCount);
    double row[kFeatureCount];
    for (int i = 0; i < m; ++i) {
        const int j = candidates_[i];
        // Clients come cheapest first; the depot's rank is how many clients are cheaper than it.
        int rank = i;
        if (j == 0) {
            const Cost back = instance_.distance(c, 0);
            rank = static_cast<int>(std::count_if(candidates_.begin(), candidates_.end(), [&](int other) {
                return other != 0 && instance_.distance(c, other) < back;
            }));
        }
        candidate_features(context_, state_, j, rank, cheapest, row);
        for (int f = 0; f < kFeatureCount; ++f) features_(i, f) = row[f];
    }

    int chosen = 0;
    if (free_steps_ < static_cast<int>(options.forced_choices.size())) {
        chosen = options.forced_choices[static_cast<std::size_t>(free_steps_)];
        if (chosen < 0 || chosen >= m) throw ParameterError("forced policy choice out of range");
    } else {
        const Eigen::VectorXd& logits = model_.forward(features_, cache_);
        if (options.greedy) {
            logits.maxCoeff(&chosen);
        } else {
            const double top = logits.maxCoeff();
            weights_ = ((logits.array() - top) / options.temperature).exp();
            double draw = uniform_unit(*rng) * weights_.sum();
            chosen = m - 1;
            for (int i = 0; i < m; ++i) {
                draw -= weights_[i];
                if (draw < 0) {
                    chosen = i;
                    break;
                }
            }
        }
    }
    ++free_steps_;
    if (options.record) result.steps.push_back({features_, chosen});
    return chosen;
}

DecodeResult PolicyDecoder::decode(const DecodeOptions& options, Rng* rng) {
    const Instance& in = instance_;
    const int n = in.num_nodes();
    DecodeResult result;
    visited_.assign(static_cast<std::size_t>(n), 0);
    visited_[0] = 1;
    pool_.clear();
    pool_slot_.assign(static_cast<std::size_t>(n), -1);
    for (int j = 1; j < n; ++j) {
        pool_slot_[j] = static_cast<int>(pool_.size());
        pool_.push_back(j);
    }
    free_steps_ = 0;
    state_ = VehicleState{};
    state_.clients_left = n - 1;
    state_.demand_left = in.total_demand();
    state_.visited = visited_.data();
    const bool single = in.single_vehicle();

    while (state_.clients_left > 0) {
        Route route;
        state_.current = 0;
        state_.load = 0;
        state_.clock = in.window(0).earliest;
        route_start_ = state_.clock;
        // The last vehicle of a limited fleet must take everyone left, feasible or not.
        const bool last_vehicle = !single && in.fleet_limited() &&
                                  static_cast<int>(result.solution.routes.size()) + 1 >= in.fleet();
        const bool may_close = !single && !last_vehicle;
        while (state_.clients_left > 0) {
            if (options.first_client > 0 && result.solution.routes.empty() && route.empty()) {
                if (options.first_client >= n)
                    throw ParameterError("policy decoding: first client out of range");
                candidates_.assign(1, options.first_client);  // one candidate: not a choice, not recorded
            } else {
                gather(true);
            }
            if (candidates_.empty()) {
                if (!route.empty() && may_close) break;
                // Nothing fits: an empty vehicle meets a client it cannot serve on time, or the last vehicle
                // is full. Serve a client anyway; the checker reports the violation and the search repairs
                // it.
                gather(false);
            }
            if (!route.empty() && may_close) candidates_.push_back(0);
            const int index = choose(options, rng, result);
            if (index < 0) return result;
            const int next = candidates_[static_cast<std::size_t>(index)];
            if (next == 0) break;
            const int c = state_.current;
            state_.clock =
                std::max(state_.clock + in.duration(c, next), in.window(next).earliest) + in.service(next);
            state_.load += in.demand(next);
            state_.demand_left -= in.demand(next);
            state_.current = next;
            --state_.clients_left;
            visited_[next] = 1;
            const int slot = pool_slot_[next];
            pool_[slot] = pool_.back();
            pool_slot_[pool_[slot]] = slot;
            pool_.pop_back();
            route.push_back(next);
        }
        result.solution.routes.push_back(std::move(route));
    }
    return result;
}

}  // namespace routekit::policy
