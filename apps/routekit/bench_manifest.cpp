#include "apps/routekit/bench_manifest.hpp"

#include <regex.h>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

// A small state machine over the characters: outside quotes a comma ends the field and a line break the
// record; inside quotes everything is literal except a quote, which either doubles (an escaped quote) or
// closes the field.
class CsvScanner {
  public:
    CsvScanner(std::string_view text, const std::string& source) : text_(text), source_(source) {}

    std::vector<CsvRow> rows() {
        std::vector<CsvRow> rows;
        while (pos_ < text_.size()) {
            CsvRow row;
            row.line = line_;
            if (read_record(row.fields)) rows.push_back(std::move(row));
        }
        return rows;
    }

  private:
    // Reads one record up to and including its line break; false for an empty line.
    bool read_record(std::vector<std::string>& fields) {
        if (at_line_end()) {
            skip_line_end();
            return false;
        }
        while (true) {
            fields.push_back(read_field());
            if (pos_ >= text_.size()) return true;
            if (text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            skip_line_end();
            return true;
        }
    }

    std::string read_field() {
        std::string field;
        if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted_field();
        while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) field += text_[pos_++];
        return field;
    }

    std::string read_quoted_field() {
        const int start_line = line_;
        std::string field;
        ++pos_;  // the opening quote
        while (true) {
            if (pos_ >= text_.size())
                throw InputError(source_, start_line, "expected a closing quote, found the end of the file");
            const char c = text_[pos_++];
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    field += '"';
                    ++pos_;
                    continue;
                }
                break;
            }
            if (c == '\n') ++line_;
            field += c;
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end())
            throw InputError(source_, line_,
                             std::string("expected a comma or a line end after a closing quote, found '") +
                                 text_[pos_] + "'");
        return field;
    }

    bool at_line_end() const {
        return text_[pos_] == '\n' ||
               (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
    }
    void skip_line_end() {
        if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        ++line_;
    }

    std::string_view text_;
    const std::string& source_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

// The column of each field the harness reads; -1 when the manifest lacks it.
struct ManifestColumns {
    int set = -1;
    int name = -1;
    int path = -1;
    int problem = -1;
    int n_nodes = -1;
    int best_known = -1;
    int rounding = -1;
};

ManifestColumns find_columns(const CsvRow& header, const std::string& source) {
    ManifestColumns columns;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string& name = header.fields[i];
        const int index = static_cast<int>(i);
        if (name == "set") columns.set = index;
        if (name == "name") columns.name = index;
        if (name == "path") columns.path = index;
        if (name == "problem") columns.problem = index;
        if (name == "n_nodes") columns.n_nodes = index;
        if (name == "best_known") columns.best_known = index;
        if (name == "rounding") columns.rounding = index;
    }
    if (columns.set < 0 || columns.name < 0 || columns.path < 0)
        throw InputError(source, header.line, "expected a header naming the columns set, name and path");
    return columns;
}

std::string field_or_empty(const CsvRow& row, int column) {
    return column < 0 ? std::string() : row.fields[static_cast<std::size_t>(column)];
}

template <typename Number>
std::optional<Number> parse_number(const std::string& text) {
    Number value{};
    const char* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || ptr != end) return std::nullopt;
    return value;
}

ManifestEntry parse_entry(const CsvRow& row, const ManifestColumns& columns, const std::string& source,
                          const std::filesystem::path& base) {
    ManifestEntry entry;
    entry.line = row.line;
    entry.set = field_or_empty(row, columns.set);
    entry.name = field_or_empty(row, columns.name);
    entry.problem = field_or_empty(row, columns.problem);
    const std::filesystem::path path = field_or_empty(row, columns.path);
    if (path.empty()) throw InputError(source, row.line, "expected an instance path, found an empty field");
    entry.path = (path.is_absolute() ? path : base / path).lexically_normal().string();

    const std::string n_nodes = field_or_empty(row, columns.n_nodes);
    if (!n_nodes.empty()) {
        entry.n_nodes = parse_number<int>(n_nodes);
        if (!entry.n_nodes)
            throw InputError(source, row.line, "expected n_nodes as an integer, found " + n_nodes);
    }
    entry.best_known = field_or_empty(row, columns.best_known);
    if (!entry.best_known.empty()) {
        entry.best_known_value = parse_number<double>(entry.best_known);
        if (!entry.best_known_value || !std::isfinite(*entry.best_known_value))
            throw InputError(source, row.line, "expected best_known as a number, found " + entry.best_known);
    }
    const std::string rounding = field_or_empty(row, columns.rounding);
    if (!rounding.empty()) {
        entry.rounding = parse_rounding(rounding);
        if (!entry.rounding)
            throw InputError(source, row.line,
                             "expected rounding tsplib, trunc1, milli or exact, found " + rounding);
    }
    return entry;
}

// A POSIX extended regular expression that must match a whole string. POSIX <regex.h> rather than <regex>:
// GCC 12 reports false -Wmaybe-uninitialized warnings inside <regex> under the sanitizer build.
class WholeMatch {
  public:
    WholeMatch(const std::string& pattern, const char* option) {
        const std::string anchored = "^(" + (pattern.empty() ? std::string(".*") : pattern) + ")$";
        const int error = regcomp(&regex_, anchored.c_str(), REG_EXTENDED | REG_NOSUB);
        if (error != 0) {
            char message[256];
            regerror(error, &regex_, message, sizeof message);
            throw ParameterError(std::string(option) + ": invalid regular expression " + pattern + ": " +
                                 message);
        }
    }
    ~WholeMatch() { regfree(&regex_); }
    WholeMatch(const WholeMatch&) = delete;
    WholeMatch& operator=(const WholeMatch&) = delete;

    bool matches(const std::string& text) const { return regexec(&regex_, text.c_str(), 0, nullptr, 0) == 0; }

  private:
    regex_t regex_;
};

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source) {
    return CsvScanner(text, source).rows();
}

std::vector<ManifestEntry> parse_manifest(std::string_view text, const std::string& source,
                                          const std::string& base_folder) {
    const std::vector<CsvRow> rows = parse_csv(text, source);
    if (rows.empty()) throw InputError(source, 0, "expected a header line, found an empty file");
    const ManifestColumns columns = find_columns(rows.front(), source);
    const std::size_t width = rows.front().fields.size();
    std::vector<ManifestEntry> entries;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].fields.size() != width)
            throw InputError(source, rows[r].line,
                             "expected " + std::to_string(width) + " fields as in the header, found " +
                                 std::to_string(rows[r].fields.size()));
        entries.push_back(parse_entry(rows[r], columns, source, base_folder));
    }
    return entries;
}

std::vector<ManifestEntry> read_manifest(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot open the manifest for reading");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::string folder = std::filesystem::path(path).parent_path().string();
    return parse_manifest(text, path, folder);
}

std::vector<ManifestEntry> select_entries(const std::vector<ManifestEntry>& entries,
                                          const std::string& set_pattern, const std::string& name_pattern) {
    const WholeMatch set_regex(set_pattern, "--set");
    const WholeMatch name_regex(name_pattern, "--name");
    std::vector<ManifestEntry> selected;
    for (const ManifestEntry& entry : entries)
        if (set_regex.matches(entry.set) && name_regex.matches(entry.name)) selected.push_back(entry);
    return selected;
}

}  // namespace routekit::cli
