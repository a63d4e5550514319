#include <cstdio>
#include <filesystem>

#include "apps/routekit/commands.hpp"
#include "routekit/model/error.hpp"
#include "routekit/solver/genetic_params_text.hpp"

namespace routekit::cli {

void add_rounding_option(CLI::App& command, std::optional<std::string>& rounding) {
    command
        .add_option(
            "--rounding", rounding,
            "cost convention: tsplib (TSPLIB functions, integers), trunc1 (one decimal, truncated), milli "
            "(thousandths, rounded) or exact (real values); default: by format")
        ->check(CLI::IsMember({"tsplib", "trunc1", "milli", "exact"}));
}

ReadOptions read_options(const std::optional<std::string>& rounding) {
    ReadOptions options;
    options.on_warning = [](const std::string& warning) {
        std::fprintf(stderr, "routekit: %s\n", warning.c_str());
    };
    if (rounding) {
        options.rounding = parse_rounding(*rounding);
        if (!options.rounding)
            throw ParameterError("--rounding: expected tsplib, trunc1, milli or exact, found " + *rounding);
    }
    return options;
}

void add_genetic_param_option(CLI::App& command, std::vector<std::string>& assignments) {
    std::string names;
    for (const std::string& name : genetic_param_names()) names += (names.empty() ? "" : ", ") + name;
    command
        .add_option("--param", assignments,
                    "genetic-search setting NAME=VALUE, repeatable (docs/solver.md); NAME is one of " + names)
        ->type_name("NAME=VALUE")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

GeneticParams genetic_params_from(const std::vector<std::string>& assignments) {
    GeneticParams params;
    for (const std::string& assignment : assignments) set_genetic_param(params, assignment);
    return params;
}

std::string default_instance_path() {
    // In the source tree the binary was built from (nothing installs the instances).
    const std::filesystem::path source =
        std::filesystem::path(ROUTEKIT_SOURCE_DIR) / "instances" / "X-n106-k14.vrp";
    return source.string();
}

}  // namespace routekit::cli
