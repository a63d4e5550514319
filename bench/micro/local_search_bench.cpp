// Local-search kernels on X-n1001-k43: move evaluations per second, and one full descent from savings.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics/operators/relocate.hpp"
#include "heuristics/operators/swap.hpp"
#include "heuristics/operators/two_opt_star.hpp"
#include "heuristics/prior_neighbours.hpp"
#include "heuristics/search_state.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/io/read_instance.hpp"

namespace routekit {
namespace {

/// A shared instance read once, or nullptr when ../shared/instances does not have it.
std::unique_ptr<Instance> shared_instance(const std::string& relative_path) {
    const std::string path = std::string(ROUTEKIT_SHARED_DIR) + "/instances/" + relative_path;
    if (!std::ifstream(path)) return nullptr;
    return std::make_unique<Instance>(read_instance(path));
}

const Instance* x1001() {
    static const std::unique_ptr<Instance> instance = shared_instance("cvrp/X/X-n1001-k43.vrp");
    return instance.get();
}

const Instance* pr1002() {
    static const std::unique_ptr<Instance> instance = shared_instance("tsplib/pr1002.tsp");
    return instance.get();
}

// Penalties of the order of an edge, as a genetic search would start with.
constexpr PenaltyWeights kWeights{100, 100, 100};

void BM_MoveEvaluation(benchmark::State& bench) {
    const Instance* instance = x1001();
    if (!instance) return bench.SkipWithError("X-n1001-k43 not found under ../shared/instances");
    SearchState state(*instance);
    state.load(savings(*instance), kWeights, instance->num_nodes(), true);
    Relocate relocate(state);
    Swap swap(state);
    TwoOptStar two_opt_star(state);
    const auto neighbours = granular_neighbours(*instance, 20);
    std::int64_t evaluations = 0;
    Cost sink = 0;
    for (auto _ : bench) {
        for (int u = 1; u < instance->num_nodes(); ++u)
            for (int v : neighbours[static_cast<std::size_t>(u)]) {
                const int ru = state.route_of(u), rv = state.route_of(v);
                if (ru == rv) continue;
                const int pu = state.position_of(u), pv = state.position_of(v);
                sink += relocate.evaluate(SegmentMove{ru, pu, 1, false, rv, pv}, 0);
                sink += swap.evaluate(SwapMove{ru, pu, 1, rv, pv, 1}, 0);
                sink += two_opt_star.evaluate(TwoOptStarMove{ru, pu, rv, pv - 1, false}, 0);
                evaluations += 3;
            }
    }
    benchmark::DoNotOptimize(sink);
    bench.SetItemsProcessed(evaluations);
}
BENCHMARK(BM_MoveEvaluation)->Unit(benchmark::kMillisecond);

/// One full descent per iteration from the same start, a new seed each time.
void descend_repeatedly(benchmark::State& bench, const Instance& instance, const Solution& start,
                        const PenaltyWeights& weights) {
    LocalSearch search(instance);
    std::uint64_t seed = 1;
    for (auto _ : bench) {
        Solution solution = start;
        Rng rng(seed++);
        search.run(solution, weights, rng);
        benchmark::DoNotOptimize(solution);
    }
}

void BM_DescentFromSavings(benchmark::State& bench) {
    const Instance* instance = x1001();
    if (!instance) return bench.SkipWithError("X-n1001-k43 not found under ../shared/instances");
    descend_repeatedly(bench, *instance, savings(*instance), kWeights);
}
BENCHMARK(BM_DescentFromSavings)->Unit(benchmark::kMillisecond);

// The single-vehicle path: intra-route moves only (2-opt with neighbour lists, or-opt, swaps).
void BM_TspDescentFromNearestNeighbour(benchmark::State& bench) {
    const Instance* instance = pr1002();
    if (!instance) return bench.SkipWithError("pr1002 not found under ../shared/instances");
    descend_repeatedly(bench, *instance, nearest_neighbour(*instance), PenaltyWeights{});
}
BENCHMARK(BM_TspDescentFromNearestNeighbour)->Unit(benchmark::kMillisecond);

void BM_Savings(benchmark::State& bench) {
    const Instance* instance = x1001();
    if (!instance) return bench.SkipWithError("X-n1001-k43 not found under ../shared/instances");
    for (auto _ : bench) benchmark::DoNotOptimize(savings(*instance));
}
BENCHMARK(BM_Savings)->Unit(benchmark::kMillisecond);

void BM_RegretInsertion(benchmark::State& bench) {
    const Instance* instance = x1001();
    if (!instance) return bench.SkipWithError("X-n1001-k43 not found under ../shared/instances");
    for (auto _ : bench) benchmark::DoNotOptimize(regret_insertion(*instance));
}
BENCHMARK(BM_RegretInsertion)->Unit(benchmark::kMillisecond);

// The granular lists (Γ = 20) by distance, and chosen by the shipped edge prior from the 40 nearest: what
// genetic.neighbour_prior adds to a run's start (loading the weights, the savings candidates' context, the
// logits of 2 x 40 arcs per client, the re-ranking).
void BM_DistanceNeighbourLists(benchmark::State& bench) {
    const Instance* instance = x1001();
    if (!instance) return bench.SkipWithError("X-n1001-k43 not found under ../shared/instances");
    for (auto _ : bench) benchmark::DoNotOptimize(granular_neighbours(*instance, 20));
}
BENCHMARK(BM_DistanceNeighbourLists)->Unit(benchmark::kMillisecond);

void BM_PriorNeighbourLists(benchmark::State& bench) {
    const Instance* instance = x1001();
    if (!instance) return bench.SkipWithError("X-n1001-k43 not found under ../shared/instances");
    for (auto _ : bench) benchmark::DoNotOptimize(prior_neighbours(*instance, 20, 40, 1.0, std::string()));
}
BENCHMARK(BM_PriorNeighbourLists)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace routekit
