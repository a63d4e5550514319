#include <fstream>
#include <iostream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/output_file.hpp"
#include "routekit/io/write_instance.hpp"
#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

struct ConvertOptions {
    std::string instance;
    std::string to;
    std::string output;
    std::optional<std::string> rounding;
};

void run_convert(const ConvertOptions& options) {
    const Instance instance = read_instance(options.instance, read_options(options.rounding));
    if (options.output.empty()) {
        write_json_instance(std::cout, instance);
        return;
    }
    std::ofstream out = open_output_file(options.output);
    write_json_instance(out, instance);
}

}  // namespace

void add_convert_command(CLI::App& app) {
    auto options = std::make_shared<ConvertOptions>();
    CLI::App* command = app.add_subcommand("convert", "write an instance in another format (JSON)");
    command->add_option("instance", options->instance, "instance file (TSPLIB, CVRPLIB, Solomon or JSON)")
        ->required();
    command->add_option("--to", options->to, "the format to write: json")
        ->required()
        ->check(CLI::IsMember({"json"}));
    command->add_option("-o,--output", options->output, "file to write (default: standard output)");
    add_rounding_option(*command, options->rounding);
    command->callback([options] { run_convert(*options); });
}

}  // namespace routekit::cli
