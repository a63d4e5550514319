#include <iostream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/load_text.hpp"

namespace routekit::cli {

namespace {

struct InfoOptions {
    std::string instance;
    std::optional<std::string> rounding;
};

// Every dimension's total of `amount` over the nodes.
template <class Amount>
Load total_of(const Instance& instance, Amount amount) {
    Load total;
    for (int node = 0; node < instance.num_nodes(); ++node) total += amount(node);
    return total;
}

void run_info(const InfoOptions& options) {
    const Instance instance = read_instance(options.instance, read_options(options.rounding));
    const int dimensions = instance.load_dimensions();
    std::cout << "name: " << instance.name() << "\n"
              << "type: " << to_string(instance.kind()) << "\n"
              << "nodes: " << instance.dimension_in_file() << "\n"
              << "clients: " << instance.num_clients() << "\n";
    if (dimensions > 1) std::cout << "load dimensions: " << dimensions << "\n";
    // With several vehicle types the largest capacity in each dimension.
    const Load capacity = dimensions == 1 ? Load(instance.capacity()) : instance.largest_capacity_load();
    std::cout << "capacity: " << (instance.has_capacity() ? load_text(capacity, dimensions) : "unlimited")
              << "\n"
              << "fleet: " << (instance.fleet_limited() ? std::to_string(instance.fleet()) : "unlimited")
              << "\n"
              << "total demand: "
              << (dimensions == 1
                      ? std::to_string(instance.total_demand())
                      : load_text(total_of(instance, [&](int node) { return instance.delivery_load(node); }),
                                  dimensions))
              << "\n";
    if (!instance.data().pickup.empty())
        std::cout << "total pickup: "
                  << load_text(total_of(instance, [&](int node) { return instance.pickup_load(node); }),
                               dimensions)
                  << "\n";
    std::cout << "symmetric: " << (instance.distance_symmetric() ? "yes" : "no") << "\n"
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
