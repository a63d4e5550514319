#include <string>

#include "heuristics/edge_prior.hpp"
#include "heuristics/policy_decoder.hpp"
#include "heuristics/savings.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

struct Constructor::Prepared {
    const Instance& instance;
    std::vector<Saving> savings;  ///< savings, learned-savings: the candidates every merge order sorts
    std::vector<double> bonuses;  ///< learned-savings: what the edge prior adds to each candidate's key
    std::string sampling;         ///< learned-savings: how randomized constructions weigh it
    std::optional<policy::PolicyModel> model;      ///< learned: the weights
    std::optional<policy::PolicyContext> context;  ///< learned: neighbour lists and scales
};

Constructor::Constructor(const Instance& instance, std::string_view method, const std::string& policy_file)
    : method_(method) {
    auto prepared = std::make_unique<Prepared>(Prepared{instance, {}, {}, {}, {}, {}});
    if (method == "savings") {
        prepared->savings = savings_candidates(instance);
    } else if (method == "learned-savings") {
        // The merge order of savings biased by the learned edge prior (`policy_file` names its weights).
        prepared->savings = savings_candidates(instance);
        const prior::EdgePriorModel model = prior::load_edge_prior(policy_file);
        prepared->bonuses = prior::edge_bonuses(instance, prepared->savings, model, model.lambda());
        prepared->sampling = model.sampling();
    } else if (method == "learned") {
        prepared->model.emplace(load_policy_model(policy_file));
        prepared->context.emplace(instance, prepared->model->candidate_count());
    } else if (method != "nn" && method != "regret") {
        throw ParameterError("unknown construction method " + std::string(method) +
                             "; expected nn, savings, regret, learned or learned-savings");
    }
    prepared_ = std::move(prepared);
}

Constructor::~Constructor() = default;
Constructor::Constructor(Constructor&&) noexcept = default;

Solution Constructor::build(Rng* rng) const {
    const Instance& instance = prepared_->instance;
    if (method_ == "nn") return nearest_neighbour(instance, rng);
    if (method_ == "savings") return savings(instance, prepared_->savings, rng);
    if (method_ == "learned-savings") {
        const std::string& sampling = prepared_->sampling;
        const double share = !rng || sampling == "fixed" ? 1.0
                             : sampling == "uniform"     ? uniform_unit(*rng)
                                                         : 0.0;
        std::vector<Saving> keyed = prepared_->savings;
        prior::set_sort_keys(keyed, prepared_->bonuses, share);
        return savings(instance, keyed, rng);
    }
    if (method_ == "regret") return regret_insertion(instance, rng);
    // The decoder holds per-decoding buffers: one per call keeps build() thread-safe.
    policy::PolicyDecoder decoder(*prepared_->context, *prepared_->model);
    policy::DecodeOptions options;
    options.greedy = rng == nullptr;
    // A sampled construction starts at a client drawn at random, as the policy's rollouts do in training
    // (POMO's starts): the population's constructions differ from their first step on.
    if (rng && instance.num_nodes() > 1)
        options.first_client =
            1 + static_cast<int>(uniform_below(*rng, static_cast<std::uint64_t>(instance.num_nodes() - 1)));
    return decoder.decode(options, rng).solution;
}

Solution construct(const Instance& instance, std::string_view method, Rng* rng) {
    return Constructor(instance, method).build(rng);
}

}  // namespace routekit
