#include <iostream>

#include "apps/routekit/commands.hpp"

namespace routekit::cli {

namespace {

struct InfoOptions {
    std::string instance;
    std::optional<std::string> rounding;
};

void run_info(const InfoOptions& options) {
    const Instance instance = read_instance(options.instance, read_options(options.rounding));
    std::cout << "name: " << instance.name() << "\n"
              << "type: " << to_string(instance.kind()) << "\n"
              << "nodes: " << instance.dimension_in_file() << "\n"
              << "clients: " << instance.num_clients() << "\n"
              << "capacity: " << (instance.has_capacity() ? std::to_string(instance.capacity()) : "unlimited")
              << "\n"
              << "fleet: " << (instance.fleet_limited() ? std::to_string(instance.fleet()) : "unlimited")
              << "\n"
              << "total demand: " << instance.total_demand() << "\n"
              << "symmetric: " << (instance.distance_symmetric() ? "yes" : "no") << "\n"
              << "time windows: " << (instance.has_time_windows() ? "yes" : "no") << "\n"
              << "route duration limit: "
              << (instance.has_duration_limit()
                      ? format_cost(instance.max_route_duration(), instance.rounding())
                      : "none")
              << "\n"
              << "coordinates: " << (instance.has_coordinates() ? "yes" : "no") << "\n"
              << "rounding: " << to_string(instance.rounding()) << "\n";
}

}  // namespace

void add_info_command(CLI::App& app) {
    auto options = std::make_shared<InfoOptions>();
    CLI::App* command = app.add_subcommand("info", "print what an instance file holds");
    command->add_option("instance", options->instance, "instance file (TSPLIB, CVRPLIB, Solomon or JSON)")
        ->required();
    add_rounding_option(*command, options->rounding);
    command->callback([options] { run_info(*options); });
}

}  // namespace routekit::cli
