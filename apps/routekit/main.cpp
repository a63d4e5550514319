// routekit: solve, check and inspect vehicle-routing instances from the command line.
#include <iostream>

#include "apps/routekit/commands.hpp"
#include "apps/routekit/mpi_world.hpp"
#include "routekit/model/error.hpp"

int main(int argc, char** argv) {
    using namespace routekit;
    // Under mpirun: `solve` runs islands and `bench` a task farm over the ranks (docs/mpi.md). An error
    // after the command line was read ends every rank: some of them may be waiting for this one.
    const cli::MpiScope mpi(argc, argv);
    CLI::App app{
        "Routekit: vehicle routing (TSP, ATSP, CVRP, ACVRP, VRPTW).\n"
        "Without a subcommand, solves the shipped default instance."};
    app.set_version_flag("--version", "routekit " ROUTEKIT_VERSION);
    app.require_subcommand(0, 1);
    cli::add_solve_command(app);
    cli::add_check_command(app);
    cli::add_info_command(app);
    cli::add_bench_command(app);
    cli::add_generate_command(app);
    cli::add_train_command(app);
    cli::add_plot_command(app);
    cli::add_matrix_command(app);
    cli::add_convert_command(app);
    try {
        app.parse(argc, argv);
        if (app.get_subcommands().empty()) {
            // No subcommand: solve the default instance with a short budget, as `routekit solve` would.
            CLI::App fallback{"routekit"};
            cli::add_solve_command(fallback);
            const char* args[] = {"routekit", "solve", "--time-limit", "5"};
            fallback.parse(4, const_cast<char**>(args));
        }
        return cli::kExitOk;
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);
        std::cerr << "routekit: error: " << e.what() << "\n";
        return cli::kExitBadInput;
    } catch (const cli::ExitRequest& request) {
        return request.code;
    } catch (const Error& e) {
        std::cerr << "routekit: error: " << e.what() << "\n";
        return cli::end_ranks_on_error(cli::kExitBadInput);
    } catch (const std::bad_alloc&) {
        std::cerr << "routekit: error: out of memory\n";
        return cli::end_ranks_on_error(cli::kExitBadInput);
    } catch (const std::exception& e) {
        std::cerr << "routekit: error: " << e.what() << "\n";
        return cli::end_ranks_on_error(cli::kExitBadInput);
    }
}
