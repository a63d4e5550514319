#pragma once
// The MPI world the command line runs in (docs/mpi.md): a single process unless mpirun started it and
// Routekit was built with MPI (ROUTEKIT_HAS_MPI). `solve` becomes an island search over the world's ranks and
// `bench` a task farm; rank 0 prints and writes.
namespace routekit::cli {

struct MpiWorld {
    int rank = 0;
    int size = 1;
    bool root() const { return rank == 0; }
};

/// Initialises MPI when an MPI launcher started the process (a no-op without MPI); finalises on destruction.
class MpiScope {
  public:
    MpiScope(int& argc, char**& argv);
    ~MpiScope();
    MpiScope(const MpiScope&) = delete;
    MpiScope& operator=(const MpiScope&) = delete;
};

/// The world set up by the live MpiScope; {0, 1} without one.
MpiWorld mpi_world();

/// After an error, with several ranks: ends them all with `code` (the others may be waiting for this one).
/// Returns `code` otherwise.
int end_ranks_on_error(int code);

}  // namespace routekit::cli
