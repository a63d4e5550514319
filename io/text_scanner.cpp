#include "io/text_scanner.hpp"

#include <charconv>
#include <cmath>

#include "routekit/model/error.hpp"

namespace routekit::io {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// from_chars rejects a leading '+', which some generators write.
std::string_view without_plus(std::string_view token) {
    if (token.size() > 1 && token.front() == '+' && token[1] != '-') token.remove_prefix(1);
    return token;
}

}  // namespace

std::optional<long long> parse_integer(std::string_view token) {
    token = without_plus(token);
    long long value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error == std::errc() && end == token.data() + token.size() && !token.empty()) return value;
    // "12.0" or "1e3" still name an integer.
    const std::optional<double> real = parse_real(token);
    if (!real || std::floor(*real) != *real || std::fabs(*real) > 9e15) return std::nullopt;
    return static_cast<long long>(*real);
}

std::optional<double> parse_real(std::string_view token) {
    token = without_plus(token);
    if (token.empty()) return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string describe_token(std::string_view token) {
    if (token.empty()) return "end of file";
    constexpr std::size_t kShown = 40;
    std::string text = "'";
    for (std::size_t i = 0; i < token.size() && i < kShown; ++i) {
        const auto c = static_cast<unsigned char>(token[i]);
        if (c >= 0x20 && c < 0x7f) {
            text += static_cast<char>(c);
        } else {
            static constexpr char kHex[] = "0123456789abcdef";
            text += "\\x";
            text += kHex[c >> 4];
            text += kHex[c & 15];
        }
    }
    if (token.size() > kShown) text += "...";
    return text + "'";
}

TextScanner::TextScanner(std::string_view text, std::string source, int first_line)
    : text_(text),
      source_(std::move(source)),
      line_(first_line),
      token_line_(first_line),
      last_content_line_(first_line) {}

void TextScanner::skip_whitespace() {
    while (pos_ < text_.size() && is_space(text_[pos_])) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
    }
}

bool TextScanner::at_end() {
    skip_whitespace();
    return pos_ >= text_.size();
}

std::string_view TextScanner::next_token() {
    skip_whitespace();
    // At the end of the text, errors name the last line that held something, not the empty one after it.
    token_line_ = pos_ < text_.size() ? line_ : last_content_line_;
    const std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_])) ++pos_;
    if (pos_ > start) last_content_line_ = line_;
    return text_.substr(start, pos_ - start);
}

std::string_view TextScanner::peek_token() {
    skip_whitespace();
    std::size_t end = pos_;
    while (end < text_.size() && !is_space(text_[end])) ++end;
    return text_.substr(pos_, end - pos_);
}

std::string_view TextScanner::next_keyword() {
    skip_whitespace();
    token_line_ = line_;
    const std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_]) && text_[pos_] != ':') ++pos_;
    if (pos_ > start) last_content_line_ = line_;
    return text_.substr(start, pos_ - start);
}

bool TextScanner::more_on_line() {
    std::size_t at = pos_;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
    return at < text_.size() && text_[at] != '\n' && text_[at] != '\r';
}

void TextScanner::skip_colon() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
}

std::string_view TextScanner::rest_of_line() {
    std::size_t end = pos_;
    while (end < text_.size() && text_[end] != '\n') ++end;
    std::string_view rest = trim(text_.substr(pos_, end - pos_));
    if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
    token_line_ = line_;
    if (!rest.empty()) last_content_line_ = line_;
    pos_ = end;
    if (pos_ < text_.size()) {
        ++pos_;
        ++line_;
    }
    return rest;
}

std::optional<std::string_view> TextScanner::next_nonblank_line() {
    while (pos_ < text_.size()) {
        std::string_view line = rest_of_line();
        if (!line.empty()) return line;
    }
    return std::nullopt;
}

long long TextScanner::next_integer(std::string_view what) {
    const std::string_view token = next_token();
    const std::optional<long long> value = parse_integer(token);
    if (!value) fail_token(what, token);
    return *value;
}

double TextScanner::next_real(std::string_view what) {
    const std::string_view token = next_token();
    const std::optional<double> value = parse_real(token);
    if (!value) fail_token(what, token);
    return *value;
}

void TextScanner::fail(std::string_view expected, std::string_view found) const {
    throw InputError(source_, token_line_,
                     "expected " + std::string(expected) + ", found " + std::string(found));
}

void TextScanner::fail_token(std::string_view expected, std::string_view token) const {
    fail(expected, describe_token(token));
}

}  // namespace routekit::io
