// The learned policy's construction speed: 16 sampled solutions (one greedy) of a 1000-client CVRP, one core.
#include <benchmark/benchmark.h>

#include "heuristics/policy_model.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/learn/instance_generator.hpp"

namespace routekit {
namespace {

void run_policy(benchmark::State& state, GeneratorKind kind) {
    const Instance instance = generate_instance({kind, static_cast<int>(state.range(0)), false, 1});
    const policy::PolicyModel& model = default_policy_model();
    Rng rng(1);
    for (auto _ : state) {
        std::vector<Solution> solutions = learned_policy_solutions(instance, model, 16, rng);
        benchmark::DoNotOptimize(solutions);
    }
    state.SetLabel("16 solutions, context included");
}

void BM_PolicySixteenSolutionsUniform(benchmark::State& state) {
    run_policy(state, GeneratorKind::uniform);
}
void BM_PolicySixteenSolutionsRoad(benchmark::State& state) {
    run_policy(state, GeneratorKind::road);
}
void BM_PolicySixteenSolutionsX(benchmark::State& state) {
    run_policy(state, GeneratorKind::x);
}
BENCHMARK(BM_PolicySixteenSolutionsUniform)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PolicySixteenSolutionsRoad)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PolicySixteenSolutionsX)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace routekit
