#pragma once
// Helpers for the tests that read the checker's report.
#include <vector>

#include "routekit/model/checker.hpp"

namespace routekit::test {

/// The kinds of the report's violations, in order.
inline std::vector<ViolationKind> kinds(const CheckReport& report) {
    std::vector<ViolationKind> found;
    for (const Violation& violation : report.violations) found.push_back(violation.kind);
    return found;
}

}  // namespace routekit::test
