#include "apps/routekit/mpi_world.hpp"

#include <cstdio>
#include <memory>

#if ROUTEKIT_HAS_MPI
#include "routekit/distributed/mpi_session.hpp"
#endif

namespace routekit::cli {

namespace {

MpiWorld g_world;
#if ROUTEKIT_HAS_MPI
std::unique_ptr<distributed::MpiSession> g_session;
#endif

}  // namespace

MpiScope::MpiScope([[maybe_unused]] int& argc, [[maybe_unused]] char**& argv) {
#if ROUTEKIT_HAS_MPI
    if (!distributed::launched_by_mpirun()) return;
    g_session = std::make_unique<distributed::MpiSession>(argc, argv);
    g_world = {g_session->rank(), g_session->size()};
#endif
}

MpiScope::~MpiScope() {
#if ROUTEKIT_HAS_MPI
    g_session.reset();
#endif
    g_world = {};
}

MpiWorld mpi_world() {
    return g_world;
}

int end_ranks_on_error(int code) {
#if ROUTEKIT_HAS_MPI
    if (g_session && g_world.size > 1) {
        std::fflush(stderr);
        g_session->abort(code);
    }
#endif
    return code;
}

}  // namespace routekit::cli
