#pragma once
// Island search over MPI: every rank of a communicator runs the genetic search (with its own threads and
// seed), and every `genetic.migration_interval` iterations the ranks pass their best solutions along a ring.
// docs/mpi.md.
#include <mpi.h>

#include <cstdint>
#include <vector>

#include "routekit/solver/solve.hpp"

namespace routekit::distributed {

/// The seed rank `rank` searches with: `seed` itself on rank 0 (one island is the plain solve()), a
/// splitmix64 mix of the two on the others.
std::uint64_t island_seed(std::uint64_t seed, int rank);

/// What one island did.
struct IslandReport {
    std::uint64_t seed = 0;
    Cost cost = 0;  ///< its best solution's cost (the checker's)
    bool feasible = false;
    std::int64_t iterations = 0;
    double time_to_best = 0;
    std::int64_t rounds = 0;      ///< migration rounds it took part in
    std::int64_t bytes_sent = 0;  ///< migrants it sent, in bytes
    double exchange_seconds = 0;  ///< wall-clock seconds in the rounds, waiting for slower ranks included
    StopReason own_stop = StopReason::complete;  ///< why its own search ended
};

struct IslandResult {
    /// The best solution of all islands (the lowest rank's among equals), the same on every rank. Its
    /// `iterations` are summed over the islands, `trace` merges theirs (each timed from its own start),
    /// `time_to_best` is the winning island's, `elapsed` and `feasible_share` this rank's, `stop_reason` the
    /// run's: the reason the first island to stop had (by StopReason's order when several stopped in the
    /// same round).
    Result result;
    std::vector<IslandReport> islands;  ///< per rank, in rank order
};

/// Collective over `comm`: every rank calls it with the same instance and parameters (the same seed too:
/// each rank derives its own with island_seed). Stop rules apply per island; when one island stops, the
/// others stop at their next migration round (at once, for the same time limit or a Ctrl-C that reaches every
/// rank). With an iteration budget (no time limit) the result depends only on the seed and the number of
/// ranks. Cancels `params.cancel` when another island ended the run. `params.migrate` must be empty.
IslandResult solve_islands(const Instance& instance, const SolverParams& params, MPI_Comm comm);

}  // namespace routekit::distributed
