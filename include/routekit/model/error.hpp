#pragma once
// The one exception hierarchy of Routekit. Every error a user can cause is one of these, with a message
// that names what was expected and what was found.
#include <stdexcept>
#include <string>

namespace routekit {

/// Base of every error Routekit throws on purpose.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Malformed or inconsistent input: a file, a JSON document or an instance built in code.
/// `what()` reads "FILE:LINE: expected ..., found ..." when the input came from a file.
class InputError : public Error {
  public:
    InputError(std::string file, int line, const std::string& message)
        : Error(format(file, line, message)), file_(std::move(file)), line_(line) {}
    explicit InputError(const std::string& message) : Error(message), line_(0) {}

    const std::string& file() const { return file_; }
    int line() const { return line_; }

  private:
    static std::string format(const std::string& file, int line, const std::string& message) {
        std::string where = file.empty() ? std::string("<input>") : file;
        if (line > 0) where += ":" + std::to_string(line);
        return where + ": " + message;
    }
    std::string file_;
    int line_;
};

/// A request that cannot be carried out with the given parameters (an unknown init method, a bad limit).
class ParameterError : public Error {
  public:
    using Error::Error;
};

}  // namespace routekit
