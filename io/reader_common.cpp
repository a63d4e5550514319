#include "io/reader_common.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>

#include "routekit/model/error.hpp"

namespace routekit::io {

double checked_real(TextScanner& in, std::string_view token, std::string_view what, bool allow_negative) {
    const std::optional<double> value = parse_real(token);
    if (!value) in.fail_token(what, token);
    if ((!allow_negative && *value < 0) || std::fabs(*value) > kMaxMagnitude)
        in.fail_token(
            std::string(what) + (allow_negative ? " of magnitude at most 1e9" : " between 0 and 1e9"), token);
    return *value;
}

double next_bounded_real(TextScanner& in, std::string_view what, bool allow_negative) {
    const std::string_view token = in.next_token();
    return checked_real(in, token, what, allow_negative);
}

long long next_quantity(TextScanner& in, std::string_view what) {
    const std::string_view token = in.next_token();
    const std::optional<long long> value = parse_integer(token);
    if (!value) in.fail_token(what, token);
    if (*value < 0 || *value > kMaxQuantity) in.fail_token(std::string(what) + " between 0 and 10^12", token);
    return *value;
}

namespace {

// What the solver holds per node besides an explicit matrix (coordinates, neighbour lists, the population's
// giant tours and routes, search state): 7.4 KB measured at 30,001 nodes (223 MB peak,
// bench/results/2026-12-01-scale); 64 KB leaves room for a larger population and the TSP engine's lists.
constexpr double kBytesPerNode = 64 * 1024;
// Reading an explicit matrix holds each entry as a double, then as a Cost, then compacted.
constexpr double kBytesPerMatrixEntry = 20;

std::string gigabytes(double bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
    return text;
}

}  // namespace

std::optional<std::string> memory_shortfall(long long nodes, bool explicit_matrix) {
    const auto n = static_cast<double>(nodes);
    const double needed = n * kBytesPerNode + (explicit_matrix ? n * n * kBytesPerMatrixEntry : 0.0);
    const double available =
        static_cast<double>(sysconf(_SC_PHYS_PAGES)) * static_cast<double>(sysconf(_SC_PAGESIZE));
    if (needed <= available) return std::nullopt;
    return "an instance that fits in memory: " + std::to_string(nodes) + " nodes" +
           (explicit_matrix ? " with an explicit matrix" : "") + " need " + gigabytes(needed) +
           ", this machine has " + gigabytes(available);
}

Instance make_instance(InstanceData data, const std::string& source) {
    try {
        return Instance(std::move(data));
    } catch (const InputError& error) {
        throw InputError(source, 0, error.what());
    }
}

}  // namespace routekit::io
