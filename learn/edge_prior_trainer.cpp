#include "routekit/learn/edge_prior_trainer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>

#include "heuristics/edge_prior.hpp"
#include "learn/adam.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/penalty.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit {

namespace {

using prior::EdgePriorModel;
using prior::kEdgeFeatureCount;

struct ArcSet {
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
};

struct Labelled {
    Instance instance;
    Solution solution;
};

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::vector<Instance> training_instances(const EdgePriorConfig& config) {
    std::vector<Instance> instances;
    if (!config.instance_folder.empty()) {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(config.instance_folder))
            if (entry.is_regular_file()) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        if (files.size() < 2)
            throw InputError(config.instance_folder, 0, "expected at least two instance files");
        for (const auto& file : files) instances.push_back(read_instance(file.string()));
        return instances;
    }
    Rng sizes(config.seed);
    for (int k = 0; k < config.instances + config.validation_instances; ++k) {
        GeneratorParams params;
        params.kind = config.kind;
        params.num_clients =
            config.min_clients +
            static_cast<int>(uniform_below(
                sizes, static_cast<std::uint64_t>(config.max_clients - config.min_clients + 1)));
        // Seeds drawn 64-bit from the training seed: never the small seeds the benchmarks generate with.
        params.seed = splitmix(config.seed * 1000003 + static_cast<std::uint64_t>(k)) | (1ULL << 40);
        instances.push_back(generate_instance(params));
    }
    return instances;
}

Solution label_solution(const EdgePriorConfig& config, const Instance& instance, std::uint64_t seed) {
    SolverParams params;
    params.threads = 1;
    params.seed = seed;
    if (config.solve_iterations >= 0) {
        params.iterations = config.solve_iterations;
    } else {
        params.time_limit = config.solve_seconds;
        // Process CPU seconds: the load of a shared machine must not shrink the labels' budget.
        const std::clock_t began = std::clock();
        params.budget_clock = [began] { return static_cast<double>(std::clock() - began) / CLOCKS_PER_SEC; };
    }
    return solve(instance, params).solution;
}

// The labelled arcs of one solved instance: each client's `arcs_per_client` nearest savings candidates, 1
// when the solution links the two (either way on a symmetric instance).
void append_arcs(const Labelled& labelled, int arcs_per_client, std::vector<double>& features,
                 std::vector<double>& labels) {
    const Instance& instance = labelled.instance;
    const std::vector<Saving> candidates = savings_candidates(instance);
    const prior::EdgeFeatureContext context(instance, candidates);
    const int n = instance.num_nodes();
    std::vector<int> next(static_cast<std::size_t>(n), -1), previous(static_cast<std::size_t>(n), -1);
    for (const Route& route : labelled.solution.routes)
        for (std::size_t k = 0; k + 1 < route.size(); ++k) {
            next[static_cast<std::size_t>(route[k])] = route[k + 1];
            previous[static_cast<std::size_t>(route[k + 1])] = route[k];
        }
    const bool symmetric = instance.distance_symmetric();
    std::vector<double> row(kEdgeFeatureCount);
    for (int i = 1; i < n; ++i) {
        const auto& list = context.successors(i);
        const std::size_t count =
            std::min<std::size_t>(list.size(), static_cast<std::size_t>(arcs_per_client));
        for (std::size_t k = 0; k < count; ++k) {
            const int j = list[k];
            context.features(i, j, row);
            features.insert(features.end(), row.begin(), row.end());
            const bool linked = next[static_cast<std::size_t>(i)] == j ||
                                (symmetric && previous[static_cast<std::size_t>(i)] == j);
            labels.push_back(linked ? 1.0 : 0.0);
        }
    }
}

ArcSet arc_set(const std::vector<Labelled>& solved, std::size_t first, std::size_t last,
               int arcs_per_client) {
    std::vector<double> features, labels;
    for (std::size_t k = first; k < last; ++k) append_arcs(solved[k], arcs_per_client, features, labels);
    ArcSet set;
    const long rows = static_cast<long>(labels.size());
    set.x = Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        features.data(), rows, kEdgeFeatureCount);
    set.y = Eigen::Map<const Eigen::VectorXd>(labels.data(), rows);
    return set;
}

// Mean binary cross-entropy of the logits z against y: log(1 + e^z) - y z, computed stably.
double mean_loss(const Eigen::VectorXd& z, const Eigen::VectorXd& y) {
    double sum = 0;
    for (long r = 0; r < z.size(); ++r)
        sum += std::max(z(r), 0.0) + std::log1p(std::exp(-std::abs(z(r)))) - y(r) * z(r);
    return z.size() > 0 ? sum / static_cast<double>(z.size()) : 0;
}

double set_loss(const EdgePriorModel& model, const ArcSet& set) {
    prior::EdgeForwardCache cache;
    return mean_loss(model.forward(set.x, cache), set.y);
}

// One pass over the training arcs in minibatches of a seeded random order.
void train_epoch(EdgePriorModel& model, learn::Adam& adam, const ArcSet& set, int batch, Rng& rng) {
    std::vector<long> order(static_cast<std::size_t>(set.y.size()));
    std::iota(order.begin(), order.end(), 0L);
    portable_shuffle(order.begin(), order.end(), rng);
    prior::EdgeForwardCache cache;
    std::vector<double> gradient(static_cast<std::size_t>(model.num_parameters()));
    for (std::size_t first = 0; first < order.size(); first += static_cast<std::size_t>(batch)) {
        const long count =
            static_cast<long>(std::min<std::size_t>(static_cast<std::size_t>(batch), order.size() - first));
        Eigen::MatrixXd x(count, kEdgeFeatureCount);
        Eigen::VectorXd y(count);
        for (long r = 0; r < count; ++r) {
            x.row(r) = set.x.row(order[first + static_cast<std::size_t>(r)]);
            y(r) = set.y(order[first + static_cast<std::size_t>(r)]);
        }
        const Eigen::VectorXd& z = model.forward(x, cache);
        // d loss / d z = sigmoid(z) - y, averaged over the batch.
        const Eigen::VectorXd dz =
            ((1.0 / (1.0 + (-z.array()).exp())) - y.array()).matrix() / static_cast<double>(count);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        model.backward(cache, dz, gradient);
        adam.step(model.parameters(), gradient);
    }
}

Cost total_cost(const Instance& instance, const Solution& solution) {
    return penalized_cost(instance, solution, PenaltyWeights{100, 100, 100});
}

// Mean over the validation instances of learned-savings' cost / plain savings' cost (the greedy construction
// and `samples` randomized ones drawn alike for both), as built and after a granular descent.
LambdaPoint lambda_point(const EdgePriorConfig& config, const EdgePriorModel& model, double lambda,
                         const std::vector<Labelled>& validation) {
    LambdaPoint point;
    point.lambda = lambda;
    for (std::size_t v = 0; v < validation.size(); ++v) {
        const Instance& instance = validation[v].instance;
        std::vector<Saving> plain = savings_candidates(instance);
        std::vector<Saving> learned = plain;
        prior::apply_edge_prior(instance, learned, model, lambda);
        LocalSearchParams params;
        params.swap_star = false;
        LocalSearch search(instance, params);
        double built[2] = {0, 0}, descended[2] = {0, 0};
        for (int s = 0; s <= config.lambda_samples; ++s) {
            const std::vector<Saving>* sets[2] = {&plain, &learned};
            for (int a = 0; a < 2; ++a) {
                Rng rng(splitmix(config.seed + 7919 * v + static_cast<std::uint64_t>(s)));
                Solution solution = savings(instance, *sets[a], s == 0 ? nullptr : &rng);
                built[a] += static_cast<double>(total_cost(instance, solution));
                search.run(solution, PenaltyWeights{100, 100, 100}, rng);
                descended[a] += static_cast<double>(total_cost(instance, solution));
            }
        }
        point.construction_ratio += built[1] / built[0] / static_cast<double>(validation.size());
        point.descent_ratio += descended[1] / descended[0] / static_cast<double>(validation.size());
    }
    return point;
}

}  // namespace

EdgePriorResult train_edge_prior(const EdgePriorConfig& config, const EdgePriorProgress& progress) {
    const auto say = [&](const std::string& line) {
        if (progress) progress(line);
    };
    std::vector<Instance> instances = training_instances(config);
    const std::size_t validation_count =
        config.instance_folder.empty()
            ? static_cast<std::size_t>(config.validation_instances)
            : std::min<std::size_t>(static_cast<std::size_t>(config.validation_instances),
                                    instances.size() / 2);
    std::vector<Labelled> solved;
    for (std::size_t k = 0; k < instances.size(); ++k) {
        Solution solution = label_solution(config, instances[k], config.seed + k);
        solved.push_back(Labelled{std::move(instances[k]), std::move(solution)});
        if ((k + 1) % 10 == 0 || k + 1 == instances.size())
            say("labels: " + std::to_string(k + 1) + " of " + std::to_string(instances.size()) +
                " instances solved");
    }
    const std::size_t split = solved.size() - validation_count;
    const ArcSet train = arc_set(solved, 0, split, config.arcs_per_client);
    const ArcSet validation = arc_set(solved, split, solved.size(), config.arcs_per_client);
    const std::vector<Labelled> validation_solved(solved.begin() + static_cast<long>(split), solved.end());

    EdgePriorResult result;
    result.positive_share = train.y.size() > 0 ? train.y.mean() : 0;
    EdgePriorModel model = EdgePriorModel::initial(config.hidden, config.init_seed);
    EdgePriorModel best = model;
    learn::Adam adam(static_cast<std::size_t>(model.num_parameters()), config.learning_rate);
    Rng order(splitmix(config.seed ^ 0x5eed));
    double best_loss = set_loss(model, validation);
    result.curve.push_back({0, set_loss(model, train), best_loss});
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        train_epoch(model, adam, train, config.batch, order);
        const EdgePriorEpoch point{epoch, set_loss(model, train), set_loss(model, validation)};
        result.curve.push_back(point);
        if (point.validation_loss < best_loss)
            best_loss = point.validation_loss, best = model, result.best_epoch = epoch;
        char line[160];
        std::snprintf(line, sizeof line, "epoch %d: train loss %.5f, validation loss %.5f", epoch,
                      point.train_loss, point.validation_loss);
        say(line);
    }
    double best_ratio = 1;
    best.set_lambda(0);
    best.set_sampling(config.sampling);
    for (double lambda : config.lambdas) {
        const LambdaPoint point = lambda_point(config, best, lambda, validation_solved);
        result.lambdas.push_back(point);
        char line[160];
        std::snprintf(line, sizeof line, "lambda %g: constructions %.4f, after a descent %.4f of savings'",
                      lambda, point.construction_ratio, point.descent_ratio);
        say(line);
        if (point.descent_ratio < best_ratio) best_ratio = point.descent_ratio, best.set_lambda(lambda);
    }
    nlohmann::json document = best.to_json();
    nlohmann::json curve = nlohmann::json::array(), lambdas = nlohmann::json::array();
    for (const EdgePriorEpoch& p : result.curve)
        curve.push_back(
            {{"epoch", p.epoch}, {"train_loss", p.train_loss}, {"validation_loss", p.validation_loss}});
    for (const LambdaPoint& p : result.lambdas)
        lambdas.push_back({{"lambda", p.lambda},
                           {"construction_ratio", p.construction_ratio},
                           {"descent_ratio", p.descent_ratio}});
    document["training"] = {{"config", nlohmann::json::parse(edge_prior_config_json(config))},
                            {"best_epoch", result.best_epoch},
                            {"positive_share", result.positive_share},
                            {"training_arcs", train.y.size()},
                            {"curve", curve},
                            {"lambdas", lambdas}};
    result.weights_json = document.dump(1);
    return result;
}

}  // namespace routekit
