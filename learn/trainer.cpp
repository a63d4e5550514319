#include "routekit/learn/trainer.hpp"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>
#include <span>

#include "heuristics/policy_decoder.hpp"
#include "learn/adam.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/io/read_instance.hpp"
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

bool descent_reward(const TrainingConfig& config) {
    return config.reward == "descent";
}

// Shared, so that a folder's instances are prepared once and reused by every batch that draws them.
struct Problem {
    std::shared_ptr<const Instance> instance;
    std::shared_ptr<const PolicyContext> context;
    std::shared_ptr<const NeighbourLists> neighbours;  ///< the descent's, with the descent reward
};

Problem make_problem(Instance instance, const TrainingConfig& config) {
    Problem problem;
    problem.instance = std::make_shared<const Instance>(std::move(instance));
    problem.context = std::make_shared<const PolicyContext>(*problem.instance, config.candidates);
    if (descent_reward(config))
        problem.neighbours = shared_neighbour_lists(*problem.instance, config.descent_granularity);
    return problem;
}

Problem make_problem(const GeneratorParams& params, const TrainingConfig& config) {
    return make_problem(generate_instance(params), config);
}

// What a rollout is worth to the search: its cost as built, or after a short granular descent (which the
// genetic search applies to every initial solution anyway).
Cost rollout_cost(const TrainingConfig& config, const Problem& problem, Solution& solution,
                  std::uint64_t seed) {
    if (descent_reward(config)) {
        LocalSearchParams params;
        params.granularity = config.descent_granularity;
        params.swap_star = false;
        params.neighbours = problem.neighbours;
        LocalSearch search(*problem.instance, params);
        Rng rng(seed);
        search.run(solution, PenaltyWeights{100, 100, 100}, rng);
    }
    return construction_cost(*problem.instance, solution);
}

// For each solution, its mean broken-pairs distance to the others of the group: the share of clients whose
// successor in it is neither their successor nor their predecessor in the other (HGS's diversity measure).
std::vector<double> mean_distances(std::span<const Solution> group, int num_nodes) {
    const std::size_t count = group.size();
    std::vector<std::vector<int>> next(count, std::vector<int>(static_cast<std::size_t>(num_nodes), 0));
    std::vector<std::vector<int>> prev = next;
    for (std::size_t s = 0; s < count; ++s)
        for (const Route& route : group[s].routes)
            for (std::size_t k = 0; k < route.size(); ++k) {
                next[s][route[k]] = k + 1 < route.size() ? route[k + 1] : 0;
                prev[s][route[k]] = k > 0 ? route[k - 1] : 0;
            }
    std::vector<double> mean(count, 0.0);
    if (count < 2 || num_nodes < 2) return mean;
    for (std::size_t a = 0; a < count; ++a)
        for (std::size_t b = 0; b < count; ++b) {
            if (a == b) continue;
            int broken = 0;
            for (int j = 1; j < num_nodes; ++j)
                broken += next[a][j] != next[b][j] && next[a][j] != prev[b][j];
            mean[a] += static_cast<double>(broken) / (num_nodes - 1) / static_cast<double>(count - 1);
        }
    return mean;
}

// The first client of each of `count` rollouts: distinct while there are enough clients (POMO's starts,
// drawn rather than all n of them, since a descent per rollout is the expensive part); 0 (the policy
// chooses) without start_clients.
std::vector<int> start_clients(const TrainingConfig& config, const Instance& instance, int count, Rng& rng) {
    std::vector<int> starts(static_cast<std::size_t>(count), 0);
    if (!config.start_clients || instance.num_nodes() < 2) return starts;
    std::vector<int> clients(static_cast<std::size_t>(instance.num_nodes() - 1));
    std::iota(clients.begin(), clients.end(), 1);
    for (int s = 0; s < count; ++s) {
        const std::size_t round = static_cast<std::size_t>(s) % clients.size();
        if (round == 0) portable_shuffle(clients.begin(), clients.end(), rng);
        starts[static_cast<std::size_t>(s)] = clients[round];
    }
    return starts;
}

std::vector<Problem> folder_problems(const TrainingConfig& config) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(config.instance_folder))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw InputError(config.instance_folder, 0, "no instance files to train on");
    std::vector<Problem> problems;
    for (const std::filesystem::path& file : files)
        problems.push_back(make_problem(read_instance(file.string()), config));
    return problems;
}

// Runs body(task) for task in [0, count) on `threads` threads; each task owns its outputs.
template <class Body>
void for_each_task(int threads, int count, Body body) {
    tbb::task_arena arena(std::max(1, threads));
    arena.execute([&] { tbb::parallel_for(0, count, [&](int task) { body(task); }); });
}

// Validation ratios are to nearest neighbour's construction with the construction reward, and to savings
// after the same descent with the descent reward (what the policy's seeds must beat in the search).
class Validator {
  public:
    Validator(const TrainingConfig& config, const std::vector<Problem>& folder) : config_(config) {
        for (int i = 0; i < config.validation_instances; ++i) {
            if (!folder.empty()) {
                if (static_cast<std::size_t>(i) >= folder.size()) break;
                problems_.push_back(folder[static_cast<std::size_t>(i)]);
            } else {
                GeneratorParams params;
                params.kind = config.kinds[static_cast<std::size_t>(i) % config.kinds.size()];
                params.num_clients = config.validation_clients;
                params.time_windows = config.time_window_share > 0 && i % 4 == 3;
                params.seed = mix(config.validation_seed, static_cast<std::uint64_t>(i));
                problems_.push_back(make_problem(params, config));
            }
        }
        reference_.resize(problems_.size());
        for_each_task(config.threads, static_cast<int>(problems_.size()), [&](int i) {
            const Problem& problem = problems_[static_cast<std::size_t>(i)];
            Solution reference =
                descent_reward(config) ? savings(*problem.instance) : nearest_neighbour(*problem.instance);
            reference_[static_cast<std::size_t>(i)] = static_cast<double>(rollout_cost(
                config, problem, reference, mix(config.validation_seed, 77 + static_cast<std::uint64_t>(i))));
        });
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
            const std::uint64_t seed = mix(config_.validation_seed, 1000003 + static_cast<std::uint64_t>(i));
            Solution greedy_solution = decoder.decode(greedy, nullptr).solution;
            each[static_cast<std::size_t>(i)].greedy_ratio =
                static_cast<double>(rollout_cost(config_, problem, greedy_solution, seed)) / reference;
            Rng rng(seed);
            const std::vector<int> starts =
                start_clients(config_, *problem.instance, config_.samples_per_instance, rng);
            double best = std::numeric_limits<double>::infinity(), sum = 0;
            for (int s = 0; s < config_.samples_per_instance; ++s) {
                DecodeOptions options;
                options.first_client = starts[static_cast<std::size_t>(s)];
                Solution solution = decoder.decode(options, &rng).solution;
                const double cost = static_cast<double>(
                    rollout_cost(config_, problem, solution, mix(seed, 31 + static_cast<std::uint64_t>(s))));
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
    if (config.reward != "construction" && config.reward != "descent")
        throw ParameterError("training: reward is \"construction\" or \"descent\", found \"" + config.reward +
                             "\"");
    if (config.descent_granularity < 1) throw ParameterError("training: descent_granularity must be >= 1");
}

}  // namespace

namespace {

std::string weights_document(const PolicyModel& model, const TrainingConfig& config,
                             const TrainingResult& result, double best_score) {
    nlohmann::json document = model.to_json();
    // The thread count is left out: it does not change the weights, and the file must not either.
    nlohmann::json settings = nlohmann::json::parse(training_config_json(config));
    settings.erase("threads");
    document["training"] = {
        {"config", settings},
        {"validation_reference", descent_reward(config) ? "savings after the descent" : "nearest neighbour"},
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
                        : config.init_weights == "embedded" ? default_policy_model()
                                                            : load_policy_model(config.init_weights);
    if (model.candidate_count() != config.candidates)
        throw ParameterError("training: init_weights score " + std::to_string(model.candidate_count()) +
                             " candidates, the config says " + std::to_string(config.candidates));
    const auto num_parameters = static_cast<std::size_t>(model.num_parameters());
    learn::Adam adam(num_parameters, config.learning_rate);
    const std::vector<Problem> folder =
        config.instance_folder.empty() ? std::vector<Problem>{} : folder_problems(config);
    const Validator validator(config, folder);
    TrainingResult result;
    double best_score = std::numeric_limits<double>::infinity();
    PolicyModel best = model;

    const int batch = config.instances_per_batch;
    const int samples = config.samples_per_instance;
    std::vector<Problem> problems(static_cast<std::size_t>(batch));
    std::vector<std::vector<double>> gradients(static_cast<std::size_t>(batch * samples),
                                               std::vector<double>(num_parameters));
    std::vector<double> costs(static_cast<std::size_t>(batch * samples));
    std::vector<double> diversity(static_cast<std::size_t>(batch * samples), 0.0);
    std::vector<Solution> solutions(static_cast<std::size_t>(batch * samples));
    std::vector<std::vector<int>> starts(static_cast<std::size_t>(batch));
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
        report("validation  iteration %lld  greedy %.4f  best-of-%d %.4f  mean sample %.4f  (x %s)  %.0fs",
               static_cast<long long>(iteration), point.greedy_ratio, samples, point.best_sample_ratio,
               point.mean_sample_ratio,
               descent_reward(config) ? "savings, both after the descent" : "nearest neighbour", seconds());
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
            if (!folder.empty()) {
                problems[static_cast<std::size_t>(i)] = folder[uniform_below(rng, folder.size())];
            } else {
                GeneratorParams params;
                params.num_clients =
                    stage.min_clients +
                    static_cast<int>(uniform_below(
                        rng, static_cast<std::uint64_t>(stage.max_clients - stage.min_clients + 1)));
                params.kind = config.kinds[uniform_below(rng, config.kinds.size())];
                params.time_windows = uniform_unit(rng) < config.time_window_share;
                params.seed = rng();
                problems[static_cast<std::size_t>(i)] = make_problem(params, config);
            }
            starts[static_cast<std::size_t>(i)] =
                start_clients(config, *problems[static_cast<std::size_t>(i)].instance, samples, rng);
        });
        std::vector<std::vector<policy::PolicyStep>> trajectories(static_cast<std::size_t>(batch * samples));
        for_each_task(config.threads, batch * samples, [&](int task) {
            const Problem& problem = problems[static_cast<std::size_t>(task / samples)];
            Rng rng(mix(mix(mix(config.seed, static_cast<std::uint64_t>(iteration)), 7919 + task / samples),
                        static_cast<std::uint64_t>(task % samples)));
            PolicyDecoder decoder(*problem.context, model);
            DecodeOptions options;
            options.record = true;
            options.first_client =
                starts[static_cast<std::size_t>(task / samples)][static_cast<std::size_t>(task % samples)];
            policy::DecodeResult decoded = decoder.decode(options, &rng);
            costs[static_cast<std::size_t>(task)] =
                static_cast<double>(rollout_cost(config, problem, decoded.solution, rng()));
            solutions[static_cast<std::size_t>(task)] = std::move(decoded.solution);
            trajectories[static_cast<std::size_t>(task)] = std::move(decoded.steps);
        });
        if (config.diversity_weight != 0)
            for_each_task(config.threads, batch, [&](int i) {
                const std::vector<double> d = mean_distances(
                    std::span<const Solution>(solutions).subspan(static_cast<std::size_t>(i * samples),
                                                                 static_cast<std::size_t>(samples)),
                    problems[static_cast<std::size_t>(i)].instance->num_nodes());
                std::copy(d.begin(), d.end(), diversity.begin() + static_cast<long>(i * samples));
            });
        // The shared baseline: the mean cost of the instance's samples; advantages relative to it.
        for_each_task(config.threads, batch * samples, [&](int task) {
            const auto first = costs.begin() + static_cast<long>(task / samples * samples);
            const double mean = std::accumulate(first, first + samples, 0.0) / samples;
            const auto spread = diversity.begin() + static_cast<long>(task / samples * samples);
            const double mean_spread = std::accumulate(spread, spread + samples, 0.0) / samples;
            // Lower is better: the relative cost less the weighted diversity, both against the instance's
            // mean.
            const double advantage =
                (costs[static_cast<std::size_t>(task)] - mean) / std::max(1.0, mean) -
                config.diversity_weight * (diversity[static_cast<std::size_t>(task)] - mean_spread);
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
        const bool out_of_time = config.time_limit_seconds > 0 && seconds() >= config.time_limit_seconds;
        if (done % config.validation_every == 0 || done == config.iterations || out_of_time) validate(done);
        if (out_of_time) break;
    }

    result.weights_json = weights_document(best, config, result, best_score);
    result.final_parameters.assign(model.parameters().begin(), model.parameters().end());
    return result;
}

}  // namespace routekit
