#include <filesystem>
#include <fstream>
#include <iostream>

#include "apps/routekit/commands.hpp"
#include "routekit/learn/instance_generator.hpp"
#include "routekit/learn/tsplib_writer.hpp"
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
};

void run_generate(const GenerateOptions& options) {
    GeneratorParams params;
    params.kind = *parse_generator_kind(options.kind);
    params.num_clients = options.clients;
    params.time_windows = options.time_windows;
    if (options.count == 1) {
        params.seed = options.seed;
        const Instance instance = generate_instance(params);
        if (options.output.empty()) {
            write_tsplib(std::cout, instance);
            return;
        }
        std::ofstream out(options.output);
        if (!out) throw InputError(options.output, 0, "cannot open for writing");
        write_tsplib(out, instance);
        return;
    }
    // Several instances: seeds seed, seed+1, ... into a folder, one file each named after the instance.
    if (options.output.empty()) throw ParameterError("--count > 1 needs --output FOLDER");
    std::filesystem::create_directories(options.output);
    for (int i = 0; i < options.count; ++i) {
        params.seed = options.seed + static_cast<std::uint64_t>(i);
        const Instance instance = generate_instance(params);
        const std::filesystem::path path = std::filesystem::path(options.output) / (instance.name() + ".vrp");
        std::ofstream out(path);
        if (!out) throw InputError(path.string(), 0, "cannot open for writing");
        write_tsplib(out, instance);
    }
}

}  // namespace

void add_generate_command(CLI::App& app) {
    auto options = std::make_shared<GenerateOptions>();
    CLI::App* command = app.add_subcommand(
        "generate",
        "write seeded random instances (uniform, clustered, asymmetric road-like) as TSPLIB files");
    command->add_option("--kind", options->kind, "uniform, clustered or road (asymmetric, explicit matrix)")
        ->check(CLI::IsMember({"uniform", "clustered", "road"}));
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
