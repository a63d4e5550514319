#pragma once
// Whether the suite runs under AddressSanitizer and UndefinedBehaviorSanitizer (CI's second job sets
// ROUTEKIT_SANITIZED=1), where the tests that time or loop shorten their work.
#include <cstdlib>
#include <string>

namespace routekit::testing {

inline bool sanitized() {
    const char* value = std::getenv("ROUTEKIT_SANITIZED");
    return value && std::string(value) == "1";
}

}  // namespace routekit::testing
