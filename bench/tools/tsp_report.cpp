// TSP engine report: runs tsp_search on the TSPLIB (symmetric) and TSPLIB-ATSP rows of the shared manifest
// and prints, per instance, the cost, the gap to best_known, the time to best and the kicks done, then the
// mean gap per set.
//   routekit_tsp_report [--sym-seconds S] [--atsp-seconds S] [--set REGEX] [--name REGEX] [--min-n N]
//                       [--seed K] [--kick-span K] [--neighbours K]
//                       [--restart-after K] [--restart-kicks K] [MANIFEST]
// --set and --name select rows as `routekit bench` does (whole-string POSIX extended regular expressions);
// the default set pattern is TSPLIB|TSPLIB-ATSP.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "apps/routekit/bench_manifest.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "solver/tsp_search.hpp"

namespace {

using namespace routekit;

}  // namespace

int main(int argc, char** argv) {
    std::string manifest = std::string(ROUTEKIT_SHARED_DIR) + "/instances/manifest.csv";
    double sym_seconds = 10;
    double atsp_seconds = 5;
    std::string set_pattern = "TSPLIB|TSPLIB-ATSP";
    std::string name_pattern;
    int min_n = 0;
    std::uint64_t seed = 1;
    const TspSearchParams defaults;
    int kick_span = defaults.kick_span;
    int neighbours = defaults.neighbours;
    std::int64_t restart_after = defaults.restart_after;
    int restart_kicks = defaults.restart_kicks;
    int walks = defaults.walks;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        const bool has_value = a + 1 < argc;
        if (arg == "--sym-seconds" && has_value)
            sym_seconds = std::stod(argv[++a]);
        else if (arg == "--atsp-seconds" && has_value)
            atsp_seconds = std::stod(argv[++a]);
        else if (arg == "--name" && has_value)
            name_pattern = argv[++a];
        else if (arg == "--set" && has_value)
            set_pattern = argv[++a];
        else if (arg == "--min-n" && has_value)
            min_n = std::stoi(argv[++a]);
        else if (arg == "--kick-span" && has_value)
            kick_span = std::stoi(argv[++a]);
        else if (arg == "--neighbours" && has_value)
            neighbours = std::stoi(argv[++a]);
        else if (arg == "--restart-after" && has_value)
            restart_after = std::stoll(argv[++a]);
        else if (arg == "--restart-kicks" && has_value)
            restart_kicks = std::stoi(argv[++a]);
        else if (arg == "--walks" && has_value)
            walks = std::stoi(argv[++a]);
        else if (arg == "--seed" && has_value)
            seed = std::stoull(argv[++a]);
        else
            manifest = arg;
    }
    std::vector<cli::ManifestEntry> rows;
    for (const cli::ManifestEntry& entry :
         cli::select_entries(cli::read_manifest(manifest), set_pattern, name_pattern))
        if (entry.best_known_value && entry.n_nodes.value_or(0) >= min_n) rows.push_back(entry);
    std::printf("| set | instance | n | best known | cost | gap %% | time to best s | kicks |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    std::map<std::string, std::pair<double, int>> gap_sums;
    int failures = 0;
    for (const cli::ManifestEntry& row : rows) {
        const Instance instance = read_instance(row.path);
        TspSearchParams params;
        params.seed = seed;
        params.kick_span = kick_span;
        params.neighbours = neighbours;
        params.restart_after = restart_after;
        params.restart_kicks = restart_kicks;
        params.walks = walks;
        const double seconds = row.set == "TSPLIB" ? sym_seconds : atsp_seconds;
        params.deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(seconds));
        const auto best_known = static_cast<Cost>(*row.best_known_value);
        params.target = best_known;
        const TspSearchResult result = tsp_search(instance, params);
        const CheckReport check = check_solution(instance, result.solution);
        if (!check.feasible || check.cost != result.cost) ++failures;
        const double gap =
            100.0 * static_cast<double>(check.cost - best_known) / static_cast<double>(best_known);
        auto& [sum, count] = gap_sums[row.set];
        sum += gap;
        ++count;
        std::printf("| %s | %s | %d | %lld | %lld%s | %.3f | %.2f | %lld |\n", row.set.c_str(),
                    row.name.c_str(), row.n_nodes.value_or(instance.num_nodes()),
                    static_cast<long long>(best_known), static_cast<long long>(check.cost),
                    check.feasible && check.cost == result.cost ? "" : " (CHECK FAILED)", gap,
                    result.time_to_best, static_cast<long long>(result.iterations));
        std::fflush(stdout);
    }
    std::printf("\n");
    for (const auto& [set, sum_count] : gap_sums)
        std::printf("mean gap %s (%d instances): %.3f %%\n", set.c_str(), sum_count.second,
                    sum_count.first / sum_count.second);
    std::printf("checker failures: %d\n", failures);
    return failures ? 1 : 0;
}
