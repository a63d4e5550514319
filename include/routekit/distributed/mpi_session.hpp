#pragma once
// MPI for the command line and for programs that do not start MPI themselves: initialised only when the
// process was started by mpirun (or another MPI launcher), so that a plain `routekit solve` stays a plain
// process with no MPI start-up cost.
#include <mpi.h>

namespace routekit::distributed {

/// True when an MPI launcher started this process (OpenMPI's, MPICH's or a PMIx launcher's environment).
bool launched_by_mpirun();

/// Initialises MPI on construction (at MPI_THREAD_SERIALIZED: the task farm answers requests from a second
/// thread while the first one works) and finalises it on destruction. One per process.
class MpiSession {
  public:
    MpiSession(int& argc, char**& argv);
    ~MpiSession();
    MpiSession(const MpiSession&) = delete;
    MpiSession& operator=(const MpiSession&) = delete;

    MPI_Comm world() const { return MPI_COMM_WORLD; }
    /// Ends every rank with exit status `code` (MPI_Abort): for an error on some ranks only, which would
    /// otherwise leave the others waiting in a collective call forever.
    [[noreturn]] void abort(int code) const;
    int rank() const { return rank_; }
    int size() const { return size_; }

  private:
    int rank_ = 0;
    int size_ = 1;
};

}  // namespace routekit::distributed
