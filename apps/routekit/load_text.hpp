#pragma once
// A load as the command line prints it: one amount with one load dimension, "[weight, volume]" with several.
#include <string>

#include "routekit/model/load.hpp"

namespace routekit::cli {

inline std::string load_text(const Load& amounts, int dimensions) {
    if (dimensions == 1) return std::to_string(amounts[0]);
    std::string text = "[";
    for (int d = 0; d < dimensions; ++d) text += (d > 0 ? ", " : "") + std::to_string(amounts[d]);
    return text + "]";
}

}  // namespace routekit::cli
