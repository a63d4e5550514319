#include <iostream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/schedule_table.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"

namespace routekit::cli {

namespace {

struct CheckOptions {
    std::string instance;
    std::string solution;
    std::optional<std::string> rounding;
    bool schedule = false;
};

void run_check(const CheckOptions& options) {
    const Instance instance = read_instance(options.instance, read_options(options.rounding));
    const std::string text = read_file(options.solution);
    const Solution solution = parse_solution(text, options.solution, instance);
    const CheckReport report = check_solution(instance, solution);
    // A solution file whose own "Cost" line is wrong is not a solution that checks.
    check_stated_cost(text, options.solution, instance, report.cost);
    for (const Violation& violation : report.violations)
        std::cout << "violation: " << violation.message << "\n";
    std::cout << (report.feasible ? "feasible" : "infeasible") << "\n"
              << "routes: " << report.routes_used << "\n"
              << "Cost " << format_objective(report.cost, instance) << "\n";
    if (options.schedule) write_schedule_table(std::cout, instance, solution);
    throw ExitRequest{report.feasible ? kExitOk : kExitInfeasible};
}

}  // namespace

void add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand(
        "check",
        "check a solution against an instance; exit 0 feasible, 1 infeasible, 2 bad input (a stated Cost "
        "that the routes do not add up to included)");
    command->add_option("instance", options->instance, "instance file")->required();
    command->add_option("solution", options->solution, "solution file (.sol, .tour or JSON)")->required();
    add_rounding_option(*command, options->rounding);
    command->add_flag("--schedule", options->schedule,
                      "also print the schedule: per route vehicle, distance, duration and load; per stop "
                      "arrival, waiting and start of service");
    command->callback([options] { run_check(*options); });
}

}  // namespace routekit::cli
