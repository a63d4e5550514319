// The learned policy: its features, decoder and untrained behaviour, and the feasibility of what it builds.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

#include "heuristics/policy_decoder.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"

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

// POMO's starts: the first route begins at the given client, the rest is the policy's, and the forced
// step is no choice (not recorded for the gradient).
TEST(LearnPolicy, FirstClientStartsTheFirstRoute) {
    const Instance instance = generated(GeneratorKind::x, 40, false, 5);
    const PolicyModel& model = default_policy_model();
    const PolicyContext context(instance, model.candidate_count());
    PolicyDecoder decoder(context, model);
    DecodeOptions greedy;
    greedy.greedy = true;
    greedy.record = true;
    const std::size_t free_steps = decoder.decode(greedy, nullptr).steps.size();
    std::set<std::string> tours;
    for (int client = 1; client < instance.num_nodes(); ++client) {
        greedy.first_client = client;
        const policy::DecodeResult result = decoder.decode(greedy, nullptr);
        ASSERT_FALSE(result.solution.routes.empty());
        EXPECT_EQ(result.solution.routes[0].front(), client);
        EXPECT_TRUE(check_solution(instance, result.solution).feasible) << client;
        EXPECT_LE(result.steps.size(), free_steps + 1);
        tours.insert(describe(result.solution));
    }
    EXPECT_GE(tours.size(), 30u);  // the starts make the greedy decodings differ
    greedy.first_client = instance.num_nodes();
    EXPECT_THROW(decoder.decode(greedy, nullptr), ParameterError);
}

// Every kind the generator makes, with and without windows: the embedded policy's solutions are feasible.
TEST(LearnPolicy, SolutionsPassTheChecker) {
    for (GeneratorKind kind : {GeneratorKind::uniform, GeneratorKind::clustered, GeneratorKind::road})
        for (bool windows : {false, true}) {
            const Instance instance = generated(kind, 45, windows, 5);
            Rng rng(9);
            const std::vector<Solution> solutions = learned_policy_solutions(instance, "", 4, rng);
            ASSERT_EQ(solutions.size(), 4u);
            for (const Solution& solution : solutions) {
                const CheckReport report = check_solution(instance, solution);
                EXPECT_TRUE(report.feasible) << instance.name() << ": " << describe(solution);
            }
        }
}

TEST(LearnPolicy, SamplingIsSeededAndDiverse) {
    const Instance instance = generated(GeneratorKind::uniform, 80, false, 2);
    Rng first(4), second(4);
    const auto a = learned_policy_solutions(instance, "", 6, first);
    const auto b = learned_policy_solutions(instance, "", 6, second);
    EXPECT_EQ(a, b);
    int distinct = 0;
    for (std::size_t i = 1; i < a.size(); ++i) distinct += a[i] != a[0] ? 1 : 0;
    EXPECT_GE(distinct, 4);
}

TEST(LearnPolicy, LimitedFleetNeverGetsMoreRoutes) {
    InstanceData data = generate_instance_data({GeneratorKind::road, 40, false, 8});
    // Just enough vehicles by total demand: the last one takes whatever is left, overloaded if need be.
    data.fleet = static_cast<int>(
        (std::accumulate(data.demand.begin(), data.demand.end(), Cost{0}) + data.capacity - 1) /
        data.capacity);
    const Instance instance(std::move(data));
    Rng rng(1);
    for (const Solution& solution : learned_policy_solutions(instance, "", 5, rng)) {
        EXPECT_LE(static_cast<int>(solution.routes.size()), instance.fleet());
        const CheckReport report = check_solution(instance, solution);
        for (const Violation& violation : report.violations)
            EXPECT_EQ(violation.kind, ViolationKind::overload) << violation.message;
    }
}

TEST(LearnPolicy, TravellingSalesmanGetsOneRoute) {
    InstanceData data = generate_instance_data({GeneratorKind::road, 30, false, 3});
    data.kind = ProblemKind::atsp;
    data.demand.clear();
    data.capacity = kUnlimited;
    const Instance instance(std::move(data));
    Rng rng(2);
    for (const Solution& solution : learned_policy_solutions(instance, "", 3, rng)) {
        ASSERT_EQ(solution.routes.size(), 1u);
        EXPECT_TRUE(check_solution(instance, solution).feasible);
    }
}

TEST(LearnPolicy, WeightsRoundTripThroughJsonAndFiles) {
    const PolicyModel model = PolicyModel::initial(7, {6, 5}, 4);
    const PolicyModel back = PolicyModel::from_json(model.to_json(), "test");
    EXPECT_EQ(back.to_json(), model.to_json());
    const std::string path = testing::TempDir() + "learn_policy_weights.json";
    std::ofstream(path) << model.to_json().dump();
    EXPECT_EQ(load_policy_model(path).to_json(), model.to_json());
    std::remove(path.c_str());
}

TEST(LearnPolicy, RejectsForeignWeights) {
    nlohmann::json document = PolicyModel::initial(7, {6}, 4).to_json();
    document["features"][0] = "something_else";
    EXPECT_THROW(PolicyModel::from_json(document, "test"), InputError);
    document = PolicyModel::initial(7, {6}, 4).to_json();
    document["parameters"].erase(0);
    EXPECT_THROW(PolicyModel::from_json(document, "test"), InputError);
    EXPECT_THROW(load_policy_model(testing::TempDir() + "no_such_policy.json"), InputError);
}

TEST(LearnPolicy, FeatureNamesAreDistinct) {
    const auto names = policy::feature_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_FALSE(names[i].empty()) << "feature " << i;
        for (std::size_t j = 0; j < i; ++j) EXPECT_NE(names[i], names[j]);
    }
}

TEST(LearnPolicy, EmbeddedDefaultIsTheShippedFile) {
    const PolicyModel& model = default_policy_model();
    EXPECT_EQ(model.input_size(), policy::kFeatureCount);
    const PolicyModel shipped =
        load_policy_model(ROUTEKIT_SOURCE_DIR "/heuristics/policy/default_policy.json");
    EXPECT_EQ(model.to_json(), shipped.to_json());
}

}  // namespace
}  // namespace routekit
