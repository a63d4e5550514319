#pragma once
// Waiting on MPI requests without spinning: OpenMPI's blocking calls poll at full speed, which on a shared
// machine takes a core from the search and, under a CPU-time budget, spends the waiting rank's budget.
#include <mpi.h>

#include <chrono>
#include <thread>

namespace routekit::distributed {

/// Calls `done()` (which tests requests) until it returns true, sleeping between calls: 50 us at first,
/// doubling up to 2 ms, so that a short wait stays short and a long one costs next to no CPU.
template <class Done>
void wait_until(const Done& done) {
    auto pause = std::chrono::microseconds(50);
    while (!done()) {
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::microseconds(2000));
    }
}

/// MPI_Wait without spinning.
inline void wait_for(MPI_Request& request) {
    wait_until([&] {
        int flag = 0;
        MPI_Test(&request, &flag, MPI_STATUS_IGNORE);
        return flag != 0;
    });
}

}  // namespace routekit::distributed
