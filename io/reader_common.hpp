#pragma once
// What every instance reader shares: limits that keep absurd files from exhausting memory or overflowing
// fixed-point costs, the conversion of file values to stored integers, and the final validation.
#include <string>

#include "io/text_scanner.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::io {

/// The most nodes a file may declare: two n*n matrices of 8-byte costs must fit in memory.
inline constexpr long long kMaxDimension = 20'000;
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

/// Builds the Instance; the model's own validation errors are reported against `source`.
Instance make_instance(InstanceData data, const std::string& source);

}  // namespace routekit::io
