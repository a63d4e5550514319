#pragma once
// Helpers shared by the JSON instance and solution readers: parsing with line numbers in errors, and
// "expected ..., found ..." messages about values (nlohmann::json does not keep positions, so a value's
// line is that of its key's first occurrence).
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace routekit::io {

/// Parses `text` as JSON. Anything nlohmann::json refuses (a syntax error, a number too large for a double)
/// throws InputError naming `source` and the line of the offending text.
nlohmann::json parse_json(std::string_view text, const std::string& source);

class JsonDocument {
  public:
    /// Parses `text`; invalid JSON throws InputError at the line of the offending byte.
    JsonDocument(std::string_view text, std::string source);

    const nlohmann::json& root() const { return root_; }
    const std::string& source() const { return source_; }
    /// The member `key` of the root object, or nullptr when absent or null.
    const nlohmann::json* member(std::string_view key) const;
    /// The line of the first occurrence of "key" in the text (1 if not found).
    int line_of(std::string_view key) const;
    /// Throws InputError(source, line_of(key), "expected EXPECTED, found <value>").
    [[noreturn]] void fail(std::string_view key, std::string_view expected,
                           const nlohmann::json& found) const;
    /// The same with `found` already described.
    [[noreturn]] void fail_found(std::string_view key, std::string_view expected,
                                 std::string_view found) const;

    /// A finite number in [minimum, 1e9] (reals), naming `key` in errors.
    double number(std::string_view key, const nlohmann::json& value, double minimum = 0) const;
    /// An integer in [minimum, maximum].
    long long integer(std::string_view key, const nlohmann::json& value, long long minimum,
                      long long maximum) const;
    /// An array, optionally of an exact size.
    const nlohmann::json& array(std::string_view key, const nlohmann::json& value,
                                std::size_t size = static_cast<std::size_t>(-1)) const;

  private:
    std::string_view text_;
    std::string source_;
    nlohmann::json root_;
};

}  // namespace routekit::io
