// The trainer: deterministic whatever the thread count, and its config round-trips.
#include <gtest/gtest.h>

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

TEST(LearnTrainer, SameWeightsWithOneOrTwoThreads) {
    TrainingConfig config = tiny_config();
    config.threads = 1;
    const TrainingResult one = train_policy(config);
    config.threads = 2;
    const TrainingResult two = train_policy(config);
    EXPECT_EQ(one.weights_json, two.weights_json);
    EXPECT_EQ(one.final_parameters, two.final_parameters);
    ASSERT_EQ(one.curve.size(), 3u);  // iterations 0, 2 and 4
    for (std::size_t i = 0; i < one.curve.size(); ++i)
        EXPECT_EQ(one.curve[i].best_sample_ratio, two.curve[i].best_sample_ratio);
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

TEST(LearnTrainer, ConfigRoundTripsAndRejectsTypos) {
    TrainingConfig config = tiny_config();
    config.kinds = {GeneratorKind::road};
    const std::string text = training_config_json(config);
    EXPECT_EQ(training_config_json(parse_training_config(text, "test")), text);
    EXPECT_THROW(parse_training_config(R"({"iteratoins": 5})", "test"), InputError);
    EXPECT_THROW(parse_training_config(R"({"kinds": ["lunar"]})", "test"), InputError);
    EXPECT_THROW(parse_training_config("[1, 2]", "test"), InputError);
}

}  // namespace
}  // namespace routekit
