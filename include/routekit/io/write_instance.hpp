#pragma once
// Writing an instance as JSON (docs/json-format.md): how a VRPLIB, Solomon or TSPLIB file becomes the JSON
// form a program can edit (`routekit convert FILE --to json`).
#include <ostream>

#include "routekit/model/instance.hpp"

namespace routekit {

/// Writes `instance` as a JSON instance that reads back to the same problem: the same nodes in the same
/// order (depots first), costs in the file's units under the same rounding, the fleet and every variant
/// field. Distances computed from coordinates (EUC_2D) are written as coordinates, any other as a matrix.
/// Throws InputError for what JSON cannot state (a time window or shift without a closing time).
void write_json_instance(std::ostream& out, const Instance& instance);

}  // namespace routekit
