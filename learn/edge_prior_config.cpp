#include <nlohmann/json.hpp>

#include "routekit/learn/edge_prior_trainer.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

std::string edge_prior_config_json(const EdgePriorConfig& config) {
    const nlohmann::json document = {{"seed", config.seed},
                                     {"kind", std::string(to_string(config.kind))},
                                     {"instances", config.instances},
                                     {"validation_instances", config.validation_instances},
                                     {"min_clients", config.min_clients},
                                     {"max_clients", config.max_clients},
                                     {"instance_folder", config.instance_folder},
                                     {"solve_seconds", config.solve_seconds},
                                     {"solve_iterations", config.solve_iterations},
                                     {"arcs_per_client", config.arcs_per_client},
                                     {"hidden", config.hidden},
                                     {"init_seed", config.init_seed},
                                     {"epochs", config.epochs},
                                     {"batch", config.batch},
                                     {"learning_rate", config.learning_rate},
                                     {"lambdas", config.lambdas},
                                     {"lambda_samples", config.lambda_samples},
                                     {"sampling", config.sampling}};
    return document.dump(2);
}

EdgePriorConfig parse_edge_prior_config(const std::string& json_text, const std::string& source) {
    const nlohmann::json document = nlohmann::json::parse(json_text, nullptr, false);
    if (document.is_discarded() || !document.is_object())
        throw InputError(source, 0, "expected a JSON object holding the edge-prior training config");
    // The given keys over the defaults, then every field read back: one list of keys, in to_json above.
    nlohmann::json merged = nlohmann::json::parse(edge_prior_config_json(EdgePriorConfig{}));
    for (const auto& [key, value] : document.items()) {
        if (!merged.contains(key))
            throw InputError(source, 0, "unknown edge-prior config key \"" + key + "\"");
        if (value.type() != merged[key].type() && !(value.is_number() && merged[key].is_number()))
            throw InputError(
                source, 0,
                "edge-prior config key \"" + key + "\": expected a value like " + merged[key].dump());
        merged[key] = value;
    }
    EdgePriorConfig config;
    try {
        config.seed = merged["seed"].get<std::uint64_t>();
        const auto kind = parse_generator_kind(merged["kind"].get<std::string>());
        if (!kind) throw InputError(source, 0, "\"kind\": expected uniform, clustered, road or x");
        config.kind = *kind;
        config.instances = merged["instances"].get<int>();
        config.validation_instances = merged["validation_instances"].get<int>();
        config.min_clients = merged["min_clients"].get<int>();
        config.max_clients = merged["max_clients"].get<int>();
        config.instance_folder = merged["instance_folder"].get<std::string>();
        config.solve_seconds = merged["solve_seconds"].get<double>();
        config.solve_iterations = merged["solve_iterations"].get<std::int64_t>();
        config.arcs_per_client = merged["arcs_per_client"].get<int>();
        config.hidden = merged["hidden"].get<int>();
        config.init_seed = merged["init_seed"].get<std::uint64_t>();
        config.epochs = merged["epochs"].get<int>();
        config.batch = merged["batch"].get<int>();
        config.learning_rate = merged["learning_rate"].get<double>();
        config.lambdas = merged["lambdas"].get<std::vector<double>>();
        config.lambda_samples = merged["lambda_samples"].get<int>();
        config.sampling = merged["sampling"].get<std::string>();
    } catch (const nlohmann::json::exception& error) {
        throw InputError(source, 0, std::string("malformed edge-prior config: ") + error.what());
    }
    if (config.instances < 1 || config.validation_instances < 1 || config.min_clients < 2 ||
        config.max_clients < config.min_clients || config.arcs_per_client < 1 || config.hidden < 1 ||
        config.epochs < 0 || config.batch < 1 || config.learning_rate <= 0 || config.lambdas.empty() ||
        config.lambda_samples < 0 ||
        (config.sampling != "fixed" && config.sampling != "uniform" && config.sampling != "greedy"))
        throw InputError(
            source, 0,
            "edge-prior config: expected instances, validation_instances, arcs_per_client, hidden "
            "and batch >= 1, 2 <= min_clients <= max_clients, epochs >= 0, learning_rate > 0 and "
            "at least one lambda; sampling fixed, uniform or greedy");
    return config;
}

}  // namespace routekit
