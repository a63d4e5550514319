// Four threads solve four different instances through the library at once, while a fifth thread cancels
// one of the solves, which has no other stop rule. Run under ThreadSanitizer by scripts/tsan.sh: any data
// race is a report and a non-zero exit. Without the sanitizer it still checks the outcome: every solution
// feasible by the independent checker, the cancelled solve stopped by its cancellation and the others by
// their iteration limits.
//
// Each solve runs on one search thread. With two, TBB's worker threads run the batches, and TBB (Debian's
// libtbb) is not instrumented: the sanitizer cannot see its task handoffs and reports a race inside TBB's
// own partitioner (check_being_stolen, written by a worker). Suppressing it would need a pattern matching
// every stack that passes through TBB, which would hide races in Routekit's batch bodies too.
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/solver/solve.hpp"

namespace {

struct Job {
    std::string file;
    std::int64_t iterations;  // -1: none, the job runs until it is cancelled
    int threads;              // the search threads of one solve: 1, see above
};

}  // namespace

int main(int argc, char** argv) {
    using namespace routekit;
    const std::string folder = argc > 1 ? argv[1] : ROUTEKIT_SOURCE_DIR "/instances/";
    // Instances of every engine: CVRP and VRPTW (genetic search), TSP and ATSP (tour engine).
    const std::vector<Job> jobs = {
        {"X-n106-k14.vrp", -1, 1}, {"C102.txt", 60, 1}, {"berlin52.tsp", 3000, 1}, {"br17.atsp", 3000, 1}};
    const CancellationToken cancel_first;
    std::vector<Result> results(jobs.size());
    std::vector<std::string> errors(jobs.size());
    std::mutex progress_mutex;
    int progress_calls = 0;

    std::vector<std::thread> solvers;
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        solvers.emplace_back([&, k] {
            try {
                const Instance instance = read_instance(folder + jobs[k].file);
                SolverParams params;
                params.iterations = jobs[k].iterations;
                params.threads = jobs[k].threads;
                params.seed = k + 1;
                if (k == 0) params.cancel = cancel_first;
                params.on_progress = [&](const Progress&) {
                    const std::lock_guard lock(progress_mutex);
                    ++progress_calls;
                };
                results[k] = solve(instance, params);
                const CheckReport report = check_solution(instance, results[k].solution);
                if (!report.feasible || report.cost != results[k].cost)
                    errors[k] = "the checker disagrees with the solver";
            } catch (const std::exception& error) {
                errors[k] = error.what();
            }
        });
    }
    // The canceller: a thread of its own, as a GUI or a server would cancel a solve it started.
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::seconds(2));
        cancel_first.cancel();
    });
    canceller.join();
    for (std::thread& solver : solvers) solver.join();

    int failures = 0;
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        const StopReason expected = k == 0 ? StopReason::cancelled : StopReason::iterations;
        const bool stopped_right = results[k].stop_reason == expected ||
                                   results[k].stop_reason == StopReason::complete;  // a tour enumerated whole
        if (!errors[k].empty() || !stopped_right) ++failures;
        std::printf("%-16s %s, cost %lld, %lld iterations, %.2f s, stopped by %s%s%s\n", jobs[k].file.c_str(),
                    errors[k].empty() && results[k].feasible ? "feasible" : "FAILED",
                    static_cast<long long>(results[k].cost), static_cast<long long>(results[k].iterations),
                    results[k].elapsed, std::string(to_string(results[k].stop_reason)).c_str(),
                    errors[k].empty() ? "" : ": ", errors[k].c_str());
    }
    std::printf("progress callbacks: %d; %s\n", progress_calls,
                failures == 0 ? "all as expected" : "FAILURES");
    return failures == 0 ? 0 : 1;
}
