#pragma once
// The default weights, compiled into the library from heuristics/policy/default_policy.json at configure time
// (cmake/embed_json.cmake).
#include <string_view>

namespace routekit::policy {

/// The JSON text of the shipped weights; empty when the build found no weights file.
std::string_view embedded_default_policy();

}  // namespace routekit::policy
