// The learned edge prior of --init learned-savings: its training lowers the loss, deterministically; with
// lambda = 0 learned savings is plain savings exactly; the shipped weights load and give feasible,
// reproducible solutions; a foreign weights file is refused.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "heuristics/edge_prior.hpp"
#include "heuristics/savings.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/learn/edge_prior_trainer.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit {
namespace {

EdgePriorConfig tiny_config() {
    EdgePriorConfig config;
    config.instances = 3;
    config.validation_instances = 1;
    config.min_clients = 20;
    config.max_clients = 30;
    config.solve_iterations = 30;
    config.epochs = 4;
    config.batch = 64;
    config.hidden = 6;
    config.lambdas = {0, 1};
    config.lambda_samples = 1;
    return config;
}

TEST(LearnEdgePrior, TrainingLowersTheLossDeterministically) {
    const EdgePriorResult first = train_edge_prior(tiny_config());
    const EdgePriorResult second = train_edge_prior(tiny_config());
    EXPECT_EQ(first.weights_json, second.weights_json);
    ASSERT_EQ(first.curve.size(), 5U);
    EXPECT_LT(first.curve.back().train_loss, first.curve.front().train_loss);
    EXPECT_LT(first.curve.back().validation_loss, first.curve.front().validation_loss);
    EXPECT_GT(first.positive_share, 0.0);
    EXPECT_LT(first.positive_share, 0.5);
    ASSERT_EQ(first.lambdas.size(), 2U);
    // lambda = 0 is savings itself: both ratios exactly 1.
    EXPECT_EQ(first.lambdas[0].construction_ratio, 1.0);
    EXPECT_EQ(first.lambdas[0].descent_ratio, 1.0);
    // The written weights load back, lambda included.
    const auto model = prior::EdgePriorModel::from_json(nlohmann::json::parse(first.weights_json), "trained");
    EXPECT_EQ(model.num_parameters(), 6 * prior::kEdgeFeatureCount + 6 + 6 + 1 + prior::kEdgeFeatureCount);
}

// A model whose every parameter is non-zero, so that its logits differ from arc to arc.
prior::EdgePriorModel busy_model() {
    prior::EdgePriorModel model = prior::EdgePriorModel::initial(8, 5);
    Rng rng(11);
    for (double& p : model.parameters()) p = 2 * uniform_unit(rng) - 1;
    return model;
}

TEST(LearnEdgePrior, LambdaZeroIsPlainSavings) {
    for (std::uint64_t seed : {3, 4}) {
        const Instance instance = generate_instance({GeneratorKind::x, 150, false, seed});
        const std::vector<Saving> plain = savings_candidates(instance);
        std::vector<Saving> learned = plain;
        prior::apply_edge_prior(instance, learned, busy_model(), 0.0);
        EXPECT_EQ(savings(instance, learned, nullptr), savings(instance, plain, nullptr));
        Rng a(7), b(7);
        EXPECT_EQ(savings(instance, learned, &a), savings(instance, plain, &b));
        // And a non-zero lambda does reorder the merges.
        std::vector<Saving> biased = plain;
        prior::apply_edge_prior(instance, biased, busy_model(), 4.0);
        EXPECT_NE(savings(instance, biased, nullptr), savings(instance, plain, nullptr));
    }
}

TEST(LearnEdgePrior, ShippedWeightsGiveFeasibleSolutions) {
    const prior::EdgePriorModel shipped = prior::load_edge_prior("");
    EXPECT_GT(shipped.lambda(), 0.0);
    for (GeneratorKind kind : {GeneratorKind::x, GeneratorKind::uniform, GeneratorKind::road}) {
        const Instance instance = generate_instance({kind, 120, false, 21});
        const Constructor constructor(instance, "learned-savings");
        Rng rng(1);
        for (Rng* draw : {static_cast<Rng*>(nullptr), &rng, &rng}) {
            const Solution solution = constructor.build(draw);
            const CheckReport report = check_solution(instance, solution);
            EXPECT_TRUE(report.feasible) << to_string(kind);
        }
    }
}

TEST(LearnEdgePrior, SolveWithLearnedSavingsIsDeterministic) {
    const Instance instance = generate_instance({GeneratorKind::x, 80, false, 5});
    SolverParams params;
    params.init = "learned-savings";
    params.iterations = 40;
    params.threads = 1;
    params.seed = 3;
    const Result first = solve(instance, params);
    const Result second = solve(instance, params);
    EXPECT_TRUE(first.feasible);
    EXPECT_TRUE(check_solution(instance, first.solution).feasible);
    EXPECT_EQ(first.cost, second.cost);
    EXPECT_EQ(first.solution, second.solution);
}

TEST(LearnEdgePrior, RefusesForeignWeights) {
    nlohmann::json document = busy_model().to_json();
    document["features"][0] = "something_else";
    EXPECT_THROW(prior::EdgePriorModel::from_json(document, "x.json"), InputError);
    document = busy_model().to_json();
    document["parameters"].erase(0);
    EXPECT_THROW(prior::EdgePriorModel::from_json(document, "x.json"), InputError);
    document = busy_model().to_json();
    document["sampling"] = "sometimes";
    EXPECT_THROW(prior::EdgePriorModel::from_json(document, "x.json"), InputError);
    EXPECT_THROW(parse_edge_prior_config(R"({"epochs": 3, "typo": 1})", "c.json"), InputError);
    EXPECT_THROW(parse_edge_prior_config(R"({"sampling": "sometimes"})", "c.json"), InputError);
}

}  // namespace
}  // namespace routekit
