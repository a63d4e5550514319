#pragma once
// Reading and writing solutions: CVRPLIB .sol, TSPLIB .tour and JSON.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

enum class SolutionFormat { sol, tour, json };

std::optional<SolutionFormat> parse_solution_format(std::string_view text);

/// Reads a solution of any supported format (detected from the content) for `instance`.
/// Client numbers are checked against the instance: an unknown one is an InputError naming the line.
Solution read_solution(const std::string& path, const Instance& instance);
Solution parse_solution(std::string_view text, const std::string& source, const Instance& instance);

/// Checks the cost a solution file states (the "Cost" line of a .sol, else the COST of an LKH-3 file name
/// NAME.COST.sol; "cost_text" or "cost" in JSON; a .tour
/// states none) against `computed`, the routes' distance, at the precision the file prints: "Cost 555.43"
/// matches 555.4296424. Throws InputError("FILE:LINE: expected Cost <computed> ..., found <stated>") on a
/// mismatch; a file that states no cost passes.
void check_stated_cost(std::string_view text, const std::string& source, const Instance& instance,
                       Cost computed);

/// Writes `solution` in `format`. `.sol` ends with "Cost <value>" in the instance's own units.
void write_solution(std::ostream& out, const Instance& instance, const Solution& solution,
                    SolutionFormat format);

}  // namespace routekit
