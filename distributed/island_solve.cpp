#include "routekit/distributed/island_solve.hpp"

#include <algorithm>
#include <limits>

#include "distributed/migration_ring.hpp"
#include "distributed/solution_codec.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "solver/rng_streams.hpp"  // splitmix64: the seeds of the islands mix like the solver's streams

namespace routekit::distributed {

namespace {

int rank_of(MPI_Comm comm) {
    int rank = 0;
    MPI_Comm_rank(comm, &rank);
    return rank;
}

int size_of(MPI_Comm comm) {
    int size = 1;
    MPI_Comm_size(comm, &size);
    return size;
}

// Every rank's report, on every rank. Integers and reals travel in two arrays.
std::vector<IslandReport> gather_reports(const IslandReport& own, MPI_Comm comm) {
    constexpr int kInts = 7;
    constexpr int kReals = 2;
    const std::int64_t ints[kInts] = {static_cast<std::int64_t>(own.seed),
                                      own.cost,
                                      own.feasible ? 1 : 0,
                                      own.iterations,
                                      own.rounds,
                                      own.bytes_sent,
                                      static_cast<std::int64_t>(own.own_stop)};
    const double reals[kReals] = {own.time_to_best, own.exchange_seconds};
    const int size = size_of(comm);
    std::vector<std::int64_t> all_ints(static_cast<std::size_t>(size * kInts));
    std::vector<double> all_reals(static_cast<std::size_t>(size * kReals));
    MPI_Allgather(ints, kInts, MPI_INT64_T, all_ints.data(), kInts, MPI_INT64_T, comm);
    MPI_Allgather(reals, kReals, MPI_DOUBLE, all_reals.data(), kReals, MPI_DOUBLE, comm);
    std::vector<IslandReport> reports(static_cast<std::size_t>(size));
    for (std::size_t r = 0; r < reports.size(); ++r) {
        const std::int64_t* i = &all_ints[r * kInts];
        IslandReport& report = reports[r];
        report.seed = static_cast<std::uint64_t>(i[0]);
        report.cost = i[1];
        report.feasible = i[2] != 0;
        report.iterations = i[3];
        report.rounds = i[4];
        report.bytes_sent = i[5];
        report.own_stop = static_cast<StopReason>(i[6]);
        report.time_to_best = all_reals[r * kReals];
        report.exchange_seconds = all_reals[r * kReals + 1];
    }
    return reports;
}

// The winner's solution, sent to every rank.
Solution broadcast_solution(const Solution& own, int root, MPI_Comm comm) {
    std::vector<std::int32_t> message;
    if (rank_of(comm) == root) encode_solution(own, message);
    int count = static_cast<int>(message.size());
    MPI_Bcast(&count, 1, MPI_INT, root, comm);
    message.resize(static_cast<std::size_t>(count));
    MPI_Bcast(message.data(), count, MPI_INT32_T, root, comm);
    std::size_t position = 0;
    return decode_solution(message, position);
}

// All islands' improvements in time order, keeping those that beat every earlier one.
std::vector<TracePoint> merge_traces(const std::vector<TracePoint>& own, MPI_Comm comm) {
    const int size = size_of(comm);
    const int count = static_cast<int>(own.size());
    std::vector<int> counts(static_cast<std::size_t>(size));
    MPI_Allgather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, comm);
    std::vector<int> offsets(static_cast<std::size_t>(size), 0);
    for (std::size_t r = 1; r < offsets.size(); ++r) offsets[r] = offsets[r - 1] + counts[r - 1];
    const int total = offsets.back() + counts.back();
    std::vector<double> seconds(own.size());
    std::vector<std::int64_t> costs(own.size());
    for (std::size_t k = 0; k < own.size(); ++k) {
        seconds[k] = own[k].seconds;
        costs[k] = own[k].cost;
    }
    std::vector<double> all_seconds(static_cast<std::size_t>(total));
    std::vector<std::int64_t> all_costs(static_cast<std::size_t>(total));
    MPI_Allgatherv(seconds.data(), count, MPI_DOUBLE, all_seconds.data(), counts.data(), offsets.data(),
                   MPI_DOUBLE, comm);
    MPI_Allgatherv(costs.data(), count, MPI_INT64_T, all_costs.data(), counts.data(), offsets.data(),
                   MPI_INT64_T, comm);
    std::vector<TracePoint> points(static_cast<std::size_t>(total));
    for (std::size_t k = 0; k < points.size(); ++k) points[k] = {all_seconds[k], all_costs[k]};
    std::stable_sort(points.begin(), points.end(),
                     [](const TracePoint& a, const TracePoint& b) { return a.seconds < b.seconds; });
    std::vector<TracePoint> merged;
    for (const TracePoint& point : points)
        if (merged.empty() || point.cost < merged.back().cost) merged.push_back(point);
    return merged;
}

}  // namespace

std::uint64_t island_seed(std::uint64_t seed, int rank) {
    if (rank == 0) return seed;
    return splitmix64(splitmix64(seed) ^ static_cast<std::uint64_t>(rank));
}

IslandResult solve_islands(const Instance& instance, const SolverParams& params, MPI_Comm comm) {
    if (params.migrate) throw ParameterError("solve_islands: params.migrate is the island search's own");
    const int rank = rank_of(comm);
    MigrationRing ring(comm);
    SolverParams island = params;
    island.seed = island_seed(params.seed, rank);
    // A stop any island asked for in a round ends this island's search too.
    int agreed = MigrationRing::kRunning;
    if (size_of(comm) > 1) {
        island.migrate = [&](std::vector<Solution> emigrants) {
            MigrationRing::Outcome outcome = ring.round(emigrants, MigrationRing::kRunning);
            if (outcome.stop != MigrationRing::kRunning) {
                agreed = outcome.stop;
                params.cancel.cancel();
            }
            return std::move(outcome.arrivals);
        };
    }
    Result result = solve(instance, island);
    // An island that ended on its own joins one last round to tell the others; the others are at most one
    // round ahead or behind it, since no one stops on its own while a round is open.
    if (agreed == MigrationRing::kRunning && size_of(comm) > 1)
        agreed = ring.round({}, static_cast<int>(result.stop_reason)).stop;
    if (agreed == MigrationRing::kRunning) agreed = static_cast<int>(result.stop_reason);

    IslandReport own;
    own.seed = island.seed;
    own.cost = result.cost;
    own.feasible = result.feasible;
    own.iterations = result.iterations;
    own.time_to_best = result.time_to_best;
    own.rounds = ring.rounds();
    own.bytes_sent = ring.bytes_sent();
    own.exchange_seconds = ring.seconds();
    own.own_stop = result.stop_reason;
    IslandResult islands;
    islands.islands = gather_reports(own, comm);
    // The best: feasible first, then the lowest cost, then the lowest rank.
    int winner = 0;
    for (int r = 1; r < static_cast<int>(islands.islands.size()); ++r) {
        const IslandReport& a = islands.islands[static_cast<std::size_t>(r)];
        const IslandReport& b = islands.islands[static_cast<std::size_t>(winner)];
        if (a.feasible != b.feasible ? a.feasible : a.cost < b.cost) winner = r;
    }
    const IslandReport& best = islands.islands[static_cast<std::size_t>(winner)];
    Result& merged = islands.result;
    merged.solution = broadcast_solution(result.solution, winner, comm);
    merged.cost = best.cost;
    merged.feasible = best.feasible;
    merged.time_to_best = best.time_to_best;
    merged.trace = merge_traces(result.trace, comm);
    merged.elapsed = result.elapsed;
    merged.feasible_share = result.feasible_share;
    for (const IslandReport& report : islands.islands) merged.iterations += report.iterations;
    merged.stop_reason = static_cast<StopReason>(agreed);
    return islands;
}

}  // namespace routekit::distributed
