#include "routekit/distributed/task_farm.hpp"

#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "distributed/polling.hpp"

namespace routekit::distributed {

namespace {

// A worker's message to rank 0: the index of the task it finished (-1 in its first message) and the result.
constexpr int kDoneTag = 7201;
// Rank 0's answer: the next task's index, -1 when there is none.
constexpr int kAssignTag = 7202;

std::string pack(std::int64_t index, const std::string& result) {
    std::string message(sizeof index, '\0');
    std::memcpy(message.data(), &index, sizeof index);
    return message + result;
}

// Rank 0's side: tasks come from one counter for its own loop and for the other ranks. Only the answering
// thread calls MPI while the farm runs.
void run_root(MPI_Comm comm, int size, int count, const TaskFarm& farm) {
    std::atomic<int> next{0};
    std::mutex collecting;
    auto take = [&]() -> int {
        if (farm.stop_requested()) return -1;
        const int index = next.fetch_add(1);
        return index < count ? index : -1;
    };
    std::thread answering([&] {
        int finished_workers = 0;
        while (finished_workers < size - 1) {
            MPI_Status status;
            wait_until([&] {
                int arrived = 0;
                MPI_Iprobe(MPI_ANY_SOURCE, kDoneTag, comm, &arrived, &status);
                return arrived != 0;
            });
            int bytes = 0;
            MPI_Get_count(&status, MPI_BYTE, &bytes);
            std::string message(static_cast<std::size_t>(bytes), '\0');
            MPI_Recv(message.data(), bytes, MPI_BYTE, status.MPI_SOURCE, kDoneTag, comm, MPI_STATUS_IGNORE);
            std::int64_t done = -1;
            std::memcpy(&done, message.data(), sizeof done);
            if (done >= 0) {
                const std::lock_guard lock(collecting);
                farm.collect(static_cast<int>(done), message.substr(sizeof done));
            }
            const std::int64_t assigned = take();
            MPI_Send(&assigned, 1, MPI_INT64_T, status.MPI_SOURCE, kAssignTag, comm);
            if (assigned < 0) ++finished_workers;
        }
    });
    for (int index = take(); index >= 0; index = take()) {
        std::string result = farm.run(index);
        const std::lock_guard lock(collecting);
        farm.collect(index, std::move(result));
    }
    answering.join();
}

void run_worker(MPI_Comm comm, const TaskFarm& farm) {
    std::string message = pack(-1, "");
    for (;;) {
        MPI_Request request;
        MPI_Isend(message.data(), static_cast<int>(message.size()), MPI_BYTE, 0, kDoneTag, comm, &request);
        wait_for(request);
        std::int64_t assigned = -1;
        MPI_Irecv(&assigned, 1, MPI_INT64_T, 0, kAssignTag, comm, &request);
        wait_for(request);
        if (assigned < 0) return;
        message = pack(assigned, farm.run(static_cast<int>(assigned)));
    }
}

}  // namespace

void run_task_farm(MPI_Comm comm, int count, const TaskFarm& farm) {
    int rank = 0;
    int size = 1;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    if (rank == 0)
        run_root(comm, size, count, farm);
    else
        run_worker(comm, farm);
}

}  // namespace routekit::distributed
