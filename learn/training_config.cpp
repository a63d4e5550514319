#include <nlohmann/json.hpp>

#include "routekit/learn/trainer.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

namespace {

nlohmann::json stage_json(const CurriculumStage& stage) {
    return {{"until", stage.until}, {"min_clients", stage.min_clients}, {"max_clients", stage.max_clients}};
}

}  // namespace

std::string training_config_json(const TrainingConfig& config) {
    nlohmann::json kinds = nlohmann::json::array();
    for (GeneratorKind kind : config.kinds) kinds.push_back(std::string(to_string(kind)));
    nlohmann::json curriculum = nlohmann::json::array();
    for (const CurriculumStage& stage : config.curriculum) curriculum.push_back(stage_json(stage));
    const nlohmann::json document = {{"seed", config.seed},
                                     {"iterations", config.iterations},
                                     {"instances_per_batch", config.instances_per_batch},
                                     {"samples_per_instance", config.samples_per_instance},
                                     {"learning_rate", config.learning_rate},
                                     {"clip_norm", config.clip_norm},
                                     {"time_window_share", config.time_window_share},
                                     {"kinds", kinds},
                                     {"curriculum", curriculum},
                                     {"validation_every", config.validation_every},
                                     {"validation_instances", config.validation_instances},
                                     {"validation_clients", config.validation_clients},
                                     {"validation_seed", config.validation_seed},
                                     {"candidates", config.candidates},
                                     {"hidden", config.hidden},
                                     {"init_seed", config.init_seed},
                                     {"init_weights", config.init_weights},
                                     {"threads", config.threads},
                                     {"reward", config.reward},
                                     {"descent_granularity", config.descent_granularity},
                                     {"diversity_weight", config.diversity_weight},
                                     {"start_clients", config.start_clients},
                                     {"instance_folder", config.instance_folder},
                                     {"time_limit_seconds", config.time_limit_seconds}};
    return document.dump(2);
}

TrainingConfig parse_training_config(const std::string& json_text, const std::string& source) {
    const nlohmann::json document = nlohmann::json::parse(json_text, nullptr, false);
    if (document.is_discarded() || !document.is_object())
        throw InputError(source, 0, "expected a JSON object holding the training config");
    TrainingConfig config;
    const nlohmann::json defaults = nlohmann::json::parse(training_config_json(config));
    try {
        for (const auto& [key, value] : document.items()) {
            if (!defaults.contains(key))
                throw InputError(source, 0, "unknown training config key \"" + key + "\"");
            if (key == "seed")
                config.seed = value.get<std::uint64_t>();
            else if (key == "iterations")
                config.iterations = value.get<std::int64_t>();
            else if (key == "instances_per_batch")
                config.instances_per_batch = value.get<int>();
            else if (key == "samples_per_instance")
                config.samples_per_instance = value.get<int>();
            else if (key == "learning_rate")
                config.learning_rate = value.get<double>();
            else if (key == "clip_norm")
                config.clip_norm = value.get<double>();
            else if (key == "time_window_share")
                config.time_window_share = value.get<double>();
            else if (key == "validation_every")
                config.validation_every = value.get<int>();
            else if (key == "validation_instances")
                config.validation_instances = value.get<int>();
            else if (key == "validation_clients")
                config.validation_clients = value.get<int>();
            else if (key == "validation_seed")
                config.validation_seed = value.get<std::uint64_t>();
            else if (key == "candidates")
                config.candidates = value.get<int>();
            else if (key == "hidden")
                config.hidden = value.get<std::vector<int>>();
            else if (key == "init_seed")
                config.init_seed = value.get<std::uint64_t>();
            else if (key == "init_weights")
                config.init_weights = value.get<std::string>();
            else if (key == "threads")
                config.threads = value.get<int>();
            else if (key == "reward")
                config.reward = value.get<std::string>();
            else if (key == "descent_granularity")
                config.descent_granularity = value.get<int>();
            else if (key == "diversity_weight")
                config.diversity_weight = value.get<double>();
            else if (key == "start_clients")
                config.start_clients = value.get<bool>();
            else if (key == "instance_folder")
                config.instance_folder = value.get<std::string>();
            else if (key == "time_limit_seconds")
                config.time_limit_seconds = value.get<double>();
            else if (key == "kinds") {
                config.kinds.clear();
                for (const std::string& name : value.get<std::vector<std::string>>()) {
                    const auto kind = parse_generator_kind(name);
                    if (!kind)
                        throw InputError(
                            source, 0, "expected uniform, clustered, road or x in \"kinds\", found " + name);
                    config.kinds.push_back(*kind);
                }
            } else if (key == "curriculum") {
                config.curriculum.clear();
                for (const nlohmann::json& stage : value)
                    config.curriculum.push_back({stage.at("until").get<std::int64_t>(),
                                                 stage.at("min_clients").get<int>(),
                                                 stage.at("max_clients").get<int>()});
            }
        }
    } catch (const nlohmann::json::exception& e) {
        throw InputError(source, 0, std::string("expected a well-typed training config: ") + e.what());
    }
    return config;
}

}  // namespace routekit
