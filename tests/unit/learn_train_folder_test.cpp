// `routekit train FOLDER`: EARLI's workflow on a user's past instances. A tiny folder and budget: the
// weights are written, load, are the same on a second run, and change what the policy builds.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"
#include "heuristics/policy_model.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/learn/tsplib_writer.hpp"
#include "routekit/learn/x_family.hpp"

namespace routekit {
namespace {

using test::CliIoErrors;
using test::run_cli;

using LearnTrainFolder = CliIoErrors;

std::string describe(const std::vector<Solution>& solutions) {
    std::string text;
    for (const Solution& solution : solutions) {
        for (const Route& route : solution.routes) {
            text += "[";
            for (int client : route) text += " " + std::to_string(client);
            text += " ]";
        }
        text += "\n";
    }
    return text;
}

std::string slurp(const test::fs::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST_F(LearnTrainFolder, WritesWeightsThatLoadAndChangeTheTours) {
    const test::fs::path folder = directory_ / "yesterday";
    test::fs::create_directories(folder);
    for (std::uint64_t day = 1; day <= 3; ++day) {
        XFamilyParams params;
        params.num_clients = 25;
        params.seed = day;
        std::ofstream out(folder / ("orders-" + std::to_string(day) + ".vrp"));
        write_tsplib(out, Instance(generate_x_family(params)));
    }
    // The folder defaults' reward (descent, start clients, diversity) with a budget a test can afford, from
    // a small untrained policy rather than the shipped weights (so that the test does not depend on them),
    // and a step large enough to move the tours.
    const std::string config = write("tiny.json", R"({"iterations": 4, "instances_per_batch": 2,
        "samples_per_instance": 4, "learning_rate": 0.05, "validation_every": 2, "validation_instances": 2,
        "hidden": [6, 5], "reward": "descent", "start_clients": true, "diversity_weight": 0.02})");
    const test::fs::path first = directory_ / "first.json", second = directory_ / "second.json";
    for (const test::fs::path& out : {first, second}) {
        const test::CliRun run =
            run_cli("train " + folder.string() + " --config " + config + " --out " + out.string() + " -q");
        ASSERT_EQ(run.exit_code, 0) << run.output;
    }
    EXPECT_EQ(slurp(first), slurp(second));
    const nlohmann::json document = nlohmann::json::parse(slurp(first));
    EXPECT_EQ(document["training"]["config"]["instance_folder"], folder.string());
    EXPECT_GT(document["training"]["best_iteration"].get<int>(), 0);

    const Instance instance = read_instance((folder / "orders-1.vrp").string());
    const policy::PolicyModel trained = load_policy_model(first.string());
    Rng a(1), b(1), c(1);
    const std::string with_trained = describe(learned_policy_solutions(instance, trained, 4, a));
    EXPECT_EQ(describe(learned_policy_solutions(instance, load_policy_model(second.string()), 4, b)),
              with_trained);
    const policy::PolicyModel untrained = policy::PolicyModel::initial(kDefaultPolicyCandidates, {6, 5}, 1);
    EXPECT_NE(describe(learned_policy_solutions(instance, untrained, 4, c)), with_trained);

    // `solve --init learned --policy` takes the file.
    const test::CliRun solved =
        run_cli("solve " + (folder / "orders-2.vrp").string() + " --init learned --policy " + first.string() +
                " --iterations 50 --seed 1 --threads 1");
    EXPECT_EQ(solved.exit_code, 0) << solved.output;
    EXPECT_NE(solved.output.find("Cost"), std::string::npos) << solved.output;
}

TEST_F(LearnTrainFolder, RefusesAnEmptyFolder) {
    test::fs::create_directories(directory_ / "empty");
    const test::CliRun run =
        run_cli("train " + (directory_ / "empty").string() + " --out " + (directory_ / "w.json").string());
    EXPECT_EQ(run.exit_code, 2) << run.output;
    EXPECT_NE(run.output.find("no instance files"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace routekit
