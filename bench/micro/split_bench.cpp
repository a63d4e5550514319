// Split and ordered crossover on random giant tours: the per-offspring kernels of the genetic search.
#include <benchmark/benchmark.h>

#include <cmath>
#include <numeric>

#include "routekit/model/instance.hpp"
#include "solver/crossover.hpp"
#include "solver/split.hpp"

namespace routekit {
namespace {

// n random points in a 1000 x 1000 square, demands 1..10, capacity 50 (about 10 clients a route).
Instance random_cvrp(int clients, bool time_windows) {
    Rng rng(1);
    const int n = clients + 1;
    InstanceData data;
    data.num_nodes = n;
    std::vector<Point> points(static_cast<std::size_t>(n));
    for (Point& p : points) p = {uniform_unit(rng) * 1000, uniform_unit(rng) * 1000};
    data.distance.resize(static_cast<std::size_t>(n) * n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            data.distance[static_cast<std::size_t>(i) * n + j] = std::lround(
                std::hypot(points[static_cast<std::size_t>(i)].x - points[static_cast<std::size_t>(j)].x,
                           points[static_cast<std::size_t>(i)].y - points[static_cast<std::size_t>(j)].y));
    data.demand.assign(static_cast<std::size_t>(n), 0);
    for (int i = 1; i < n; ++i)
        data.demand[static_cast<std::size_t>(i)] = 1 + static_cast<Cost>(uniform_below(rng, 10));
    data.capacity = 50;
    if (time_windows) {
        data.kind = ProblemKind::vrptw;
        data.windows.assign(static_cast<std::size_t>(n), TimeWindow{0, 20000});
        for (int i = 1; i < n; ++i) {
            const Cost open = static_cast<Cost>(uniform_below(rng, 15000));
            data.windows[static_cast<std::size_t>(i)] = {open, open + 2000};
        }
    }
    return Instance(std::move(data));
}

std::vector<int> random_tour(int clients, Rng& rng) {
    std::vector<int> tour(static_cast<std::size_t>(clients));
    std::iota(tour.begin(), tour.end(), 1);
    portable_shuffle(tour.begin(), tour.end(), rng);
    return tour;
}

void BM_SplitLinear(benchmark::State& state) {
    const int clients = static_cast<int>(state.range(0));
    const Instance instance = random_cvrp(clients, false);
    Rng rng(2);
    const std::vector<int> tour = random_tour(clients, rng);
    for (auto _ : state) benchmark::DoNotOptimize(split_unlimited(instance, tour, {20, 1, 1}));
    state.SetComplexityN(clients);
}
BENCHMARK(BM_SplitLinear)->RangeMultiplier(4)->Range(64, 4096)->Complexity();

void BM_SplitLimitedFleet(benchmark::State& state) {
    const int clients = static_cast<int>(state.range(0));
    const Instance instance = random_cvrp(clients, false);
    Rng rng(2);
    const std::vector<int> tour = random_tour(clients, rng);
    for (auto _ : state) benchmark::DoNotOptimize(split_limited(instance, tour, {20, 1, 1}, clients / 9));
}
BENCHMARK(BM_SplitLimitedFleet)->RangeMultiplier(4)->Range(64, 1024);

void BM_SplitTimeWindows(benchmark::State& state) {
    const int clients = static_cast<int>(state.range(0));
    const Instance instance = random_cvrp(clients, true);
    Rng rng(2);
    const std::vector<int> tour = random_tour(clients, rng);
    for (auto _ : state) benchmark::DoNotOptimize(split_unlimited(instance, tour, {20, 1, 1}));
}
BENCHMARK(BM_SplitTimeWindows)->RangeMultiplier(4)->Range(64, 1024);

void BM_OrderedCrossover(benchmark::State& state) {
    const int clients = static_cast<int>(state.range(0));
    Rng rng(3);
    const std::vector<int> first = random_tour(clients, rng);
    const std::vector<int> second = random_tour(clients, rng);
    for (auto _ : state) benchmark::DoNotOptimize(ordered_crossover(first, second, rng));
    state.SetComplexityN(clients);
}
BENCHMARK(BM_OrderedCrossover)->RangeMultiplier(4)->Range(64, 4096)->Complexity();

}  // namespace
}  // namespace routekit
