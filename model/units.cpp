#include "routekit/model/units.hpp"

#include <cmath>
#include <cstdio>

namespace routekit {

std::string_view to_string(Rounding rounding) {
    switch (rounding) {
        case Rounding::tsplib:
            return "tsplib";
        case Rounding::trunc1:
            return "trunc1";
        case Rounding::exact:
            return "exact";
        case Rounding::milli:
            return "milli";
    }
    return "?";
}

std::optional<Rounding> parse_rounding(std::string_view text) {
    if (text == "tsplib") return Rounding::tsplib;
    if (text == "trunc1") return Rounding::trunc1;
    if (text == "exact") return Rounding::exact;
    if (text == "milli") return Rounding::milli;
    return std::nullopt;
}

Cost scale_of(Rounding rounding) {
    switch (rounding) {
        case Rounding::tsplib:
            return 1;
        case Rounding::trunc1:
            return 10;
        case Rounding::exact:
            return 10'000'000;
        case Rounding::milli:
            return 1000;
    }
    return 1;
}

Cost to_fixed(double value, Rounding rounding) {
    switch (rounding) {
        case Rounding::tsplib:
            return static_cast<Cost>(std::llround(value));
        // The small epsilon keeps values such as 0.3 (stored as 0.29999...) from truncating to 0.2.
        case Rounding::trunc1:
            return static_cast<Cost>(std::floor(value * 10.0 + 1e-9));
        case Rounding::exact:
            return static_cast<Cost>(std::llround(value * 1e7));
        case Rounding::milli:
            return static_cast<Cost>(std::llround(value * 1e3));
    }
    return 0;
}

std::string format_cost(Cost cost, Rounding rounding) {
    const Cost scale = scale_of(rounding);
    if (scale == 1) return std::to_string(cost);
    const Cost magnitude = cost < 0 ? -cost : cost;
    const int digits = rounding == Rounding::trunc1 ? 1 : rounding == Rounding::milli ? 3 : 7;
    char text[48];
    int length = std::snprintf(text, sizeof text, "%s%lld.%0*lld", cost < 0 ? "-" : "",
                               static_cast<long long>(magnitude / scale), digits,
                               static_cast<long long>(magnitude % scale));
    if (rounding == Rounding::exact) {  // trailing zeros say nothing for real values; keep two decimals
        while (length > 0 && text[length - 1] == '0' && text[length - 3] != '.') --length;
    }
    return std::string(text, static_cast<std::size_t>(length));
}

}  // namespace routekit
