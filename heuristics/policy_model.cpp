#include "heuristics/policy_model.hpp"

#include <cmath>

#include "heuristics/policy_features.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/random.hpp"

namespace routekit::policy {

namespace {

constexpr const char* kFormat = "routekit-policy";
constexpr int kVersion = 1;

using ConstMatrixMap = Eigen::Map<const Eigen::MatrixXd>;
using MatrixMap = Eigen::Map<Eigen::MatrixXd>;
using ConstVectorMap = Eigen::Map<const Eigen::VectorXd>;
using VectorMap = Eigen::Map<Eigen::VectorXd>;

}  // namespace

PolicyModel::PolicyModel(int candidate_count, int input_size, std::vector<int> hidden)
    : candidate_count_(candidate_count), input_size_(input_size), hidden_(std::move(hidden)) {
    std::size_t offset = 0;
    int in = input_size_;
    for (int out : hidden_) {
        if (out <= 0) throw InputError("policy hidden layer sizes must be positive");
        Layer layer{in, out, offset, offset + static_cast<std::size_t>(in) * out};
        offset = layer.bias + static_cast<std::size_t>(out);
        layers_.push_back(layer);
        in = out;
    }
    output_ = offset;
    offset += static_cast<std::size_t>(in) + 1;
    skip_ = offset;
    offset += static_cast<std::size_t>(input_size_);
    parameters_.assign(offset, 0.0);
}

PolicyModel PolicyModel::initial(int candidate_count, std::vector<int> hidden, std::uint64_t seed) {
    PolicyModel model(candidate_count, kFeatureCount, std::move(hidden));
    Rng rng(seed);
    for (const Layer& layer : model.layers_) {
        const double bound = std::sqrt(6.0 / (layer.in + layer.out));
        for (std::size_t i = layer.weight; i < layer.bias; ++i)
            model.parameters_[i] = (2 * uniform_unit(rng) - 1) * bound;
    }
    model.parameters_[model.skip_ + kRelativeCost] = -kInitialCostWeight;
    model.parameters_[model.skip_ + kIsDepot] = kInitialDepotWeight;
    return model;
}

nlohmann::json PolicyModel::to_json() const {
    nlohmann::json document;
    document["format"] = kFormat;
    document["version"] = kVersion;
    nlohmann::json names = nlohmann::json::array();
    for (std::string_view name : feature_names()) names.push_back(std::string(name));
    document["features"] = names;
    document["candidates"] = candidate_count_;
    document["hidden"] = hidden_;
    document["parameters"] = parameters_;
    return document;
}

PolicyModel PolicyModel::from_json(const nlohmann::json& document, const std::string& source) {
    const auto fail = [&source](const std::string& what) {
        return InputError(source, 0, "policy weights: expected " + what);
    };
    try {
        if (!document.is_object() || document.value("format", std::string()) != kFormat)
            throw fail("\"format\": \"routekit-policy\"");
        if (document.at("version").get<int>() != kVersion) throw fail("version 1");
        std::vector<std::string> names = document.at("features").get<std::vector<std::string>>();
        const auto expected = feature_names();
        if (names.size() != expected.size() || !std::equal(names.begin(), names.end(), expected.begin()))
            throw fail("the feature list of this build (" + std::to_string(expected.size()) + " features)");
        const int candidates = document.at("candidates").get<int>();
        if (candidates < 1 || candidates > 64) throw fail("\"candidates\" between 1 and 64");
        PolicyModel model(candidates, kFeatureCount, document.at("hidden").get<std::vector<int>>());
        std::vector<double> parameters = document.at("parameters").get<std::vector<double>>();
        if (parameters.size() != model.parameters_.size())
            throw fail(std::to_string(model.parameters_.size()) + " parameters, found " +
                       std::to_string(parameters.size()));
        for (double p : parameters)
            if (!std::isfinite(p)) throw fail("finite parameters");
        model.parameters_ = std::move(parameters);
        return model;
    } catch (const nlohmann::json::exception& e) {
        throw fail(std::string("a well-formed weights document (") + e.what() + ")");
    }
}

const Eigen::VectorXd& PolicyModel::forward(const Eigen::MatrixXd& x, ForwardCache& cache) const {
    cache.activations.resize(layers_.size() + 1);
    cache.activations[0] = x;
    for (std::size_t l = 0; l < layers_.size(); ++l) {
        const Layer& layer = layers_[l];
        const ConstMatrixMap weight(parameters_.data() + layer.weight, layer.out, layer.in);
        const ConstVectorMap bias(parameters_.data() + layer.bias, layer.out);
        Eigen::MatrixXd& next = cache.activations[l + 1];
        next.noalias() = cache.activations[l] * weight.transpose();
        next.rowwise() += bias.transpose();
        next = next.array() / (1.0 + next.array().abs());
    }
    const Eigen::MatrixXd& last = cache.activations.back();
    const ConstVectorMap output(parameters_.data() + output_, last.cols());
    const double output_bias = parameters_[output_ + static_cast<std::size_t>(last.cols())];
    const ConstVectorMap skip(parameters_.data() + skip_, input_size_);
    cache.logits.noalias() = last * output;
    cache.logits.noalias() += x * skip;
    cache.logits.array() += output_bias;
    return cache.logits;
}

void PolicyModel::backward(const ForwardCache& cache, const Eigen::VectorXd& dlogits,
                           std::span<double> gradient) const {
    const Eigen::MatrixXd& last = cache.activations.back();
    const auto width = last.cols();
    VectorMap(gradient.data() + output_, width).noalias() += last.transpose() * dlogits;
    gradient[output_ + static_cast<std::size_t>(width)] += dlogits.sum();
    VectorMap(gradient.data() + skip_, input_size_).noalias() += cache.activations[0].transpose() * dlogits;

    // d logits / d last hidden layer: one row per candidate.
    Eigen::MatrixXd upstream = dlogits * ConstVectorMap(parameters_.data() + output_, width).transpose();
    for (std::size_t l = layers_.size(); l-- > 0;) {
        const Layer& layer = layers_[l];
        const Eigen::MatrixXd& out = cache.activations[l + 1];
        // softsign'(a) = 1 / (1 + |a|)^2 = (1 - |softsign(a)|)^2
        const Eigen::MatrixXd pre = upstream.array() * (1.0 - out.array().abs()).square();
        MatrixMap(gradient.data() + layer.weight, layer.out, layer.in).noalias() +=
            pre.transpose() * cache.activations[l];
        VectorMap(gradient.data() + layer.bias, layer.out).noalias() += pre.colwise().sum().transpose();
        if (l > 0) upstream = pre * ConstMatrixMap(parameters_.data() + layer.weight, layer.out, layer.in);
    }
}

double PolicyModel::log_probability(const Eigen::MatrixXd& x, int chosen, double temperature, double weight,
                                    std::span<double> gradient, ForwardCache& cache) const {
    const Eigen::VectorXd scaled = forward(x, cache) / temperature;
    const double top = scaled.maxCoeff();
    const Eigen::VectorXd exps = (scaled.array() - top).exp();
    const double total = exps.sum();
    const double log_p = scaled[chosen] - top - std::log(total);
    if (!gradient.empty()) {
        // d log p_a / d logit_i = (1[i = a] - p_i) / T
        Eigen::VectorXd dlogits = -exps / total;
        dlogits[chosen] += 1.0;
        dlogits *= weight / temperature;
        backward(cache, dlogits, gradient);
    }
    return log_p;
}

}  // namespace routekit::policy
