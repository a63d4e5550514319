#pragma once
// Helpers shared by the JSON instance and solution readers: parsing with line numbers in errors, and
// "expected ..., found ..." messages about values (nlohmann::json does not keep positions, so a value's
// line is that of its key's first occurrence).
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "routekit/model/load.hpp"

namespace routekit::io {

/// Parses `text` as JSON. Anything nlohmann::json refuses (a syntax error, a number too large for a double)
/// throws InputError naming `source` and the line of the offending text.
nlohmann::json parse_json(std::string_view text, const std::string& source);

/// What an error names and the line it points at: a member of the root ("vehicles"), or an element of its
/// array and a member of that ("vehicles[2].capacity").
struct JsonPlace {
    std::string name;
    int line = 1;
};

/// A load (demand, pickup, capacity, a route's load) as the JSON files state it: a number with one load
/// dimension, an array of one amount per dimension with several.
template <class Json = nlohmann::json>
Json load_json(const Load& load, int dimensions) {
    if (dimensions == 1) return load[0];
    Json amounts = Json::array();
    for (int d = 0; d < dimensions; ++d) amounts.push_back(load[d]);
    return amounts;
}

class JsonDocument {
  public:
    /// Parses `text`; invalid JSON throws InputError at the line of the offending byte. Without `lines` the
    /// text is no file a person wrote (Python's keyword arguments as JSON): errors name the element alone.
    JsonDocument(std::string_view text, std::string source, bool lines = true);

    const nlohmann::json& root() const { return root_; }
    const std::string& source() const { return source_; }
    /// The member `key` of the root object, or nullptr when absent or null.
    const nlohmann::json* member(std::string_view key) const;
    /// The line of the root's member "key" (else of the first "key" anywhere; 1 if not found).
    int line_of(std::string_view key) const;
    /// The root member `key`, for errors.
    JsonPlace place(std::string_view key) const { return {std::string(key), line_of(key)}; }
    /// Element `index` of the root's array `key` (and its member `member`, when given), for errors: named
    /// "key[index].member" at the line where that element (member) begins.
    JsonPlace place(std::string_view key, std::size_t index, std::string_view member = {}) const;
    /// Throws InputError(source, line_of(key), "expected EXPECTED, found <value>").
    [[noreturn]] void fail(std::string_view key, std::string_view expected,
                           const nlohmann::json& found) const;
    /// The same with `found` already described.
    [[noreturn]] void fail_found(std::string_view key, std::string_view expected,
                                 std::string_view found) const;
    [[noreturn]] void fail(const JsonPlace& at, std::string_view expected, const nlohmann::json& found) const;
    [[noreturn]] void fail_found(const JsonPlace& at, std::string_view expected,
                                 std::string_view found) const;

    /// A finite number in [minimum, 1e9] (reals), naming `key` in errors.
    double number(std::string_view key, const nlohmann::json& value, double minimum = 0) const {
        return number(place(key), value, minimum);
    }
    double number(const JsonPlace& at, const nlohmann::json& value, double minimum = 0) const;
    /// An integer in [minimum, maximum].
    long long integer(std::string_view key, const nlohmann::json& value, long long minimum,
                      long long maximum) const {
        return integer(place(key), value, minimum, maximum);
    }
    long long integer(const JsonPlace& at, const nlohmann::json& value, long long minimum,
                      long long maximum) const;
    /// An array, optionally of an exact size.
    const nlohmann::json& array(std::string_view key, const nlohmann::json& value,
                                std::size_t size = static_cast<std::size_t>(-1)) const {
        return array(place(key), value, size);
    }
    const nlohmann::json& array(const JsonPlace& at, const nlohmann::json& value,
                                std::size_t size = static_cast<std::size_t>(-1)) const;

  private:
    /// The offset of the value of member `key` of the object opening at `object`; npos when absent.
    std::size_t member_value(std::size_t object, std::string_view key, std::size_t* key_at = nullptr) const;
    /// The offset of element `index` of the array opening at `array`; npos when it has fewer.
    std::size_t element(std::size_t array, std::size_t index) const;
    /// The offset just past the value (or the string) beginning at `at`.
    std::size_t skip_value(std::size_t at) const;
    std::size_t skip_space(std::size_t at) const;

    std::string_view text_;
    std::string source_;
    nlohmann::json root_;
    bool lines_ = true;
};

}  // namespace routekit::io
