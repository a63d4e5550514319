// The island search's library API, run by ctest under `mpirun -np 2`: exit status 0 when every check holds
// on every rank.
//  - On a communicator of one rank, solve_islands is solve() itself (same solution, same iterations).
//  - Without migrations (an interval beyond the budget) the two islands are the plain searches with seeds
//    island_seed(seed, 0) and island_seed(seed, 1), and the result is the better of the two, on both ranks.
//  - With migrations, both ranks return the same solution, and a second run returns it again.
#include <mpi.h>

#include <cstdio>
#include <string>

#include "routekit/distributed/island_solve.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/solver/solve.hpp"

namespace {

using namespace routekit;

int failures = 0;

void expect(bool ok, const std::string& what, int rank) {
    if (ok) return;
    std::fprintf(stderr, "rank %d: FAILED: %s\n", rank, what.c_str());
    ++failures;
}

// Whether every rank of `comm` holds the same solution.
bool same_everywhere(const Solution& solution, MPI_Comm comm) {
    std::string text;
    for (const Route& route : solution.routes) {
        for (int client : route) text += std::to_string(client) + " ";
        text += "|";
    }
    const unsigned long long hash = std::hash<std::string>{}(text);
    unsigned long long lowest = 0;
    unsigned long long highest = 0;
    MPI_Allreduce(&hash, &lowest, 1, MPI_UNSIGNED_LONG_LONG, MPI_MIN, comm);
    MPI_Allreduce(&hash, &highest, 1, MPI_UNSIGNED_LONG_LONG, MPI_MAX, comm);
    return lowest == highest;
}

}  // namespace

int main(int argc, char** argv) {
    MPI_Init(&argc, &argv);
    int rank = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    const Instance instance = read_instance(ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.vrp");
    SolverParams params;
    params.seed = 11;
    params.threads = 1;
    params.iterations = 120;

    // One island alone: the plain search.
    MPI_Comm alone;
    MPI_Comm_split(MPI_COMM_WORLD, rank, 0, &alone);
    const distributed::IslandResult single = distributed::solve_islands(instance, params, alone);
    const Result plain = solve(instance, params);
    expect(single.result.solution == plain.solution, "one island differs from solve()", rank);
    expect(single.result.iterations == plain.iterations, "one island's iterations differ", rank);
    expect(single.islands.size() == 1 && single.islands[0].rounds == 0, "one island took part in rounds",
           rank);
    MPI_Comm_free(&alone);

    // Two islands that never migrate: the better of two plain searches.
    SolverParams apart = params;
    apart.genetic.migration_interval = 1000;
    const distributed::IslandResult two = distributed::solve_islands(instance, apart, MPI_COMM_WORLD);
    Cost best = kUnlimited;
    for (int island = 0; island < 2; ++island) {
        SolverParams own = params;
        own.seed = distributed::island_seed(params.seed, island);
        best = std::min(best, solve(instance, own).cost);
    }
    expect(two.result.cost == best, "two islands without migration: not the better plain search", rank);
    expect(two.result.iterations == 2 * params.iterations, "two islands: iterations not summed", rank);
    expect(two.islands.size() == 2 && two.islands[0].rounds == 1 && two.islands[1].rounds == 1,
           "two islands without migration: expected only the closing round", rank);
    expect(two.result.stop_reason == StopReason::iterations, "two islands: stop reason", rank);
    expect(same_everywhere(two.result.solution, MPI_COMM_WORLD), "ranks disagree on the best", rank);

    // Migrating islands: the same answer on both ranks, and again on a second run.
    SolverParams migrating = params;
    migrating.genetic.migration_interval = 30;
    const distributed::IslandResult first = distributed::solve_islands(instance, migrating, MPI_COMM_WORLD);
    const distributed::IslandResult second = distributed::solve_islands(instance, migrating, MPI_COMM_WORLD);
    expect(first.islands[0].rounds == 4, "migrating islands: expected 3 migrations and the closing round",
           rank);
    expect(first.islands[0].bytes_sent > 0, "migrating islands: nothing sent", rank);
    expect(same_everywhere(first.result.solution, MPI_COMM_WORLD), "migrating ranks disagree", rank);
    expect(first.result.solution == second.result.solution, "migrating islands: not deterministic", rank);
    expect(first.result.feasible, "migrating islands: infeasible", rank);

    int total = 0;
    MPI_Allreduce(&failures, &total, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (rank == 0) std::fprintf(stderr, "island checks: %d failure(s)\n", total);
    MPI_Finalize();
    return total == 0 ? 0 : 1;
}
