// The policy's analytic gradients against central finite differences: each layer, the REINFORCE objective
// along fixed sampled trajectories, and the exact expected-cost gradient of a small instance enumerated
// trajectory by trajectory.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <vector>

#include "heuristics/policy_decoder.hpp"
#include "routekit/model/penalty.hpp"

namespace routekit {
namespace {

using policy::DecodeOptions;
using policy::ForwardCache;
using policy::PolicyContext;
using policy::PolicyDecoder;
using policy::PolicyModel;
using policy::PolicyStep;

// A model whose every parameter matters: the untrained one has a zero output layer.
PolicyModel perturbed_model(std::uint64_t seed) {
    PolicyModel model = PolicyModel::initial(6, {5, 4}, seed);
    Rng rng(seed + 100);
    for (double& p : model.parameters()) p += 0.5 * (2 * uniform_unit(rng) - 1);
    // Make returning to the depot a real choice (the skip weights come last).
    model.parameters()[model.parameters().size() - policy::kFeatureCount + policy::kIsDepot] = 0;
    return model;
}

// Central differences of f at every parameter, compared with `analytic`.
template <class Objective>
void expect_matches_finite_differences(PolicyModel& model, Objective f, const std::vector<double>& analytic) {
    const double h = 1e-6;
    ASSERT_EQ(analytic.size(), model.parameters().size());
    // Under the sanitizers every third parameter is enough (each layer still gets dozens).
    const std::size_t stride = std::getenv("ROUTEKIT_SANITIZED") ? 3 : 1;
    for (std::size_t i = 0; i < analytic.size(); i += stride) {
        double& p = model.parameters()[i];
        const double saved = p;
        p = saved + h;
        const double up = f();
        p = saved - h;
        const double down = f();
        p = saved;
        const double numeric = (up - down) / (2 * h);
        EXPECT_NEAR(analytic[i], numeric, 1e-6 * std::max(1.0, std::abs(numeric))) << "parameter " << i;
    }
}

// An asymmetric CVRP on five nodes where capacity forces returns to the depot.
Instance five_nodes() {
    InstanceData data;
    data.name = "five";
    data.kind = ProblemKind::acvrp;
    data.num_nodes = 5;
    data.distance = {0,  12, 30, 25, 18,  //
                     14, 0,  9,  28, 20,  //
                     27, 11, 0,  8,  26,  //
                     22, 31, 10, 0,  7,   //
                     16, 24, 29, 9,  0};
    data.demand = {0, 4, 3, 5, 2};
    data.capacity = 9;
    return Instance(std::move(data));
}

TEST(LearnGradient, EveryLayerMatchesFiniteDifferences) {
    PolicyModel model = perturbed_model(1);
    Rng rng(2);
    Eigen::MatrixXd x(7, model.input_size());
    Eigen::VectorXd weights(7);
    for (int r = 0; r < x.rows(); ++r) {
        weights[r] = 2 * uniform_unit(rng) - 1;
        for (int c = 0; c < x.cols(); ++c) x(r, c) = 2 * uniform_unit(rng) - 1;
    }
    ForwardCache cache;
    const auto objective = [&] { return weights.dot(model.forward(x, cache)); };
    objective();
    std::vector<double> analytic(static_cast<std::size_t>(model.num_parameters()), 0.0);
    model.backward(cache, weights, analytic);
    expect_matches_finite_differences(model, objective, analytic);
}

TEST(LearnGradient, ReinforceObjectiveAlongSampledTrajectories) {
    PolicyModel model = perturbed_model(3);
    const Instance instance = five_nodes();
    const PolicyContext context(instance, model.candidate_count());
    PolicyDecoder decoder(context, model);
    Rng rng(4);
    // Four sampled trajectories and their advantages against the shared mean-cost baseline.
    std::vector<std::vector<PolicyStep>> trajectories;
    std::vector<double> costs;
    bool depot_chosen = false;
    for (int s = 0; s < 4; ++s) {
        DecodeOptions options;
        options.record = true;
        auto result = decoder.decode(options, &rng);
        costs.push_back(static_cast<double>(solution_distance(instance, result.solution)));
        for (const PolicyStep& step : result.steps)
            depot_chosen |= step.features(step.chosen, policy::kIsDepot) == 1.0;
        trajectories.push_back(std::move(result.steps));
    }
    EXPECT_TRUE(depot_chosen) << "the trajectories should include a chosen return to the depot";
    double mean = 0;
    for (double c : costs) mean += c / 4;
    const double temperature = 0.7;
    ForwardCache cache;
    const auto objective = [&] {
        double total = 0;
        for (std::size_t s = 0; s < 4; ++s)
            total += policy::trajectory_log_probability(model, trajectories[s], temperature,
                                                        (costs[s] - mean) / mean, {}, cache);
        return total;
    };
    std::vector<double> analytic(static_cast<std::size_t>(model.num_parameters()), 0.0);
    for (std::size_t s = 0; s < 4; ++s)
        policy::trajectory_log_probability(model, trajectories[s], temperature, (costs[s] - mean) / mean,
                                           analytic, cache);
    expect_matches_finite_differences(model, objective, analytic);
}

struct Leaf {
    std::vector<PolicyStep> steps;
    double cost = 0;
};

// Every complete decoding of the instance, by walking the tree of choices.
void enumerate(PolicyDecoder& decoder, const Instance& instance, std::vector<int>& prefix,
               std::vector<Leaf>& leaves) {
    DecodeOptions options;
    options.record = true;
    options.forced_choices = prefix;
    options.stop_at_free_choice = true;
    auto result = decoder.decode(options, nullptr);
    if (result.open_choices == 0) {
        leaves.push_back(
            {std::move(result.steps), static_cast<double>(solution_distance(instance, result.solution))});
        return;
    }
    for (int choice = 0; choice < result.open_choices; ++choice) {
        prefix.push_back(choice);
        enumerate(decoder, instance, prefix, leaves);
        prefix.pop_back();
    }
}

TEST(LearnGradient, ExactExpectedCostGradientOnFiveNodes) {
    PolicyModel model = perturbed_model(5);
    const Instance instance = five_nodes();
    const PolicyContext context(instance, model.candidate_count());
    PolicyDecoder decoder(context, model);
    std::vector<int> prefix;
    std::vector<Leaf> leaves;
    enumerate(decoder, instance, prefix, leaves);
    ASSERT_GT(leaves.size(), 24u) << "tours and every split into routes";

    ForwardCache cache;
    const auto probability = [&](const Leaf& leaf) {
        return std::exp(policy::trajectory_log_probability(model, leaf.steps, 1.0, 1.0, {}, cache));
    };
    double total_probability = 0;
    for (const Leaf& leaf : leaves) total_probability += probability(leaf);
    EXPECT_NEAR(total_probability, 1.0, 1e-12);

    // grad E[C] = sum over trajectories of C p grad log p: what REINFORCE estimates.
    std::vector<double> analytic(static_cast<std::size_t>(model.num_parameters()), 0.0);
    for (const Leaf& leaf : leaves)
        policy::trajectory_log_probability(model, leaf.steps, 1.0, leaf.cost * probability(leaf), analytic,
                                           cache);
    const auto expected_cost = [&] {
        double total = 0;
        for (const Leaf& leaf : leaves) total += leaf.cost * probability(leaf);
        return total;
    };
    expect_matches_finite_differences(model, expected_cost, analytic);
}

}  // namespace
}  // namespace routekit
