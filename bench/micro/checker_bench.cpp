// Micro-benchmarks of the independent checker: it validates every solution Routekit outputs, and the bench
// harness runs it after every run, so its cost on large instances should stay negligible.
#include <benchmark/benchmark.h>

#include <cmath>

#include "routekit/heuristics/construction.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/random.hpp"

namespace routekit {
namespace {

// A uniform random CVRP of `n` nodes (depot included) with Euclidean distances rounded as TSPLIB does.
Instance random_cvrp(int n, std::uint64_t seed) {
    Rng rng(seed);
    InstanceData data;
    data.name = "random-" + std::to_string(n);
    data.num_nodes = n;
    for (int i = 0; i < n; ++i)
        data.coordinates.push_back({uniform_unit(rng) * 1000, uniform_unit(rng) * 1000});
    data.distance.resize(static_cast<std::size_t>(n) * n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            data.distance[static_cast<std::size_t>(i) * n + j] =
                std::llround(std::hypot(data.coordinates[i].x - data.coordinates[j].x,
                                        data.coordinates[i].y - data.coordinates[j].y));
    data.demand.assign(static_cast<std::size_t>(n), 0);
    for (int i = 1; i < n; ++i) data.demand[i] = 1 + static_cast<Cost>(uniform_below(rng, 100));
    data.capacity = 500;
    return Instance(std::move(data));
}

void BM_CheckSolution(benchmark::State& state) {
    const Instance instance = random_cvrp(static_cast<int>(state.range(0)), 1);
    const Solution solution = nearest_neighbour(instance);
    for (auto _ : state) benchmark::DoNotOptimize(check_solution(instance, solution));
    state.SetItemsProcessed(state.iterations() * instance.num_clients());
}
BENCHMARK(BM_CheckSolution)->Arg(100)->Arg(1000);

}  // namespace
}  // namespace routekit
