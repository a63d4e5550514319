#include "apps/routekit/output_file.hpp"

#include <filesystem>

#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

[[noreturn]] void throw_not_writable(const std::string& path) {
    throw InputError(path, 0, "expected a file that can be written, found none");
}

}  // namespace

std::ofstream open_output_file(const std::string& path) {
    std::ofstream out(path);
    if (!out) throw_not_writable(path);
    return out;
}

void require_writable(const std::string& path) {
    const bool existed = std::filesystem::exists(path);
    if (!std::ofstream(path, std::ios::app)) throw_not_writable(path);  // appends nothing
    if (!existed) std::filesystem::remove(path);
}

}  // namespace routekit::cli
