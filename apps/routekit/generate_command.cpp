#include "apps/routekit/commands.hpp"

namespace routekit::cli {

// Not registered yet: the generate subcommand lands with its issue.
void add_generate_command(CLI::App&) {}

}  // namespace routekit::cli
