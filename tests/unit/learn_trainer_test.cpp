// The trainer: deterministic whatever the thread count, and its config round-trips.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "routekit/learn/trainer.hpp"
#include "routekit/model/error.hpp"

namespace routekit {
namespace {

TrainingConfig tiny_config() {
    TrainingConfig config;
    config.iterations = 4;
    config.instances_per_batch = 2;
    config.samples_per_instance = 4;
    config.curriculum = {{2, 8, 12}, {4, 10, 16}};
    config.time_window_share = 0.5;
    config.validation_every = 2;
    config.validation_instances = 3;
    config.validation_clients = 12;
    config.hidden = {6, 5};
    config.learning_rate = 0.01;
    return config;
}

// Trains with one thread, then two; expects byte-identical results and returns the first.
TrainingResult expect_same_with_one_or_two_threads(TrainingConfig config) {
    config.threads = 1;
    TrainingResult one = train_policy(config);
    config.threads = 2;
    const TrainingResult two = train_policy(config);
    EXPECT_EQ(one.weights_json, two.weights_json);
    EXPECT_EQ(one.final_parameters, two.final_parameters);
    EXPECT_EQ(one.curve.size(), two.curve.size());
    for (std::size_t i = 0; i < std::min(one.curve.size(), two.curve.size()); ++i)
        EXPECT_EQ(one.curve[i].best_sample_ratio, two.curve[i].best_sample_ratio);
    return one;
}

TEST(LearnTrainer, SameWeightsWithOneOrTwoThreads) {
    const TrainingResult one = expect_same_with_one_or_two_threads(tiny_config());
    EXPECT_EQ(one.curve.size(), 3u);  // iterations 0, 2 and 4
}

TEST(LearnTrainer, TrainingMovesTheWeights) {
    TrainingConfig config = tiny_config();
    const TrainingResult trained = train_policy(config);
    config.iterations = 0;
    const TrainingResult untrained = train_policy(config);
    EXPECT_NE(trained.final_parameters, untrained.final_parameters);
    EXPECT_EQ(trained.final_parameters.size(), untrained.final_parameters.size());
}

TEST(LearnTrainer, ContinuesFromGivenWeights) {
    TrainingConfig config = tiny_config();
    const TrainingResult first = train_policy(config);
    const std::string path = testing::TempDir() + "learn_trainer_start.json";
    {
        nlohmann::json document = nlohmann::json::parse(first.weights_json);
        document["parameters"] = first.final_parameters;
        std::ofstream(path) << document.dump();
    }
    config.init_weights = path;
    config.iterations = 0;
    EXPECT_EQ(train_policy(config).final_parameters, first.final_parameters);
    config.candidates = 3;
    EXPECT_THROW(train_policy(config), ParameterError);
    std::remove(path.c_str());
}

// EARLI's training: the reward after a descent, one start client per rollout, a diversity bonus.
TrainingConfig descent_config() {
    TrainingConfig config = tiny_config();
    config.time_window_share = 0;
    config.kinds = {GeneratorKind::x};
    config.reward = "descent";
    config.start_clients = true;
    config.diversity_weight = 0.05;
    config.descent_granularity = 4;
    return config;
}

TEST(LearnTrainer, DescentRewardIsDeterministicWhateverTheThreads) {
    TrainingConfig config = descent_config();
    const TrainingResult one = expect_same_with_one_or_two_threads(config);
    EXPECT_NE(one.weights_json.find("savings after the descent"), std::string::npos);
    config.iterations = 0;
    EXPECT_NE(train_policy(config).final_parameters, one.final_parameters);
}

TEST(LearnTrainer, EachRewardTermDrivesTheGradient) {
    TrainingConfig config = descent_config();
    const TrainingResult base = train_policy(config);
    config.diversity_weight = 0;
    EXPECT_NE(train_policy(config).final_parameters, base.final_parameters);
    config = descent_config();
    config.reward = "construction";
    EXPECT_NE(train_policy(config).final_parameters, base.final_parameters);
    config = descent_config();
    config.start_clients = false;
    EXPECT_NE(train_policy(config).final_parameters, base.final_parameters);
    config.reward = "cheapest";
    EXPECT_THROW(train_policy(config), ParameterError);
}

TEST(LearnTrainer, ConfigRoundTripsAndRejectsTypos) {
    TrainingConfig config = descent_config();
    config.instance_folder = "past/orders";
    config.time_limit_seconds = 60;
    config.kinds = {GeneratorKind::road, GeneratorKind::x};
    const std::string text = training_config_json(config);
    EXPECT_EQ(training_config_json(parse_training_config(text, "test")), text);
    EXPECT_THROW(parse_training_config(R"({"iteratoins": 5})", "test"), InputError);
    EXPECT_THROW(parse_training_config(R"({"kinds": ["lunar"]})", "test"), InputError);
    EXPECT_THROW(parse_training_config("[1, 2]", "test"), InputError);
}

}  // namespace
}  // namespace routekit
