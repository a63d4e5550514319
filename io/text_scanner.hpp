#pragma once
// A tokenizer over text already in memory that knows the line of every token, so that readers can say
// "FILE:LINE: expected ..., found ..." about any bad value. Whitespace includes '\r', so CRLF files read
// like LF files, and numbers may wrap freely across lines.
#include <optional>
#include <string>
#include <string_view>

namespace routekit::io {

/// Parses a whole token as an integer ("12", "+12", or "12.0" when the value is integral); nullopt otherwise.
std::optional<long long> parse_integer(std::string_view token);
/// Parses a whole token as a finite real number; nullopt for anything else (including "nan" and "inf").
std::optional<double> parse_real(std::string_view token);
/// Quotes a token for an error message, shortened and with unprintable bytes escaped; "end of file" if empty.
std::string describe_token(std::string_view token);

class TextScanner {
  public:
    TextScanner(std::string_view text, std::string source, int first_line = 1);

    const std::string& source() const { return source_; }
    /// The line of the token (or line) returned last.
    int line() const { return token_line_; }
    /// True when only whitespace is left.
    bool at_end();

    /// The next whitespace-separated token; empty at the end of the text.
    std::string_view next_token();
    /// The next token without consuming it.
    std::string_view peek_token();
    /// A keyword: the characters up to whitespace or ':' (so both "NAME:" and "NAME :" work).
    std::string_view next_keyword();
    /// True when another token follows on the current line.
    bool more_on_line();
    /// Skips blanks and one ':' on the current line (after a keyword such as "DEMAND_SECTION :").
    void skip_colon();
    /// The rest of the current line, without a leading ':' and trimmed; consumes the line break.
    std::string_view rest_of_line();
    /// The next line that is not blank, trimmed; nullopt at the end of the text.
    std::optional<std::string_view> next_nonblank_line();

    /// The next token as an integer / a real number; `what` names the value in the error message.
    long long next_integer(std::string_view what);
    double next_real(std::string_view what);

    /// Throws InputError(source, line(), "expected EXPECTED, found FOUND").
    [[noreturn]] void fail(std::string_view expected, std::string_view found) const;
    /// Throws InputError about `token`, described with describe_token.
    [[noreturn]] void fail_token(std::string_view expected, std::string_view token) const;

  private:
    void skip_whitespace();

    std::string_view text_;
    std::string source_;
    std::size_t pos_ = 0;
    int line_ = 1;               // the line at pos_
    int token_line_ = 1;         // the line of the last token returned
    int last_content_line_ = 1;  // the line of the last non-empty token
};

}  // namespace routekit::io
