// routekit plot INSTANCE SOLUTION -o routes.png|svg: a picture of the routes, over the instance's coordinates
// or, when it has none, over a classical MDS embedding of its distance matrix.
#include <fstream>
#include <iostream>
#include <memory>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/route_picture.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/layout/embedding.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

struct PlotOptions {
    std::string instance;
    std::string solution;
    std::string output;
    std::optional<std::string> rounding;
    int size = 800;
};

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void run_plot(const PlotOptions& options) {
    const bool svg = ends_with(options.output, ".svg");
    if (!svg && !ends_with(options.output, ".png"))
        throw ParameterError("-o: expected a file name ending in .png or .svg, found " + options.output);
    const Instance instance = read_instance(options.instance, read_options(options.rounding));
    Solution solution = read_solution(options.solution, instance);
    solution.remove_empty_routes();
    const CheckReport report = check_solution(instance, solution);

    RoutePicture picture;
    picture.points = plot_coordinates(instance);
    picture.routes = solution.routes;
    picture.size = options.size;
    picture.title = instance.name() + ": cost " + format_cost(report.cost, instance.rounding()) + ", " +
                    std::to_string(report.routes_used) + " routes" +
                    (report.feasible ? "" : " (INFEASIBLE)") +
                    (instance.has_coordinates() ? "" : " (MDS embedding of the distances)");
    if (svg) {
        std::ofstream out(options.output);
        if (!out) throw InputError(options.output, 0, "cannot open the picture file for writing");
        write_svg(out, picture);
        if (!out.flush()) throw InputError(options.output, 0, "cannot write the picture file");
    } else {
        write_png(options.output, picture);
    }
    std::cerr << "routekit: wrote " << options.output << " (" << picture.title << ")\n";
}

}  // namespace

void add_plot_command(CLI::App& app) {
    auto options = std::make_shared<PlotOptions>();
    CLI::App* command = app.add_subcommand(
        "plot",
        "draw the routes of a solution as PNG or SVG (coordinates, or an MDS embedding of the matrix)");
    command->add_option("instance", options->instance, "instance file")->required();
    command->add_option("solution", options->solution, "solution file (.sol, .tour or JSON)")->required();
    command->add_option("--output,-o", options->output, "picture to write: routes.png or routes.svg")
        ->required();
    command->add_option("--size", options->size, "width and height in pixels")
        ->capture_default_str()
        ->check(CLI::Range(100, 8000));
    add_rounding_option(*command, options->rounding);
    command->callback([options] { run_plot(*options); });
}

}  // namespace routekit::cli
