#include "routekit/solver/genetic_params_text.hpp"

#include <charconv>
#include <cstdint>
#include <variant>

#include "routekit/model/error.hpp"

namespace routekit {

namespace {

using Field = std::variant<int GeneticParams::*, double GeneticParams::*, std::int64_t GeneticParams::*>;

struct NamedField {
    const char* name;
    Field field;
};

constexpr NamedField kFields[] = {
    {"min_population", &GeneticParams::min_population},
    {"generation_size", &GeneticParams::generation_size},
    {"elite", &GeneticParams::elite},
    {"close", &GeneticParams::close},
    {"target_feasible", &GeneticParams::target_feasible},
    {"penalty_interval", &GeneticParams::penalty_interval},
    {"repair_probability", &GeneticParams::repair_probability},
    {"restart_after", &GeneticParams::restart_after},
    {"initial_time_share", &GeneticParams::initial_time_share},
    {"initial_size", &GeneticParams::initial_size},
    {"constructed_share", &GeneticParams::constructed_share},
    {"recreated_share", &GeneticParams::recreated_share},
    {"batch_size", &GeneticParams::batch_size},
    {"granularity", &GeneticParams::granularity},
    {"neighbour_prior", &GeneticParams::neighbour_prior},
    {"neighbour_pool", &GeneticParams::neighbour_pool},
    {"route_crossover_share", &GeneticParams::route_crossover_share},
    {"srex_tour_order", &GeneticParams::srex_tour_order},
    {"ruin_share", &GeneticParams::ruin_share},
    {"ruin_patience", &GeneticParams::ruin_patience},
    {"ruin_removed", &GeneticParams::ruin_removed},
    {"ruin_max_string", &GeneticParams::ruin_max_string},
    {"ruin_route_share", &GeneticParams::ruin_route_share},
    {"ruin_accept", &GeneticParams::ruin_accept},
    {"ruin_children_join", &GeneticParams::ruin_children_join},
    {"settled_education", &GeneticParams::settled_education},
    {"swap_star", &GeneticParams::swap_star},
    {"migration_interval", &GeneticParams::migration_interval},
    {"migrants", &GeneticParams::migrants},
    {"decompose_from", &GeneticParams::decompose_from},
    {"decomposition_size", &GeneticParams::decomposition_size},
    {"decomposition_interval", &GeneticParams::decomposition_interval},
    {"decomposition_iterations", &GeneticParams::decomposition_iterations},
    {"large_from", &GeneticParams::large_from},
    {"large_initial_size", &GeneticParams::large_initial_size},
    {"site_dependent_large_from", &GeneticParams::site_dependent_large_from},
    {"polish_granularity", &GeneticParams::polish_granularity},
    {"polish_interval", &GeneticParams::polish_interval},
};

template <class Number>
Number parse_number(std::string_view name, std::string_view text) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw ParameterError("genetic parameter " + std::string(name) + ": expected a number, found '" +
                             std::string(text) + "'");
    return value;
}

}  // namespace

void set_genetic_param(GeneticParams& params, std::string_view assignment) {
    const auto equals = assignment.find('=');
    if (equals == std::string_view::npos)
        throw ParameterError("genetic parameter: expected NAME=VALUE, found '" + std::string(assignment) +
                             "'");
    const std::string_view name = assignment.substr(0, equals);
    const std::string_view text = assignment.substr(equals + 1);
    for (const NamedField& named : kFields) {
        if (name != named.name) continue;
        std::visit(
            [&](auto member) {
                using Number = std::remove_reference_t<decltype(params.*member)>;
                params.*member = parse_number<Number>(name, text);
            },
            named.field);
        return;
    }
    std::string known;
    for (const NamedField& named : kFields) known += std::string(known.empty() ? "" : ", ") + named.name;
    throw ParameterError("genetic parameter: unknown name '" + std::string(name) + "' (known: " + known +
                         ")");
}

std::vector<std::string> genetic_param_names() {
    std::vector<std::string> names;
    for (const NamedField& named : kFields) names.emplace_back(named.name);
    return names;
}

}  // namespace routekit
