#pragma once
// A task farm over MPI: independent tasks (say, the runs of a benchmark) handed out one at a time to
// whichever rank is free, their results gathered on rank 0.
#include <mpi.h>

#include <functional>
#include <string>

namespace routekit::distributed {

struct TaskFarm {
    /// Runs task `index` on the calling rank and returns its result as bytes.
    std::function<std::string(int index)> run;
    /// On rank 0 only: receives each task's result. Calls never overlap, but may come from a second thread.
    std::function<void(int index, std::string result)> collect;
    /// Asked on rank 0 before each hand-out (possibly from its second thread): true stops
    /// handing out tasks; the tasks under way still finish and are collected.
    std::function<bool()> stop_requested = [] { return false; };
};

/// Collective over `comm`: runs tasks 0..count-1, each exactly once unless stopped, and returns when all are
/// collected. Rank 0 runs tasks too and answers the other ranks from a second thread (MPI must be initialised
/// with MPI_THREAD_SERIALIZED or more). Tasks are handed out in index order.
void run_task_farm(MPI_Comm comm, int count, const TaskFarm& farm);

}  // namespace routekit::distributed
