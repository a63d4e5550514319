#include "apps/routekit/commands.hpp"

namespace routekit::cli {

// Not registered yet: the train subcommand lands with its issue.
void add_train_command(CLI::App&) {}

}  // namespace routekit::cli
