#include "routekit/distributed/mpi_session.hpp"

#include <cstdlib>
#include <stdexcept>

namespace routekit::distributed {

bool launched_by_mpirun() {
    for (const char* variable : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"})
        if (std::getenv(variable)) return true;
    return false;
}

MpiSession::MpiSession(int& argc, char**& argv) {
    int provided = MPI_THREAD_SINGLE;
    MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &provided);
    if (provided < MPI_THREAD_SERIALIZED) {
        MPI_Finalize();
        throw std::runtime_error("MPI: expected MPI_THREAD_SERIALIZED support, found less");
    }
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

void MpiSession::abort(int code) const {
    MPI_Abort(MPI_COMM_WORLD, code);
    std::abort();  // MPI_Abort does not return; this tells the compiler so
}

MpiSession::~MpiSession() {
    MPI_Finalize();
}

}  // namespace routekit::distributed
