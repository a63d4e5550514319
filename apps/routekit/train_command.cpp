#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/output_file.hpp"
#include "routekit/learn/construction_comparison.hpp"
#include "routekit/learn/edge_prior_trainer.hpp"
#include "routekit/learn/trainer.hpp"
#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

struct TrainOptions {
    std::string folder;
    std::string config;
    std::string out;
    std::optional<double> time_limit;
    std::optional<int> threads;
    std::optional<std::int64_t> iterations;
    bool quiet = false;
};

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out = open_output_file(path.string());
    out << text;
    if (!text.empty() && text.back() != '\n') out << "\n";
}

struct EvaluateOptions {
    std::vector<std::string> kinds{"uniform", "clustered", "road"};
    int clients = 500;
    int count = 5;
    std::uint64_t seed = 1000;
    std::string policy;
    int samples = 16;
};

void run_evaluate(const EvaluateOptions& options) {
    std::vector<GeneratorKind> kinds;
    for (const std::string& kind : options.kinds) kinds.push_back(*parse_generator_kind(kind));
    const std::vector<ComparisonRow> rows = compare_constructions(
        kinds, options.clients, options.count, options.seed, options.policy, options.samples);
    std::printf(
        "| construction (%d clients, %d instances per kind) | cost / savings | beats savings | s/instance "
        "|\n",
        options.clients, options.count);
    std::printf("|---|---:|---:|---:|\n");
    for (const ComparisonRow& row : rows)
        std::printf("| %s | %.4f | %.0f%% | %.3f |\n", row.method.c_str(), row.mean_ratio,
                    100 * row.win_share, row.seconds_per_instance);
}

// Training on a folder of past instances without a config: EARLI's workflow (fine-tune the shipped weights
// on yesterday's orders for what the genetic search needs), with settings sized for a CPU.
TrainingConfig folder_defaults() {
    TrainingConfig config;
    config.iterations = 200;
    config.instances_per_batch = 4;
    config.samples_per_instance = 8;
    config.learning_rate = 5e-4;
    config.validation_every = 20;
    config.validation_instances = 4;
    config.init_weights = "embedded";
    config.reward = "descent";
    config.diversity_weight = 0.02;
    config.start_clients = true;
    return config;
}

void run_train(const TrainOptions& options) {
    if ((options.config.empty() && options.folder.empty()) || options.out.empty())
        throw ParameterError(
            "train: FOLDER or --config, and --out, are required (or use `routekit train evaluate`)");
    TrainingConfig config = folder_defaults();
    if (!options.config.empty()) {
        std::ifstream in(options.config);
        if (!in) throw InputError(options.config, 0, "cannot open the training config");
        std::ostringstream text;
        text << in.rdbuf();
        config = parse_training_config(text.str(), options.config);
    }
    if (!options.folder.empty()) config.instance_folder = options.folder;
    if (options.threads) config.threads = *options.threads;
    if (options.iterations) config.iterations = *options.iterations;
    if (options.time_limit) config.time_limit_seconds = *options.time_limit;

    TrainingProgress progress;
    if (!options.quiet) progress = [](const std::string& line) { std::cerr << line << std::endl; };
    // Next to the weights: the config that produced them and the validation curve, all rewritten at every
    // validation so that an interrupted run leaves its best weights so far.
    const std::filesystem::path out(options.out);
    std::filesystem::path stem = out;
    stem.replace_extension();
    write_text(stem.string() + ".config.json", training_config_json(config));
    const auto save = [&](const TrainingResult& result) {
        write_text(out, result.weights_json);
        std::ostringstream curve;
        curve << "iteration,greedy_ratio,best_sample_ratio,mean_sample_ratio\n";
        for (const ValidationPoint& p : result.curve)
            curve << p.iteration << "," << p.greedy_ratio << "," << p.best_sample_ratio << ","
                  << p.mean_sample_ratio << "\n";
        write_text(stem.string() + ".validation.csv", curve.str());
    };
    const TrainingResult result = train_policy(config, progress, save);
    save(result);
    if (!options.quiet)
        std::cerr << "wrote " << out.string() << " (best validation at iteration " << result.best_iteration
                  << ")\n";
}

struct PriorOptions {
    std::string folder;
    std::string config;
    std::string out;
    bool quiet = false;
};

// The edge prior of --init learned-savings: labels from Routekit's own solutions, logistic regression,
// lambda chosen on the validation instances. Writes the weights (config and curves inside) and, next to
// them, the config, the loss curve and the lambda table as CSV.
void run_prior(const PriorOptions& options) {
    EdgePriorConfig config;
    if (!options.config.empty()) {
        std::ifstream in(options.config);
        if (!in) throw InputError(options.config, 0, "cannot open the edge-prior config");
        std::ostringstream text;
        text << in.rdbuf();
        config = parse_edge_prior_config(text.str(), options.config);
    }
    if (!options.folder.empty()) config.instance_folder = options.folder;
    EdgePriorProgress progress;
    if (!options.quiet) progress = [](const std::string& line) { std::cerr << line << std::endl; };
    const std::filesystem::path out(options.out);
    std::filesystem::path stem = out;
    stem.replace_extension();
    write_text(stem.string() + ".config.json", edge_prior_config_json(config));
    const EdgePriorResult result = train_edge_prior(config, progress);
    write_text(out, result.weights_json);
    std::ostringstream curve, lambdas;
    curve << "epoch,train_loss,validation_loss\n";
    for (const EdgePriorEpoch& p : result.curve)
        curve << p.epoch << "," << p.train_loss << "," << p.validation_loss << "\n";
    write_text(stem.string() + ".curve.csv", curve.str());
    lambdas << "lambda,construction_ratio,descent_ratio\n";
    for (const LambdaPoint& p : result.lambdas)
        lambdas << p.lambda << "," << p.construction_ratio << "," << p.descent_ratio << "\n";
    write_text(stem.string() + ".lambda.csv", lambdas.str());
    if (!options.quiet)
        std::cerr << "wrote " << out.string() << " (best validation loss at epoch " << result.best_epoch
                  << ")\n";
}

}  // namespace

void add_train_command(CLI::App& app) {
    auto options = std::make_shared<TrainOptions>();
    CLI::App* command = app.add_subcommand(
        "train",
        "train the learned construction policy (REINFORCE on generated instances, or on a folder of past "
        "instances: `routekit train FOLDER --out weights.json`)");
    command
        ->add_option("folder", options->folder,
                     "train on the instances in this folder (defaults: the shipped weights fine-tuned for "
                     "the search, see docs/learned_policy.md)")
        ->check(CLI::ExistingDirectory);
    command->add_option("--config", options->config,
                        "training config (JSON); see docs/learned_policy.md (with FOLDER: its settings, the "
                        "folder replacing instance_folder)");
    command->add_option("--out", options->out,
                        "weights file to write (JSON); the config and the validation "
                        "curve go next to it");
    command->add_option("--threads", options->threads, "rollout threads (overrides the config; same result)")
        ->check(CLI::Range(1, 1024));
    command->add_option("--iterations", options->iterations, "training iterations (overrides the config)")
        ->check(CLI::NonNegativeNumber);
    command
        ->add_option("--time-limit", options->time_limit,
                     "stop after this many seconds (wall clock; the weights then depend on the machine)")
        ->check(CLI::PositiveNumber);
    command->add_flag("--quiet,-q", options->quiet, "no progress lines on stderr");
    command->require_subcommand(0, 1);
    command->callback([options, command] {
        if (command->get_subcommands().empty()) run_train(*options);
    });

    auto evaluate = std::make_shared<EvaluateOptions>();
    CLI::App* compare = command->add_subcommand(
        "evaluate", "compare the policy's constructions with nn, savings and regret on generated instances");
    compare->add_option("--kind", evaluate->kinds, "generator kinds (default: uniform clustered road)")
        ->check(CLI::IsMember({"uniform", "clustered", "road", "x"}));
    compare->add_option("--clients,-n", evaluate->clients, "clients per instance")
        ->check(CLI::Range(2, 5000));
    compare->add_option("--count", evaluate->count, "instances per kind")->check(CLI::Range(1, 10000));
    compare->add_option("--seed", evaluate->seed, "seed of the first instance");
    compare->add_option("--policy", evaluate->policy, "weights to evaluate (default: the embedded ones)");
    compare->add_option("--samples", evaluate->samples, "samples for the best-of rows")
        ->check(CLI::Range(1, 1000));
    compare->callback([evaluate] { run_evaluate(*evaluate); });

    auto prior = std::make_shared<PriorOptions>();
    CLI::App* edges = command->add_subcommand(
        "prior",
        "train the edge prior of --init learned-savings (supervised on Routekit's own solutions of generated "
        "instances, or of the instances in FOLDER)");
    edges->add_option("folder", prior->folder, "train on the instances in this folder")
        ->check(CLI::ExistingDirectory);
    edges->add_option("--config", prior->config, "edge-prior config (JSON); see docs/learned_policy.md");
    edges->add_option("--out", prior->out, "weights file to write (JSON)")->required();
    edges->add_flag("--quiet,-q", prior->quiet, "no progress lines on stderr");
    edges->callback([prior] { run_prior(*prior); });
}

}  // namespace routekit::cli
