#pragma once
// The vocabulary every model header shares: the fixed-point Cost, the rounding conventions that turn real
// values into it, and a point in the plane.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace routekit {

using Cost = std::int64_t;

/// A value large enough to mean "no limit" yet safe to add a few of without overflow.
inline constexpr Cost kUnlimited = std::numeric_limits<Cost>::max() / 8;

/// How real-valued distances become integers; the convention of the published optimum.
enum class Rounding {
    tsplib,  ///< the TSPLIB functions (nint for EUC_2D, ATT, GEO ...), explicit integers as given; scale 1
    trunc1,  ///< distances and times truncated to one decimal (Solomon, Gehring-Homberger); scale 10
    exact,   ///< real values kept to 7 decimals (CMT, Golden, Li, Belgian matrices); scale 10^7
    milli,   ///< each value x1000 rounded to the nearest integer (PyVRP's "exact": MDVRPTW, SDVRPTW); scale 1000
};

std::string_view to_string(Rounding rounding);
/// Parses "tsplib", "trunc1", "exact" or "milli"; nullopt for anything else.
std::optional<Rounding> parse_rounding(std::string_view text);
/// The factor between a value in the file's units and its stored integer.
Cost scale_of(Rounding rounding);
/// Converts a real value in the file's units to the stored integer under `rounding` (tsplib: nint).
Cost to_fixed(double value, Rounding rounding);
/// Writes a stored cost in the file's own units: "26362", "2698.6", "555.4296424".
std::string format_cost(Cost cost, Rounding rounding);

struct Point {
    double x = 0;
    double y = 0;
};

}  // namespace routekit
