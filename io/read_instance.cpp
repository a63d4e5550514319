// Format detection and file access for the instance readers.
#include "routekit/io/read_instance.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/text_scanner.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

InstanceFormat detect_instance_format(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '{') return InstanceFormat::json;
    // Solomon files have a line holding only "VEHICLE" and one holding only "CUSTOMER".
    io::TextScanner in(text, "");
    bool vehicle = false;
    for (int lines = 0; lines < 8; ++lines) {
        const std::optional<std::string_view> line = in.next_nonblank_line();
        if (!line) break;
        if (*line == "VEHICLE") vehicle = true;
        if (*line == "CUSTOMER" && vehicle) return InstanceFormat::solomon;
    }
    return InstanceFormat::tsplib;
}

std::string read_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw InputError(path, 0, "expected a file, found a directory");
    // Devices such as /dev/zero never end; the largest real instance files are a few hundred megabytes.
    constexpr std::uintmax_t kMaxBytes = std::uintmax_t{4} << 30;
    const auto status = std::filesystem::status(path, error);
    if (std::filesystem::is_character_file(status) || std::filesystem::is_block_file(status))
        throw InputError(path, 0, "expected a regular file, found a device");
    if (std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, error) > kMaxBytes)
        throw InputError(path, 0, "expected a file under 4 GiB, found a larger one");
    std::ifstream file(path, std::ios::binary);
    if (!file) throw InputError(path, 0, "expected a readable file, found none (missing or not permitted)");
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad()) throw InputError(path, 0, "expected a readable file, found a read error");
    return std::move(content).str();
}

Instance parse_instance(std::string_view text, const std::string& source, const ReadOptions& options) {
    switch (detect_instance_format(text)) {
        case InstanceFormat::json:
            return parse_json_instance(text, source, options);
        case InstanceFormat::solomon:
            return parse_solomon(text, source, options);
        case InstanceFormat::tsplib:
            break;
    }
    return parse_tsplib(text, source, options);
}

Instance read_instance(const std::string& path, const ReadOptions& options) {
    const std::string text = read_file(path);
    return parse_instance(text, path, options);
}

}  // namespace routekit
