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

JsonDocument::JsonDocument(std::string_view text, std::string source)
    : text_(text), source_(std::move(source)), root_(parse_json(text, source_)) {
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
    const std::string quoted = "\"" + std::string(key) + "\"";
    const std::size_t at = text_.find(quoted);
    return at == std::string_view::npos ? 1 : line_at(text_, at);
}

void JsonDocument::fail(std::string_view key, std::string_view expected, const nlohmann::json& found) const {
    fail_found(key, expected, describe(found));
}

void JsonDocument::fail_found(std::string_view key, std::string_view expected, std::string_view found) const {
    throw InputError(source_, line_of(key),
                     "expected " + std::string(expected) + " in \"" + std::string(key) + "\", found " +
                         std::string(found));
}

double JsonDocument::number(std::string_view key, const nlohmann::json& value, double minimum) const {
    if (!value.is_number()) fail(key, "a number", value);
    const double x = value.get<double>();
    if (!std::isfinite(x) || x < minimum || x > kMaxMagnitude)
        fail(key, minimum < 0 ? "a number of magnitude at most 1e9" : "a number between 0 and 1e9", value);
    return x;
}

long long JsonDocument::integer(std::string_view key, const nlohmann::json& value, long long minimum,
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

const nlohmann::json& JsonDocument::array(std::string_view key, const nlohmann::json& value,
                                          std::size_t size) const {
    if (!value.is_array()) fail(key, "an array", value);
    if (size != static_cast<std::size_t>(-1) && value.size() != size)
        fail(key, "an array of " + std::to_string(size), value);
    return value;
}

}  // namespace routekit::io
