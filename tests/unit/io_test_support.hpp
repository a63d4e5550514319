#pragma once
// Helpers for the io tests: expecting an InputError that names a file and a line.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "routekit/model/error.hpp"

namespace routekit::test {

/// Runs `action` and expects an InputError whose message starts with `prefix` (e.g. "bad.vrp:7: expected")
/// and holds a single line.
inline ::testing::AssertionResult throws_input_error(const std::function<void()>& action,
                                                     const std::string& prefix) {
    try {
        action();
    } catch (const InputError& error) {
        const std::string message = error.what();
        if (message.rfind(prefix, 0) != 0)
            return ::testing::AssertionFailure()
                   << "message '" << message << "' does not start with '" << prefix << "'";
        if (message.find('\n') != std::string::npos)
            return ::testing::AssertionFailure() << "message '" << message << "' spans several lines";
        return ::testing::AssertionSuccess() << message;
    } catch (const std::exception& other) {
        return ::testing::AssertionFailure() << "threw another exception: " << other.what();
    }
    return ::testing::AssertionFailure() << "did not throw";
}

}  // namespace routekit::test
