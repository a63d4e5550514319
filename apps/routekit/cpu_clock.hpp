#pragma once
// Process CPU time for budgets that a busy machine cannot shrink (HGS-CVRP's -t counts CPU time too).
#include <chrono>
#include <ctime>
#include <stop_token>
#include <thread>

#include "routekit/solver/solve.hpp"

namespace routekit::cli {

// Wall-clock and process CPU time since construction: their ratio tells how much of a core a run really had.
class CpuClock {
  public:
    CpuClock() : wall_start_(std::chrono::steady_clock::now()), cpu_start_(process_cpu_seconds()) {}
    double wall_seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start_).count();
    }
    double cpu_seconds() const { return process_cpu_seconds() - cpu_start_; }

  private:
    static double process_cpu_seconds() {
        timespec time{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) * 1e-9;
    }
    std::chrono::steady_clock::time_point wall_start_;
    double cpu_start_;
};

/// Makes `params.time_limit` (set to `budget`) count the process's CPU seconds since `clock` started: the
/// genetic search reads the clock itself; the returned thread cancels `params.cancel` at the budget, which is
/// what stops the TSP engine. Keep the thread until solve() returns; `clock` must outlive it.
inline std::jthread use_cpu_budget(SolverParams& params, const CpuClock& clock, double budget) {
    params.time_limit = budget;
    params.budget_clock = [&clock] { return clock.cpu_seconds(); };
    return std::jthread([&clock, budget, cancel = params.cancel](std::stop_token stop) {
        while (!stop.stop_requested() && !cancel.cancelled()) {
            if (clock.cpu_seconds() >= budget) {
                cancel.cancel();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
}

}  // namespace routekit::cli
