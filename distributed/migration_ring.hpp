#pragma once
// The migration rounds of the island search: collective over a communicator, each rank sends its emigrants
// to the next rank of the ring and receives the previous rank's, and all ranks agree on whether to stop.
#include <mpi.h>

#include <cstdint>
#include <vector>

#include "routekit/model/solution.hpp"

namespace routekit::distributed {

class MigrationRing {
  public:
    /// What a rank puts in when it does not want to stop.
    static constexpr int kRunning = 1 << 20;

    explicit MigrationRing(MPI_Comm comm);

    struct Outcome {
        std::vector<Solution> arrivals;  ///< from the previous rank of the ring
        int stop = kRunning;             ///< the smallest stop code any rank put in (kRunning: none)
    };
    /// One round: every rank of the communicator must call it the same number of times. `stop` is this
    /// rank's stop code (kRunning, or a reason to end the run: smaller codes win).
    Outcome round(const std::vector<Solution>& emigrants, int stop);

    std::int64_t rounds() const { return rounds_; }
    std::int64_t bytes_sent() const { return bytes_sent_; }
    /// Wall-clock seconds spent in round(), waiting for the other ranks included.
    double seconds() const { return seconds_; }

  private:
    MPI_Comm comm_;
    int next_ = 0;
    int previous_ = 0;
    std::int64_t rounds_ = 0;
    std::int64_t bytes_sent_ = 0;
    double seconds_ = 0;
};

}  // namespace routekit::distributed
