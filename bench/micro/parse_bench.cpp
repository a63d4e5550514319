// Parsing speed: a large CVRPLIB file (X-n1001-k43, EUC_2D coordinates, a 1001x1001 matrix to compute) and a
// generated 2000x2000 EXPLICIT FULL_MATRIX text (4 million integers). Aims: well under 50 ms and 500 ms.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "routekit/io/read_instance.hpp"
#include "routekit/model/random.hpp"

namespace {

void BM_ParseXn1001(benchmark::State& state) {
    const std::string path = ROUTEKIT_SHARED_DIR "/instances/cvrp/X/X-n1001-k43.vrp";
    if (!std::filesystem::exists(path)) {
        state.SkipWithError("../shared/instances/cvrp/X/X-n1001-k43.vrp is absent");
        return;
    }
    const std::string text = routekit::read_file(path);
    for (auto _ : state) benchmark::DoNotOptimize(routekit::parse_instance(text, path));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseXn1001)->Unit(benchmark::kMillisecond);

// An asymmetric road-like matrix: integer seconds up to 10^5, rows wrapped at 20 entries per line.
std::string full_matrix_text(int n) {
    routekit::Rng rng(20260601);
    std::string text = "NAME : generated\nTYPE : ATSP\nDIMENSION : " + std::to_string(n) +
                       "\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : FULL_MATRIX\nEDGE_WEIGHT_SECTION\n";
    text.reserve(static_cast<std::size_t>(n) * n * 7);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            text += std::to_string(i == j ? 0 : 1 + routekit::uniform_below(rng, 100'000));
            text += (j % 20 == 19 || j == n - 1) ? '\n' : ' ';
        }
    return text + "EOF\n";
}

void BM_ParseFullMatrix2000(benchmark::State& state) {
    const std::string text = full_matrix_text(2000);
    for (auto _ : state) benchmark::DoNotOptimize(routekit::parse_instance(text, "generated"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseFullMatrix2000)->Unit(benchmark::kMillisecond);

}  // namespace
