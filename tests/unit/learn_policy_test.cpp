// The learned policy: its features, decoder and untrained behaviour, and the feasibility of what it builds.
#include <gtest/gtest.h>

#include "heuristics/policy_decoder.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/model/checker.hpp"

namespace routekit {
namespace {

using policy::DecodeOptions;
using policy::PolicyContext;
using policy::PolicyDecoder;
using policy::PolicyModel;

std::string describe(const Solution& solution) {
    std::string text;
    for (const Route& route : solution.routes) {
        text += "[";
        for (int client : route) text += " " + std::to_string(client);
        text += " ]";
    }
    return text;
}

Instance generated(GeneratorKind kind, int clients, bool windows, std::uint64_t seed) {
    return generate_instance({kind, clients, windows, seed});
}

TEST(LearnPolicy, UntrainedGreedyIsNearestNeighbour) {
    const PolicyModel model = PolicyModel::initial(kDefaultPolicyCandidates, {16, 16}, 3);
    for (GeneratorKind kind : {GeneratorKind::uniform, GeneratorKind::clustered, GeneratorKind::road}) {
        const Instance instance = generated(kind, 60, false, 11);
        const PolicyContext context(instance, model.candidate_count());
        PolicyDecoder decoder(context, model);
        DecodeOptions greedy;
        greedy.greedy = true;
        EXPECT_EQ(describe(decoder.decode(greedy, nullptr).solution), describe(nearest_neighbour(instance)))
            << to_string(kind);
    }
}

}  // namespace
}  // namespace routekit
