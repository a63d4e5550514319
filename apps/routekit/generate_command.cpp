#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/output_file.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/learn/tsplib_writer.hpp"
#include "routekit/learn/x_family.hpp"
#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

struct GenerateOptions {
    std::string kind = "uniform";
    int clients = 100;
    bool time_windows = false;
    std::uint64_t seed = 1;
    int count = 1;
    std::string output;
    // --kind x only: attributes fixed instead of drawn.
    std::string depot, customers, demand;
    std::optional<double> route_size;
};

Instance generate(const GenerateOptions& options, const GeneratorParams& params) {
    const bool fixed_x = !options.depot.empty() || !options.customers.empty() || !options.demand.empty() ||
                         options.route_size.has_value();
    if (!fixed_x) return generate_instance(params);
    if (params.kind != GeneratorKind::x || params.time_windows)
        throw ParameterError(
            "--depot, --customers, --demand and --route-size need --kind x (without time windows)");
    XFamilyParams x;
    x.num_clients = params.num_clients;
    x.seed = params.seed;
    x.route_size = options.route_size;
    if (!options.depot.empty()) x.depot = parse_x_depot(options.depot);
    if (!options.customers.empty()) x.customers = parse_x_customers(options.customers);
    if (!options.demand.empty()) x.demand = parse_x_demand(options.demand);
    return Instance(generate_x_family(x));
}

void run_generate(const GenerateOptions& options) {
    GeneratorParams params;
    params.kind = *parse_generator_kind(options.kind);
    params.num_clients = options.clients;
    params.time_windows = options.time_windows;
    if (options.count == 1) {
        params.seed = options.seed;
        const Instance instance = generate(options, params);
        if (options.output.empty()) {
            write_tsplib(std::cout, instance);
            return;
        }
        std::ofstream out = open_output_file(options.output);
        write_tsplib(out, instance);
        return;
    }
    // Several instances: seeds seed, seed+1, ... into a folder, one file each named after the instance.
    if (options.output.empty()) throw ParameterError("--count > 1 needs --output FOLDER");
    std::filesystem::create_directories(options.output);
    for (int i = 0; i < options.count; ++i) {
        params.seed = options.seed + static_cast<std::uint64_t>(i);
        const Instance instance = generate(options, params);
        const std::filesystem::path path = std::filesystem::path(options.output) / (instance.name() + ".vrp");
        std::ofstream out = open_output_file(path.string());
        write_tsplib(out, instance);
    }
}

}  // namespace

void add_generate_command(CLI::App& app) {
    auto options = std::make_shared<GenerateOptions>();
    CLI::App* command = app.add_subcommand(
        "generate",
        "write seeded random instances (uniform, clustered, asymmetric road-like, CVRPLIB X family) as "
        "TSPLIB files");
    command
        ->add_option(
            "--kind", options->kind,
            "uniform, clustered, road (asymmetric, explicit matrix) or x (Uchoa et al. 2017's procedure)")
        ->check(CLI::IsMember({"uniform", "clustered", "road", "x"}));
    command->add_option("--depot", options->depot, "x: depot placement (default: drawn)")
        ->check(CLI::IsMember({"central", "eccentric", "random"}));
    command->add_option("--customers", options->customers, "x: customer placement (default: drawn)")
        ->check(CLI::IsMember({"random", "clustered", "random-clustered"}));
    command->add_option("--demand", options->demand, "x: demand distribution (default: drawn)")
        ->check(
            CLI::IsMember({"unitary", "small-large-variance", "small-small-variance", "large-large-variance",
                           "large-small-variance", "quadrant", "many-small-few-large"}));
    command
        ->add_option("--route-size", options->route_size,
                     "x: mean customers per route r, capacity = ceil(r * total demand / n) (default: drawn "
                     "from triangular(3, 6, 25))")
        ->check(CLI::Range(1.0, 5000.0));
    command->add_option("--clients,-n", options->clients, "number of clients (the depot comes on top)")
        ->check(CLI::Range(1, 5000));
    command->add_flag("--time-windows", options->time_windows, "add time windows and service times (VRPTW)");
    command->add_option("--seed", options->seed, "random seed (with --count: of the first instance)");
    command->add_option("--count", options->count, "how many instances (seeds seed, seed+1, ...)")
        ->check(CLI::Range(1, 100000));
    command->add_option("--output,-o", options->output,
                        "file to write (default: stdout); a folder when --count > 1");
    command->callback([options] { run_generate(*options); });
}

}  // namespace routekit::cli
