#include "apps/routekit/trace_file.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "apps/routekit/output_file.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/error.hpp"

namespace routekit::cli {

std::string trace_csv(const Instance& instance, const Result& result) {
    std::ostringstream out;
    out << "seconds,cost\n";
    for (const TracePoint& point : result.trace)
        out << point.seconds << "," << format_objective(point.cost, instance) << "\n";
    return out.str();
}

void write_trace(const std::string& path, const std::string& content) {
    std::ofstream out = open_output_file(path);
    out << content;
}

void write_trace(const std::string& path, const Instance& instance, const Result& result) {
    write_trace(path, trace_csv(instance, result));
}

namespace {

// The whole field as a finite number, or nothing.
bool parse_number(const std::string& field, double& value) {
    char* end = nullptr;
    value = std::strtod(field.c_str(), &end);
    return !field.empty() && end == field.c_str() + field.size() && std::isfinite(value);
}

}  // namespace

std::vector<TraceSample> read_trace(const std::string& path) {
    std::istringstream in(read_file(path));
    std::string line;
    int number = 1;
    if (!std::getline(in, line) || (line != "seconds,cost" && line != "seconds,cost\r"))
        throw InputError(path, 1,
                         "expected the header seconds,cost, found " + (line.empty() ? "none" : line));
    std::vector<TraceSample> samples;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::size_t comma = line.find(',');
        TraceSample sample;
        if (comma == std::string::npos || !parse_number(line.substr(0, comma), sample.seconds) ||
            !parse_number(line.substr(comma + 1), sample.cost) || sample.seconds < 0)
            throw InputError(path, number, "expected seconds >= 0 and a cost, found " + line);
        if (!samples.empty() && sample.seconds < samples.back().seconds)
            throw InputError(path, number, "expected seconds not decreasing, found " + line);
        samples.push_back(sample);
    }
    if (samples.empty()) throw InputError(path, number, "expected at least one row, found none");
    return samples;
}

}  // namespace routekit::cli
