#pragma once
// The shipped edge-prior weights, compiled into the library from
// heuristics/edge_prior/default_edge_prior.json at configure time
// (cmake/embed_json.cmake).
#include <string_view>

namespace routekit::prior {

/// The JSON text of the shipped edge prior; empty when the build found no weights file.
std::string_view embedded_default_edge_prior();

}  // namespace routekit::prior
