#pragma once
// The progress trace of `solve --trace FILE` and of every bench run: a CSV "seconds,cost", one row per
// improvement of the best feasible cost, costs in the file's units. Written here and read back by
// `routekit plot --trace`.
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit::cli {

/// The trace file's content for `result`.
std::string trace_csv(const Instance& instance, const Result& result);
/// Throws InputError naming `path` when it cannot be written.
void write_trace(const std::string& path, const std::string& content);
void write_trace(const std::string& path, const Instance& instance, const Result& result);

struct TraceSample {
    double seconds = 0;
    double cost = 0;
};
/// Throws InputError("FILE:LINE: expected ..., found ...") on anything but the header and rows of two numbers
/// with seconds not decreasing.
std::vector<TraceSample> read_trace(const std::string& path);

}  // namespace routekit::cli
