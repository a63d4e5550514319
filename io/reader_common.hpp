#pragma once
// What every instance reader shares: limits that keep absurd files from exhausting memory or overflowing
// fixed-point costs, the conversion of file values to stored integers, and the final validation.
#include <optional>
#include <string>

#include "io/text_scanner.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::io {

/// The most nodes (or vehicles) a file may declare: node numbers are ints, with room to spare. Whether the
/// instance fits in memory is memory_shortfall's question.
inline constexpr long long kMaxNodes = 100'000'000;
/// The largest magnitude accepted for a coordinate, distance or time in the file's units; with the exact
/// convention's scale of 10^7 this keeps every stored value and every route sum far from overflow.
inline constexpr double kMaxMagnitude = 1e9;
/// The largest demand or capacity accepted.
inline constexpr long long kMaxQuantity = 1'000'000'000'000LL;

/// Reads a real number in [0, kMaxMagnitude] (or [-kMaxMagnitude, kMaxMagnitude] for coordinates).
double next_bounded_real(TextScanner& in, std::string_view what, bool allow_negative = false);
/// Checks a value parsed elsewhere against the same bounds; throws about `in`'s current line.
double checked_real(TextScanner& in, std::string_view token, std::string_view what,
                    bool allow_negative = false);
/// Reads a non-negative integer no larger than kMaxQuantity.
long long next_quantity(TextScanner& in, std::string_view what);

/// Nothing when an instance of `nodes` nodes fits in this machine's physical memory; otherwise what a reader
/// reports as expected: "an instance that fits in memory: 1000000 nodes with an explicit matrix need
/// 20000.0 GB, this machine has 23.4 GB". With `explicit_matrix` the file's n*n matrix is counted (20 bytes
/// an entry while it is read and stored); coordinate instances need memory linear in n.
std::optional<std::string> memory_shortfall(long long nodes, bool explicit_matrix);

/// Builds the Instance; the model's own validation errors are reported against `source`.
Instance make_instance(InstanceData data, const std::string& source);

}  // namespace routekit::io
