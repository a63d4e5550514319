// Temporary: replaced by the real readers and writers.
#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/error.hpp"

namespace routekit {
Instance read_instance(const std::string& path, const ReadOptions&) {
    throw InputError(path, 0, "no reader yet");
}
Solution read_solution(const std::string& path, const Instance&) {
    throw InputError(path, 0, "no reader yet");
}
std::optional<SolutionFormat> parse_solution_format(std::string_view text) {
    if (text == "sol") return SolutionFormat::sol;
    if (text == "tour") return SolutionFormat::tour;
    if (text == "json") return SolutionFormat::json;
    return std::nullopt;
}
void write_solution(std::ostream& out, const Instance& instance, const Solution& solution, SolutionFormat) {
    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        out << "Route #" << r + 1 << ":";
        for (int c : solution.routes[r]) out << " " << c;
        out << "\n";
    }
    out << "Cost " << format_cost(solution_distance(instance, solution), instance.rounding()) << "\n";
}
}  // namespace routekit
