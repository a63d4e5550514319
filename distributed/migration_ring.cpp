#include "distributed/migration_ring.hpp"

#include <chrono>

#include "distributed/polling.hpp"
#include "distributed/solution_codec.hpp"

namespace routekit::distributed {

namespace {

// Messages between two ranks are not overtaken by later ones with the same tag, so one tag serves all
// rounds.
constexpr int kMigrantsTag = 7101;

}  // namespace

MigrationRing::MigrationRing(MPI_Comm comm) : comm_(comm) {
    int rank = 0;
    int size = 1;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    next_ = (rank + 1) % size;
    previous_ = (rank + size - 1) % size;
}

MigrationRing::Outcome MigrationRing::round(const std::vector<Solution>& emigrants, int stop) {
    const auto began = std::chrono::steady_clock::now();
    const std::vector<std::int32_t> outgoing = encode_solutions(emigrants);
    MPI_Request requests[2];
    MPI_Isend(outgoing.data(), static_cast<int>(outgoing.size()), MPI_INT32_T, next_, kMigrantsTag, comm_,
              &requests[0]);
    Outcome outcome;
    MPI_Iallreduce(&stop, &outcome.stop, 1, MPI_INT, MPI_MIN, comm_, &requests[1]);
    std::vector<std::int32_t> incoming;
    bool received = false;
    wait_until([&] {
        if (!received) {
            int arrived = 0;
            MPI_Status status;
            MPI_Iprobe(previous_, kMigrantsTag, comm_, &arrived, &status);
            if (arrived) {
                int count = 0;
                MPI_Get_count(&status, MPI_INT32_T, &count);
                incoming.resize(static_cast<std::size_t>(count));
                MPI_Recv(incoming.data(), count, MPI_INT32_T, previous_, kMigrantsTag, comm_,
                         MPI_STATUS_IGNORE);
                received = true;
            }
        }
        int done = 0;
        MPI_Testall(2, requests, &done, MPI_STATUSES_IGNORE);
        return received && done;
    });
    outcome.arrivals = decode_solutions(incoming);
    ++rounds_;
    bytes_sent_ += static_cast<std::int64_t>(outgoing.size() * sizeof(std::int32_t));
    seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    return outcome;
}

}  // namespace routekit::distributed
