#pragma once
// The benchmark manifest: a CSV file listing instances with their set, path and best known value (the format
// of ../shared/instances/manifest.csv), and the selection of its rows by regular expressions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit::cli {

/// One CSV record and the line it starts on (a quoted field may span lines).
struct CsvRow {
    int line = 0;
    std::vector<std::string> fields;
};

/// Splits CSV text into rows of fields (RFC 4180: fields may be quoted, a quoted field may hold commas,
/// line breaks and doubled quotes ""). Accepts LF or CRLF line ends and skips empty lines. Throws
/// InputError("SOURCE:LINE: ...") on an unterminated quote or text after a closing quote.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source);

/// One instance of the manifest.
struct ManifestEntry {
    std::string set;
    std::string name;
    std::string path;            ///< resolved against the manifest's folder
    std::string problem;         ///< TSP, CVRP, ... as the manifest states it (may be empty)
    std::optional<int> n_nodes;  ///< the manifest's n_nodes, when given
    std::string best_known;      ///< as written, in the file's units ("26362", "827.3"); may be empty
    std::optional<double> best_known_value;
    std::optional<Rounding> rounding;  ///< the convention of best_known; nullopt: the format's default
    int line = 0;                      ///< where the row starts in the manifest, for messages
};

/// Parses a manifest. Columns are found by their header name: set, name and path are required; best_known,
/// rounding, n_nodes and problem are read when present, the others ignored. Relative paths are resolved
/// against `base_folder`. Throws InputError naming the line of a malformed row (wrong field count, a
/// best_known that is not a number, an unknown rounding).
std::vector<ManifestEntry> parse_manifest(std::string_view text, const std::string& source,
                                          const std::string& base_folder);
/// Reads and parses a manifest file; its relative paths are resolved against the file's folder.
std::vector<ManifestEntry> read_manifest(const std::string& path);

/// The entries whose set and name both match (POSIX extended regular expressions matched against the whole
/// string; an empty pattern matches everything), in manifest order. Throws ParameterError on an invalid
/// pattern.
std::vector<ManifestEntry> select_entries(const std::vector<ManifestEntry>& entries,
                                          const std::string& set_pattern, const std::string& name_pattern);

}  // namespace routekit::cli
