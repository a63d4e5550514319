#include "heuristics/edge_prior.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <utility>

#include "heuristics/edge_prior_embedded.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/random.hpp"

namespace routekit::prior {

namespace {

/// Clients whose mean cost to their nearest candidates is a client's local scale.
constexpr int kScaleNeighbours = 10;

double softsign(double a) {
    return a / (1 + std::abs(a));
}

}  // namespace

const std::vector<std::string>& edge_feature_names() {
    static const std::vector<std::string> names{
        "out_rank",         "in_rank",      "cost_over_scale_i", "cost_over_scale_j",
        "cost_over_global", "saving_share", "depot_cost_i",      "depot_cost_j",
        "radial",           "demand_i",     "demand_j",          "demand_pair",
        "log_route_size",   "log_size",     "density_i",         "density_j"};
    return names;
}

EdgeFeatureContext::EdgeFeatureContext(const Instance& instance, const std::vector<Saving>& candidates)
    : EdgeFeatureContext(instance, successors_nearest_first(instance, candidates)) {}

EdgeFeatureContext::EdgeFeatureContext(const Instance& instance, std::vector<std::vector<int>> successors)
    : instance_(instance), sorted_(std::move(successors)) {
    const int n = instance.num_nodes();
    ranks_.resize(sorted_.size());
    for (std::size_t i = 0; i < sorted_.size(); ++i) {
        for (std::size_t k = 0; k < sorted_[i].size(); ++k)
            ranks_[i].emplace_back(sorted_[i][k], static_cast<int>(k));
        std::sort(ranks_[i].begin(), ranks_[i].end());
    }
    scale_.assign(static_cast<std::size_t>(n), 1.0);
    double scale_sum = 0, depot_sum = 0;
    for (int i = 1; i < n; ++i) {
        const auto& list = sorted_[static_cast<std::size_t>(i)];
        const int count = std::min<int>(kScaleNeighbours, static_cast<int>(list.size()));
        double sum = 0;
        for (int k = 0; k < count; ++k)
            sum += static_cast<double>(instance.distance(i, list[static_cast<std::size_t>(k)]));
        scale_[static_cast<std::size_t>(i)] = std::max(1e-9, count > 0 ? sum / count : 1.0);
        scale_sum += scale_[static_cast<std::size_t>(i)];
        depot_sum += 0.5 * static_cast<double>(instance.distance(i, 0) + instance.distance(0, i));
    }
    const int clients = std::max(1, n - 1);
    global_scale_ = std::max(1e-9, scale_sum / clients);
    mean_depot_ = std::max(1e-9, depot_sum / clients);
    double total_demand = 0;
    for (int i = 1; i < n; ++i) total_demand += static_cast<double>(instance.demand(i));
    // Clients a full vehicle carries on average (X's route size r); without a usable capacity, all of them.
    const double capacity = static_cast<double>(instance.capacity());
    const double route_size = instance.capacity() >= kUnlimited || total_demand <= 0
                                  ? clients
                                  : std::min<double>(clients, capacity * clients / total_demand);
    log_route_size_ = std::log(std::max(1.0, route_size)) / std::log(25.0);
    log_size_ = std::log(static_cast<double>(clients)) / std::log(1000.0);
}

int EdgeFeatureContext::rank_of(int i, int j) const {
    const auto& ranks = ranks_[static_cast<std::size_t>(i)];
    const auto found = std::lower_bound(ranks.begin(), ranks.end(), std::pair{j, 0});
    return found != ranks.end() && found->first == j ? found->second : static_cast<int>(ranks.size());
}

void EdgeFeatureContext::features(int i, int j, std::span<double> out) const {
    const auto& list_i = sorted_[static_cast<std::size_t>(i)];
    const double log_length = std::log1p(static_cast<double>(std::max<std::size_t>(list_i.size(), 1)));
    const double d = static_cast<double>(instance_.distance(i, j));
    const double di0 = static_cast<double>(instance_.distance(i, 0));
    const double d0j = static_cast<double>(instance_.distance(0, j));
    const double si = scale_[static_cast<std::size_t>(i)], sj = scale_[static_cast<std::size_t>(j)];
    const bool loads = instance_.capacity() < kUnlimited && instance_.capacity() > 0;
    const double capacity = loads ? static_cast<double>(instance_.capacity()) : 1.0;
    const double qi = loads ? static_cast<double>(instance_.demand(i)) / capacity : 0;
    const double qj = loads ? static_cast<double>(instance_.demand(j)) / capacity : 0;
    out[0] = std::log1p(rank_of(i, j)) / log_length;
    out[1] = std::log1p(std::min<double>(rank_of(j, i), static_cast<double>(list_i.size()))) / log_length;
    out[2] = std::min(d / si, 20.0);
    out[3] = std::min(d / sj, 20.0);
    out[4] = std::min(d / global_scale_, 20.0);
    out[5] = di0 + d0j > 0 ? (di0 + d0j - d) / (di0 + d0j) : 0;
    out[6] = std::min(di0 / mean_depot_, 10.0);
    out[7] = std::min(d0j / mean_depot_, 10.0);
    // 1 when the arc points at the depot, 0 when it runs across: no coordinates needed.
    out[8] = d > 0 ? std::min(1.0, std::abs(di0 - d0j) / d) : 1.0;
    out[9] = std::min(qi, 1.0);
    out[10] = std::min(qj, 1.0);
    out[11] = std::min(qi + qj, 2.0);
    out[12] = log_route_size_;
    out[13] = log_size_;
    out[14] = std::min(si / global_scale_, 10.0);
    out[15] = std::min(sj / global_scale_, 10.0);
}

EdgePriorModel::EdgePriorModel(int hidden)
    : hidden_(hidden),
      parameters_(
          static_cast<std::size_t>(hidden * kEdgeFeatureCount + hidden + hidden + 1 + kEdgeFeatureCount),
          0.0) {}

EdgePriorModel EdgePriorModel::initial(int hidden, std::uint64_t seed) {
    if (hidden < 1) throw ParameterError("edge prior: hidden must be at least 1");
    EdgePriorModel model(hidden);
    Rng rng(seed);
    const double bound = std::sqrt(6.0 / (kEdgeFeatureCount + hidden));
    for (int k = 0; k < hidden * kEdgeFeatureCount; ++k)
        model.parameters_[static_cast<std::size_t>(k)] = (2 * uniform_unit(rng) - 1) * bound;
    return model;
}

const Eigen::VectorXd& EdgePriorModel::forward(const Eigen::MatrixXd& x, EdgeForwardCache& cache) const {
    const int f = kEdgeFeatureCount, h = hidden_;
    const double* p = parameters_.data();
    const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> w(p, h, f);
    const Eigen::Map<const Eigen::VectorXd> b(p + h * f, h), v(p + h * f + h, h), s(p + h * f + 2 * h + 1, f);
    const double c = p[h * f + 2 * h];
    cache.input = x;
    cache.pre = (x * w.transpose()).rowwise() + b.transpose();
    cache.hidden = cache.pre.unaryExpr([](double a) { return softsign(a); });
    cache.logits = cache.hidden * v + x * s;
    cache.logits.array() += c;
    return cache.logits;
}

void EdgePriorModel::backward(const EdgeForwardCache& cache, const Eigen::VectorXd& dlogits,
                              std::span<double> gradient) const {
    const int f = kEdgeFeatureCount, h = hidden_;
    const double* p = parameters_.data();
    const Eigen::Map<const Eigen::VectorXd> v(p + h * f + h, h);
    double* g = gradient.data();
    Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> gw(g, h, f);
    Eigen::Map<Eigen::VectorXd> gb(g + h * f, h), gv(g + h * f + h, h), gs(g + h * f + 2 * h + 1, f);
    gv += cache.hidden.transpose() * dlogits;
    g[h * f + 2 * h] += dlogits.sum();
    gs += cache.input.transpose() * dlogits;
    // d softsign(a)/da = 1 / (1 + |a|)^2
    const Eigen::MatrixXd dpre =
        ((dlogits * v.transpose()).array() / (1 + cache.pre.array().abs()).square()).matrix();
    gw += dpre.transpose() * cache.input;
    gb += dpre.colwise().sum().transpose();
}

nlohmann::json EdgePriorModel::to_json() const {
    return {{"format", "routekit-edge-prior-1"},
            {"features", edge_feature_names()},
            {"hidden", hidden_},
            {"lambda", lambda_},
            {"sampling", sampling_},
            {"parameters", parameters_}};
}

EdgePriorModel EdgePriorModel::from_json(const nlohmann::json& document, const std::string& source) {
    if (!document.is_object() || document.value("format", "") != "routekit-edge-prior-1")
        throw InputError(source, 0, "expected an edge-prior weights document (format routekit-edge-prior-1)");
    if (!document.contains("features") || document["features"] != nlohmann::json(edge_feature_names()))
        throw InputError(source, 0, "the edge prior was trained on other features than this build computes");
    if (!document.contains("hidden") || !document["hidden"].is_number_integer() ||
        document["hidden"].get<int>() < 1)
        throw InputError(source, 0, "expected \"hidden\": a positive integer");
    EdgePriorModel model(document["hidden"].get<int>());
    if (!document.contains("parameters") || !document["parameters"].is_array() ||
        document["parameters"].size() != model.parameters_.size())
        throw InputError(source, 0,
                         "expected \"parameters\": " + std::to_string(model.parameters_.size()) + " numbers");
    for (std::size_t k = 0; k < model.parameters_.size(); ++k) {
        if (!document["parameters"][k].is_number())
            throw InputError(source, 0, "expected \"parameters\": numbers only");
        model.parameters_[k] = document["parameters"][k].get<double>();
    }
    if (!document.contains("lambda") || !document["lambda"].is_number())
        throw InputError(source, 0, "expected \"lambda\": a number");
    model.lambda_ = document["lambda"].get<double>();
    try {
        model.set_sampling(document.value("sampling", std::string("fixed")));
    } catch (const std::exception&) {
        throw InputError(source, 0, "expected \"sampling\": fixed, uniform or greedy");
    }
    return model;
}

std::vector<double> edge_logits(const EdgeFeatureContext& context, const std::vector<Saving>& candidates,
                                const EdgePriorModel& model) {
    // In blocks, so that the feature matrix stays small at n = 1000 (80,000 arcs).
    constexpr std::size_t kBlock = 4096;
    std::vector<double> logits(candidates.size());
    EdgeForwardCache cache;
    Eigen::MatrixXd x;
    for (std::size_t first = 0; first < candidates.size(); first += kBlock) {
        const std::size_t count = std::min(kBlock, candidates.size() - first);
        x.resize(static_cast<long>(count), kEdgeFeatureCount);
        std::vector<double> row(kEdgeFeatureCount);
        for (std::size_t r = 0; r < count; ++r) {
            context.features(candidates[first + r].from, candidates[first + r].to, row);
            for (int k = 0; k < kEdgeFeatureCount; ++k)
                x(static_cast<long>(r), k) = row[static_cast<std::size_t>(k)];
        }
        const Eigen::VectorXd& out = model.forward(x, cache);
        for (std::size_t r = 0; r < count; ++r) logits[first + r] = out(static_cast<long>(r));
    }
    return logits;
}

std::vector<double> edge_bonuses(const Instance& instance, const std::vector<Saving>& candidates,
                                 const EdgePriorModel& model, double lambda) {
    if (lambda == 0) return std::vector<double>(candidates.size(), 0.0);
    const EdgeFeatureContext context(instance, candidates);
    std::vector<double> bonuses = edge_logits(context, candidates, model);
    const double unit = lambda * context.global_scale();
    for (double& bonus : bonuses) bonus *= unit;
    return bonuses;
}

void set_sort_keys(std::vector<Saving>& candidates, const std::vector<double>& bonuses, double share) {
    for (std::size_t k = 0; k < candidates.size(); ++k)
        candidates[k].sort_key = candidates[k].value + static_cast<Cost>(std::llround(share * bonuses[k]));
}

void apply_edge_prior(const Instance& instance, std::vector<Saving>& candidates, const EdgePriorModel& model,
                      double lambda) {
    set_sort_keys(candidates, edge_bonuses(instance, candidates, model, lambda), 1.0);
}

void EdgePriorModel::set_sampling(const std::string& sampling) {
    if (sampling != "fixed" && sampling != "uniform" && sampling != "greedy")
        throw ParameterError("edge prior: sampling must be fixed, uniform or greedy, not " + sampling);
    sampling_ = sampling;
}

EdgePriorModel load_edge_prior(const std::string& file) {
    std::string text;
    std::string source = file;
    if (file.empty()) {
        text = std::string(embedded_default_edge_prior());
        source = "the embedded edge prior";
    } else {
        std::ifstream in(file);
        if (!in) throw InputError(file, 0, "cannot open the edge-prior weights file");
        std::ostringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
    }
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded()) throw InputError(source, 0, "expected a JSON edge-prior weights document");
    return EdgePriorModel::from_json(document, source);
}

}  // namespace routekit::prior
