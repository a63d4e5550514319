#pragma once
// Genetic-search settings from text ("granularity=40"), for the command line's --param and for scripts: one
// place that knows every GeneticParams field by name.
#include <string>
#include <string_view>
#include <vector>

#include "routekit/solver/solve.hpp"

namespace routekit {

/// Sets one field of `params` from "NAME=VALUE". Throws ParameterError naming the problem when the name is
/// unknown or the value is not a number of the field's type; ranges are checked by solve().
void set_genetic_param(GeneticParams& params, std::string_view assignment);

/// The names set_genetic_param() accepts, in declaration order.
std::vector<std::string> genetic_param_names();

}  // namespace routekit
