#pragma once
// The convergence plot of `routekit plot --trace`: the best feasible cost against time (log scale) as step
// lines, one per trace, with an optional best-known level; SVG with text, PNG without (as the route
// picture: no font).
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "apps/routekit/trace_file.hpp"

namespace routekit::cli {

struct ConvergenceLine {
    std::string label;  ///< the legend's text (SVG)
    std::vector<TraceSample> samples;
};

struct ConvergencePicture {
    std::vector<ConvergenceLine> lines;  ///< at least one, each with at least one sample
    std::optional<double> best_known;    ///< a dashed level
    std::string title;                   ///< SVG only
    int width = 800;
    int height = 500;
};

void write_convergence_svg(std::ostream& out, const ConvergencePicture& picture);
/// Throws InputError naming `path` when libpng cannot write it.
void write_convergence_png(const std::string& path, const ConvergencePicture& picture);

}  // namespace routekit::cli
