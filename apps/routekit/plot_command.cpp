// routekit plot INSTANCE SOLUTION -o routes.png|svg: a picture of the routes, over the instance's coordinates
// or, when it has none, over a classical MDS embedding of its distance matrix.
// routekit plot --trace TRACE.csv [--trace ...] -o convergence.png|svg: the best cost against time.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/convergence_picture.hpp"
#include "apps/routekit/output_file.hpp"
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
    std::vector<std::string> traces;  ///< --trace: a convergence plot instead of routes
    std::optional<double> best_known;
};

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Writes the SVG through `draw`, or nothing (the PNG writers write their own file).
template <typename Draw>
void write_svg_file(const std::string& path, Draw draw) {
    std::ofstream out = open_output_file(path);
    draw(out);
    if (!out.flush()) throw InputError(path, 0, "cannot write the picture file");
}

void run_convergence_plot(const PlotOptions& options, bool svg) {
    ConvergencePicture picture;
    for (const std::string& trace : options.traces)
        picture.lines.push_back({std::filesystem::path(trace).stem().string(), read_trace(trace)});
    picture.best_known = options.best_known;
    picture.width = options.size;
    picture.height = options.size * 5 / 8;
    picture.title = "Best cost over time";
    if (options.traces.size() == 1) picture.title += ": " + picture.lines[0].label;
    if (svg)
        write_svg_file(options.output, [&](std::ostream& out) { write_convergence_svg(out, picture); });
    else
        write_convergence_png(options.output, picture);
    std::cerr << "routekit: wrote " << options.output << " (" << picture.title << ")\n";
}

void run_plot(const PlotOptions& options) {
    const bool svg = ends_with(options.output, ".svg");
    if (!svg && !ends_with(options.output, ".png"))
        throw ParameterError("-o: expected a file name ending in .png or .svg, found " + options.output);
    if (!options.traces.empty()) {
        if (!options.instance.empty() || !options.solution.empty())
            throw ParameterError("plot: expected INSTANCE SOLUTION or --trace, found both");
        run_convergence_plot(options, svg);
        return;
    }
    if (options.instance.empty() || options.solution.empty())
        throw ParameterError("plot: expected INSTANCE SOLUTION (or --trace FILE), found " +
                             std::string(options.instance.empty() ? "neither" : "no SOLUTION"));
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
        write_svg_file(options.output, [&](std::ostream& out) { write_svg(out, picture); });
    } else {
        write_png(options.output, picture);
    }
    std::cerr << "routekit: wrote " << options.output << " (" << picture.title << ")\n";
}

}  // namespace

void add_plot_command(CLI::App& app) {
    auto options = std::make_shared<PlotOptions>();
    CLI::App* command = app.add_subcommand("plot",
                                           "draw the routes of a solution as PNG or SVG (coordinates, or an "
                                           "MDS embedding of the matrix), or with "
                                           "--trace the best cost against time");
    command->add_option("instance", options->instance, "instance file");
    command->add_option("solution", options->solution, "solution file (.sol, .tour or JSON)");
    command->add_option(
        "--trace", options->traces,
        "a convergence plot of this trace (`solve --trace`, bench's traces/) instead of routes; "
        "repeat it for several lines");
    command->add_option("--best-known", options->best_known,
                        "with --trace: draw this cost as a dashed level");
    command->add_option("--output,-o", options->output, "picture to write: routes.png or routes.svg")
        ->required();
    command
        ->add_option("--size", options->size,
                     "width and height in pixels (a convergence plot: the width, 5/8 of it high)")
        ->capture_default_str()
        ->check(CLI::Range(100, 8000));
    add_rounding_option(*command, options->rounding);
    command->callback([options] { run_plot(*options); });
}

}  // namespace routekit::cli
