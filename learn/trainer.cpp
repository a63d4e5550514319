#include "routekit/learn/trainer.hpp"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>

#include "heuristics/policy_decoder.hpp"
#include "learn/adam.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/penalty.hpp"

namespace routekit {

namespace {

using policy::DecodeOptions;
using policy::PolicyContext;
using policy::PolicyDecoder;
using policy::PolicyModel;

// splitmix64: independent, reproducible seeds for every (iteration, instance, sample).
std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// What a construction costs for training: its distance plus heavy penalties for the rare forced
// violations, so that the policy never learns to prefer them.
Cost construction_cost(const Instance& instance, const Solution& solution) {
    return penalized_cost(instance, solution, PenaltyWeights{100, 100, 100});
}

const CurriculumStage& stage_at(const TrainingConfig& config, std::int64_t iteration) {
    for (const CurriculumStage& stage : config.curriculum)
        if (iteration < stage.until) return stage;
    return config.curriculum.back();
}

struct Problem {
    std::unique_ptr<Instance> instance;
    std::unique_ptr<PolicyContext> context;
};

Problem make_problem(const GeneratorParams& params, int candidates) {
    Problem problem;
    problem.instance = std::make_unique<Instance>(generate_instance(params));
    problem.context = std::make_unique<PolicyContext>(*problem.instance, candidates);
    return problem;
}

// Runs body(task) for task in [0, count) on `threads` threads; each task owns its outputs.
template <class Body>
void for_each_task(int threads, int count, Body body) {
    tbb::task_arena arena(std::max(1, threads));
    arena.execute([&] { tbb::parallel_for(0, count, [&](int task) { body(task); }); });
}

class Validator {
  public:
    explicit Validator(const TrainingConfig& config) : config_(config) {
        for (int i = 0; i < config.validation_instances; ++i) {
            GeneratorParams params;
            params.kind = config.kinds[static_cast<std::size_t>(i) % config.kinds.size()];
            params.num_clients = config.validation_clients;
            params.time_windows = config.time_window_share > 0 && i % 4 == 3;
            params.seed = mix(config.validation_seed, static_cast<std::uint64_t>(i));
            problems_.push_back(make_problem(params, config.candidates));
            reference_.push_back(static_cast<double>(construction_cost(
                *problems_.back().instance, nearest_neighbour(*problems_.back().instance))));
        }
    }

    ValidationPoint run(const PolicyModel& model, std::int64_t iteration) const {
        const int count = static_cast<int>(problems_.size());
        std::vector<ValidationPoint> each(static_cast<std::size_t>(count));
        for_each_task(config_.threads, count, [&](int i) {
            const Problem& problem = problems_[static_cast<std::size_t>(i)];
            PolicyDecoder decoder(*problem.context, model);
            const double reference = std::max(1.0, reference_[static_cast<std::size_t>(i)]);
            DecodeOptions greedy;
            greedy.greedy = true;
            each[static_cast<std::size_t>(i)].greedy_ratio =
                static_cast<double>(
                    construction_cost(*problem.instance, decoder.decode(greedy, nullptr).solution)) /
                reference;
            Rng rng(mix(config_.validation_seed, 1000003 + static_cast<std::uint64_t>(i)));
            double best = std::numeric_limits<double>::infinity(), sum = 0;
            for (int s = 0; s < config_.samples_per_instance; ++s) {
                const double cost = static_cast<double>(
                    construction_cost(*problem.instance, decoder.decode({}, &rng).solution));
                best = std::min(best, cost);
                sum += cost;
            }
            each[static_cast<std::size_t>(i)].best_sample_ratio = best / reference;
            each[static_cast<std::size_t>(i)].mean_sample_ratio =
                sum / config_.samples_per_instance / reference;
        });
        ValidationPoint point;
        point.iteration = iteration;
        for (const ValidationPoint& p : each) {
            point.greedy_ratio += p.greedy_ratio / count;
            point.best_sample_ratio += p.best_sample_ratio / count;
            point.mean_sample_ratio += p.mean_sample_ratio / count;
        }
        return point;
    }

  private:
    const TrainingConfig& config_;
    std::vector<Problem> problems_;
    std::vector<double> reference_;
};

void check_config(const TrainingConfig& config) {
    if (config.iterations < 0) throw ParameterError("training: iterations must be >= 0");
    if (config.instances_per_batch < 1 || config.samples_per_instance < 2)
        throw ParameterError("training: need at least 1 instance and 2 samples per batch");
    if (config.kinds.empty() || config.curriculum.empty())
        throw ParameterError("training: kinds and curriculum must not be empty");
    for (const CurriculumStage& stage : config.curriculum)
        if (stage.min_clients < 2 || stage.max_clients < stage.min_clients)
            throw ParameterError("training: a curriculum stage needs 2 <= min_clients <= max_clients");
    if (config.validation_every < 1 || config.validation_instances < 1 || config.validation_clients < 2)
        throw ParameterError("training: validation needs every >= 1, instances >= 1, clients >= 2");
    if (config.candidates < 1 || config.candidates > 64)
        throw ParameterError("training: candidates in 1..64");
}

}  // namespace

namespace {

std::string weights_document(const PolicyModel& model, const TrainingConfig& config,
                             const TrainingResult& result, double best_score) {
    nlohmann::json document = model.to_json();
    // The thread count is left out: it does not change the weights, and the file must not either.
    nlohmann::json settings = nlohmann::json::parse(training_config_json(config));
    settings.erase("threads");
    document["training"] = {{"config", settings},
                            {"best_iteration", result.best_iteration},
                            {"validation_best_sample_ratio", best_score}};
    return document.dump(1);
}

}  // namespace

TrainingResult train_policy(const TrainingConfig& config, const TrainingProgress& progress,
                            const TrainingCheckpoint& checkpoint) {
    check_config(config);
    const auto started = std::chrono::steady_clock::now();
    const auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    const auto report = [&](const char* format, auto... args) {
        if (!progress) return;
        char line[256];
        std::snprintf(line, sizeof line, format, args...);
        progress(line);
    };

    PolicyModel model = config.init_weights.empty()
                            ? PolicyModel::initial(config.candidates, config.hidden, config.init_seed)
                            : load_policy_model(config.init_weights);
    if (model.candidate_count() != config.candidates)
        throw ParameterError("training: init_weights score " + std::to_string(model.candidate_count()) +
                             " candidates, the config says " + std::to_string(config.candidates));
    const auto num_parameters = static_cast<std::size_t>(model.num_parameters());
    learn::Adam adam(num_parameters, config.learning_rate);
    const Validator validator(config);
    TrainingResult result;
    double best_score = std::numeric_limits<double>::infinity();
    PolicyModel best = model;

    const int batch = config.instances_per_batch;
    const int samples = config.samples_per_instance;
    std::vector<Problem> problems(static_cast<std::size_t>(batch));
    std::vector<std::vector<double>> gradients(static_cast<std::size_t>(batch * samples),
                                               std::vector<double>(num_parameters));
    std::vector<double> costs(static_cast<std::size_t>(batch * samples));
    std::vector<double> gradient(num_parameters);
    double recent_gain = 0;

    const auto validate = [&](std::int64_t iteration) {
        const ValidationPoint point = validator.run(model, iteration);
        result.curve.push_back(point);
        if (point.best_sample_ratio < best_score) {
            best_score = point.best_sample_ratio;
            best = model;
            result.best_iteration = iteration;
        }
        report(
            "validation  iteration %lld  greedy %.4f  best-of-%d %.4f  mean sample %.4f  (x nearest "
            "neighbour)  "
            "%.0fs",
            static_cast<long long>(iteration), point.greedy_ratio, samples, point.best_sample_ratio,
            point.mean_sample_ratio, seconds());
        if (checkpoint) {
            result.weights_json = weights_document(best, config, result, best_score);
            checkpoint(result);
        }
    };
    validate(0);

    for (std::int64_t iteration = 0; iteration < config.iterations; ++iteration) {
        const CurriculumStage& stage = stage_at(config, iteration);
        for_each_task(config.threads, batch, [&](int i) {
            Rng rng(
                mix(mix(config.seed, static_cast<std::uint64_t>(iteration)), static_cast<std::uint64_t>(i)));
            GeneratorParams params;
            params.num_clients =
                stage.min_clients +
                static_cast<int>(uniform_below(
                    rng, static_cast<std::uint64_t>(stage.max_clients - stage.min_clients + 1)));
            params.kind = config.kinds[uniform_below(rng, config.kinds.size())];
            params.time_windows = uniform_unit(rng) < config.time_window_share;
            params.seed = rng();
            problems[static_cast<std::size_t>(i)] = make_problem(params, config.candidates);
        });
        std::vector<std::vector<policy::PolicyStep>> trajectories(static_cast<std::size_t>(batch * samples));
        for_each_task(config.threads, batch * samples, [&](int task) {
            const Problem& problem = problems[static_cast<std::size_t>(task / samples)];
            Rng rng(mix(mix(mix(config.seed, static_cast<std::uint64_t>(iteration)), 7919 + task / samples),
                        static_cast<std::uint64_t>(task % samples)));
            PolicyDecoder decoder(*problem.context, model);
            DecodeOptions options;
            options.record = true;
            policy::DecodeResult decoded = decoder.decode(options, &rng);
            costs[static_cast<std::size_t>(task)] =
                static_cast<double>(construction_cost(*problem.instance, decoded.solution));
            trajectories[static_cast<std::size_t>(task)] = std::move(decoded.steps);
        });
        // The shared baseline: the mean cost of the instance's samples; advantages relative to it.
        for_each_task(config.threads, batch * samples, [&](int task) {
            const auto first = costs.begin() + static_cast<long>(task / samples * samples);
            const double mean = std::accumulate(first, first + samples, 0.0) / samples;
            const double advantage = (costs[static_cast<std::size_t>(task)] - mean) / std::max(1.0, mean);
            std::vector<double>& g = gradients[static_cast<std::size_t>(task)];
            std::fill(g.begin(), g.end(), 0.0);
            if (advantage == 0) return;
            policy::ForwardCache cache;
            policy::trajectory_log_probability(model, trajectories[static_cast<std::size_t>(task)], 1.0,
                                               advantage / (batch * samples), g, cache);
        });
        // Fixed-order reduction: the sum does not depend on which thread computed what.
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (const std::vector<double>& g : gradients)
            for (std::size_t p = 0; p < num_parameters; ++p) gradient[p] += g[p];
        const double norm = learn::clip_to_norm(gradient, config.clip_norm);
        adam.step(model.parameters(), gradient);

        double gain = 0;  // how much better the best sample is than the mean, averaged over instances
        for (int i = 0; i < batch; ++i) {
            const auto first = costs.begin() + static_cast<long>(i * samples);
            const double mean = std::accumulate(first, first + samples, 0.0) / samples;
            gain += (1.0 - *std::min_element(first, first + samples) / std::max(1.0, mean)) / batch;
        }
        recent_gain = iteration == 0 ? gain : 0.95 * recent_gain + 0.05 * gain;
        const std::int64_t done = iteration + 1;
        if (done % std::max<std::int64_t>(1, config.validation_every / 5) == 0 || done == config.iterations)
            report(
                "iteration %lld/%lld  clients %d-%d  gradient norm %.4f  best-vs-mean sample gap %.4f  %.0fs",
                static_cast<long long>(done), static_cast<long long>(config.iterations), stage.min_clients,
                stage.max_clients, norm, recent_gain, seconds());
        if (done % config.validation_every == 0 || done == config.iterations) validate(done);
    }

    result.weights_json = weights_document(best, config, result, best_score);
    result.final_parameters.assign(model.parameters().begin(), model.parameters().end());
    return result;
}

}  // namespace routekit
