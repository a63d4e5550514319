#include "routekit/heuristics/learned_policy.hpp"

#include <fstream>
#include <sstream>

#include "heuristics/policy_decoder.hpp"
#include "heuristics/policy_embedded.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

namespace {

using policy::PolicyModel;

PolicyModel embedded_model() {
    const std::string_view text = policy::embedded_default_policy();
    // A build without a weights file falls back to the untrained policy (randomized nearest neighbour).
    if (text.empty()) return PolicyModel::initial(kDefaultPolicyCandidates, {16, 16}, 1);
    return PolicyModel::from_json(nlohmann::json::parse(text), "<embedded default policy>");
}

}  // namespace

const policy::PolicyModel& default_policy_model() {
    static const PolicyModel model = embedded_model();
    return model;
}

policy::PolicyModel load_policy_model(const std::string& policy_file) {
    if (policy_file.empty()) return default_policy_model();
    std::ifstream in(policy_file);
    if (!in) throw InputError(policy_file, 0, "cannot open the policy weights file");
    std::ostringstream text;
    text << in.rdbuf();
    nlohmann::json document = nlohmann::json::parse(text.str(), nullptr, false);
    if (document.is_discarded()) throw InputError(policy_file, 0, "expected a JSON weights document");
    return PolicyModel::from_json(document, policy_file);
}

std::vector<Solution> learned_policy_solutions(const Instance& instance, const std::string& policy_file,
                                               int count, Rng& rng) {
    const PolicyModel model = load_policy_model(policy_file);
    return learned_policy_solutions(instance, model, count, rng);
}

std::vector<Solution> learned_policy_solutions(const Instance& instance, const policy::PolicyModel& model,
                                               int count, Rng& rng, double temperature) {
    const policy::PolicyContext context(instance, model.candidate_count());
    policy::PolicyDecoder decoder(context, model);
    std::vector<Solution> solutions;
    for (int k = 0; k < count; ++k) {
        policy::DecodeOptions options;
        options.greedy = k == 0;
        options.temperature = temperature;
        solutions.push_back(decoder.decode(options, &rng).solution);
    }
    return solutions;
}

}  // namespace routekit
