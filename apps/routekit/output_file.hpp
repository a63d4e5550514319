#pragma once
// Files the command line writes (solutions, instances, matrices, traces, pictures): one way to open them and
// one error for a path that cannot be written.
#include <fstream>
#include <string>

namespace routekit::cli {

/// The file at `path` opened for writing (truncated), or InputError "expected a file that can be written".
std::ofstream open_output_file(const std::string& path);

/// Fails as open_output_file would, but before any work and without leaving a new empty file behind, so
/// that a long solve or a map read does not end in a bad path; an existing file keeps its content.
void require_writable(const std::string& path);

}  // namespace routekit::cli
