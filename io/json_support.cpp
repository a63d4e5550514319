#include "io/json_support.hpp"

#include <algorithm>
#include <cmath>

#include "io/reader_common.hpp"
#include "io/text_scanner.hpp"
#include "routekit/model/error.hpp"

namespace routekit::io {

namespace {

int line_at(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n'));
}

std::string describe(const nlohmann::json& value) {
    if (value.is_array()) return "an array of " + std::to_string(value.size());
    if (value.is_object()) return "an object";
    if (value.is_null()) return "null";
    return describe_token(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

nlohmann::json parse_json(std::string_view text, const std::string& source) {
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        // nlohmann's message reads "[json.exception.parse_error.101] parse error at line 1, column 2: ...".
        std::string message = error.what();
        const std::size_t detail = message.rfind(": ");
        if (detail != std::string::npos) message = message.substr(detail + 2);
        for (char& c : message)
            if (c == '\n' || c == '\r') c = ' ';
        throw InputError(source, line_at(text, error.byte == 0 ? 0 : error.byte - 1),
                         "expected valid JSON, found a syntax error (" + message + ")");
    } catch (const nlohmann::json::exception& error) {
        // Out of range (a number beyond a double: "number overflow parsing '7E999'"): no byte position is
        // kept, so the line is that of the quoted token's first occurrence.
        const std::string message = error.what();
        const std::size_t open = message.find('\'');
        const std::size_t close = message.rfind('\'');
        std::string token;
        if (open != std::string::npos && close > open) token = message.substr(open + 1, close - open - 1);
        const std::size_t at = token.empty() ? std::string_view::npos : text.find(token);
        const std::string found = token.empty() ? std::string(error.what()) : describe_token(token);
        throw InputError(source, at == std::string_view::npos ? 1 : line_at(text, at),
                         error.id == 406 ? "expected a number that fits a double, found " + found
                                         : "expected valid JSON, found " + found);
    }
}

JsonDocument::JsonDocument(std::string_view text, std::string source, bool lines)
    : text_(text), source_(std::move(source)), root_(parse_json(text, source_)), lines_(lines) {
    if (!root_.is_object()) {
        throw InputError(source_, 1, "expected a JSON object, found " + describe(root_));
    }
}

const nlohmann::json* JsonDocument::member(std::string_view key) const {
    const auto found = root_.find(key);
    if (found == root_.end() || found->is_null()) return nullptr;
    return &*found;
}

int JsonDocument::line_of(std::string_view key) const {
    std::size_t at = std::string_view::npos;
    if (const std::size_t root = skip_space(0); root < text_.size() && text_[root] == '{')
        member_value(root, key, &at);
    if (at == std::string_view::npos) at = text_.find("\"" + std::string(key) + "\"");
    return at == std::string_view::npos ? 1 : line_at(text_, at);
}

JsonPlace JsonDocument::place(std::string_view key, std::size_t index, std::string_view member) const {
    JsonPlace at{std::string(key) + "[" + std::to_string(index) + "]", line_of(key)};
    if (!member.empty()) at.name += "." + std::string(member);
    // The text parsed as JSON, so the scan below meets only well-formed values.
    const std::size_t root = skip_space(0);
    const std::size_t array = member_value(root, key);
    if (array == std::string_view::npos || text_[array] != '[') return at;
    const std::size_t item = element(array, index);
    if (item == std::string_view::npos) return at;
    at.line = line_at(text_, item);
    std::size_t member_key = std::string_view::npos;
    if (!member.empty() && text_[item] == '{') member_value(item, member, &member_key);
    if (member_key != std::string_view::npos) at.line = line_at(text_, member_key);
    return at;
}

std::size_t JsonDocument::skip_space(std::size_t at) const {
    while (at < text_.size() &&
           (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' || text_[at] == '\r'))
        ++at;
    return at;
}

std::size_t JsonDocument::skip_value(std::size_t at) const {
    if (at >= text_.size()) return at;
    if (text_[at] == '"') {
        for (++at; at < text_.size() && text_[at] != '"'; ++at)
            if (text_[at] == '\\') ++at;
        return at + 1;
    }
    if (text_[at] == '{' || text_[at] == '[') {
        int depth = 0;
        while (at < text_.size()) {
            const char c = text_[at];
            if (c == '"') {
                at = skip_value(at);
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            if ((c == '}' || c == ']') && --depth == 0) return at + 1;
            ++at;
        }
        return at;
    }
    while (at < text_.size() && text_[at] != ',' && text_[at] != ']' && text_[at] != '}') ++at;
    return at;
}

std::size_t JsonDocument::member_value(std::size_t object, std::string_view key, std::size_t* key_at) const {
    std::size_t at = skip_space(object + 1);
    while (at < text_.size() && text_[at] == '"') {
        const std::size_t name_end = skip_value(at);
        const std::string_view name = text_.substr(at + 1, name_end - at - 2);
        const std::size_t value = skip_space(skip_space(name_end) + 1);  // past the ':'
        if (name == key) {
            if (key_at) *key_at = at;
            return value;
        }
        at = skip_space(skip_value(value));
        if (at < text_.size() && text_[at] == ',') at = skip_space(at + 1);
    }
    return std::string_view::npos;
}

std::size_t JsonDocument::element(std::size_t array, std::size_t index) const {
    std::size_t at = skip_space(array + 1);
    for (std::size_t k = 0; at < text_.size() && text_[at] != ']'; ++k) {
        if (k == index) return at;
        at = skip_space(skip_value(at));
        if (at < text_.size() && text_[at] == ',') at = skip_space(at + 1);
    }
    return std::string_view::npos;
}

void JsonDocument::fail(std::string_view key, std::string_view expected, const nlohmann::json& found) const {
    fail_found(key, expected, describe(found));
}

void JsonDocument::fail_found(std::string_view key, std::string_view expected, std::string_view found) const {
    fail_found(place(key), expected, found);
}

void JsonDocument::fail(const JsonPlace& at, std::string_view expected, const nlohmann::json& found) const {
    fail_found(at, expected, describe(found));
}

void JsonDocument::fail_found(const JsonPlace& at, std::string_view expected, std::string_view found) const {
    throw InputError(
        source_, lines_ ? at.line : 0,
        "expected " + std::string(expected) + " in \"" + at.name + "\", found " + std::string(found));
}

double JsonDocument::number(const JsonPlace& key, const nlohmann::json& value, double minimum) const {
    if (!value.is_number()) fail(key, "a number", value);
    const double x = value.get<double>();
    if (!std::isfinite(x) || x < minimum || x > kMaxMagnitude)
        fail(key, minimum < 0 ? "a number of magnitude at most 1e9" : "a number between 0 and 1e9", value);
    return x;
}

long long JsonDocument::integer(const JsonPlace& key, const nlohmann::json& value, long long minimum,
                                long long maximum) const {
    long long x = 0;
    if (value.is_number_integer()) {
        if (value.is_number_unsigned() &&
            value.get<unsigned long long>() > static_cast<unsigned long long>(maximum))
            fail(key, "an integer between " + std::to_string(minimum) + " and " + std::to_string(maximum),
                 value);
        x = value.get<long long>();
    } else if (value.is_number_float() && std::isfinite(value.get<double>()) &&
               std::floor(value.get<double>()) == value.get<double>() &&
               std::fabs(value.get<double>()) < 9e15) {
        x = static_cast<long long>(value.get<double>());
    } else {
        fail(key, "an integer", value);
    }
    if (x < minimum || x > maximum)
        fail(key, "an integer between " + std::to_string(minimum) + " and " + std::to_string(maximum), value);
    return x;
}

const nlohmann::json& JsonDocument::array(const JsonPlace& key, const nlohmann::json& value,
                                          std::size_t size) const {
    if (!value.is_array()) fail(key, "an array", value);
    if (size != static_cast<std::size_t>(-1) && value.size() != size)
        fail(key, "an array of " + std::to_string(size), value);
    return value;
}

}  // namespace routekit::io
