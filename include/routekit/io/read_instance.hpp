#pragma once
// Reading instances: TSPLIB (TSP, ATSP, CVRP, ACVRP, VRPLIB extensions), Solomon / Gehring-Homberger, JSON.
// Every reader throws InputError("FILE:LINE: expected ..., found ...") on bad input; none crashes or hangs.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "routekit/model/instance.hpp"

namespace routekit {

enum class InstanceFormat { tsplib, solomon, json };

struct ReadOptions {
    /// The cost convention; nullopt picks the format's default (tsplib for TSPLIB/CVRPLIB files, trunc1 for
    /// Solomon files, exact for explicit matrices holding non-integer values).
    std::optional<Rounding> rounding;
    /// Called with a one-line "FILE:LINE: warning: ..." about input that reads but is probably not what was
    /// meant (fractional coordinates whose distances are rounded to integers); empty: warnings are dropped.
    std::function<void(const std::string&)> on_warning;
};

/// Guesses the format from the content (a '{' first: JSON; "VEHICLE" and "CUSTOMER" headers: Solomon;
/// else TSPLIB).
InstanceFormat detect_instance_format(std::string_view text);

/// Reads an instance file of any supported format.
Instance read_instance(const std::string& path, const ReadOptions& options = {});
/// Reads an instance from text already in memory; `source` names it in error messages.
Instance parse_instance(std::string_view text, const std::string& source, const ReadOptions& options = {});

Instance parse_tsplib(std::string_view text, const std::string& source, const ReadOptions& options = {});
Instance parse_solomon(std::string_view text, const std::string& source, const ReadOptions& options = {});
Instance parse_json_instance(std::string_view text, const std::string& source,
                             const ReadOptions& options = {});

/// Reads a whole file; throws InputError naming the file when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace routekit
