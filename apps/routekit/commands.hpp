#pragma once
// The routekit subcommands. Each file registers one with CLI11 and runs it; main() maps errors to exit codes.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "routekit/io/read_instance.hpp"
#include "routekit/solver/solve.hpp"

namespace routekit::cli {

/// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInfeasible = 1;
inline constexpr int kExitBadInput = 2;

/// Thrown by a subcommand to end the program with `code` after it has printed what it had to say.
struct ExitRequest {
    int code;
};

/// The --rounding option every subcommand takes.
void add_rounding_option(CLI::App& command, std::optional<std::string>& rounding);
/// Turns the --rounding text into read options (ParameterError on an unknown value).
ReadOptions read_options(const std::optional<std::string>& rounding);
/// The repeatable --param NAME=VALUE option that sets the genetic search's settings (GeneticParams).
void add_genetic_param_option(CLI::App& command, std::vector<std::string>& assignments);
/// The default settings with the --param assignments applied (ParameterError on an unknown name or a bad
/// value). Called before any instance is read, so a typo fails at once and not once per run.
GeneticParams genetic_params_from(const std::vector<std::string>& assignments);
/// The shipped default instance, solved when `routekit` runs without arguments.
std::string default_instance_path();

void add_info_command(CLI::App& app);
void add_check_command(CLI::App& app);
void add_solve_command(CLI::App& app);
void add_bench_command(CLI::App& app);
void add_generate_command(CLI::App& app);
void add_train_command(CLI::App& app);
void add_plot_command(CLI::App& app);
void add_matrix_command(CLI::App& app);
void add_convert_command(CLI::App& app);

}  // namespace routekit::cli
