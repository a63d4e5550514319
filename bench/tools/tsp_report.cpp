// TSP engine report: runs tsp_search on the TSPLIB (symmetric) and TSPLIB-ATSP rows of the shared manifest
// and prints, per instance, the cost, the gap to best_known, the time to best and the kicks done, then the
// mean gap per set.
//   routekit_tsp_report [--sym-seconds S] [--atsp-seconds S] [--set REGEX] [--name REGEX] [--min-n N]
//                       [--seed K] [--kick-span K] [--neighbours K]
//                       [--restart-after K] [--restart-kicks K] [--walks K] [--threads K]
//                       [--kicks K] [--lk-breadth K,K,..] [MANIFEST]
// --kicks stops each run after K kicks instead of the time limit (deterministic: compares search quality
// apart from speed); --lk-breadth sets TspLinKernighanParams::breadth.
// --set and --name select rows as `routekit bench` does (whole-string POSIX extended regular expressions);
// the default set pattern is TSPLIB|TSPLIB-ATSP. An instance with fixed edges (linhp318) is searched with
// them (tsp_search_with_fixed_edges) and, as TSPLIB's best known values do, compared without their length.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "apps/routekit/bench_manifest.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/fixed_edges.hpp"
#include "solver/tour_solve.hpp"

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
    int threads = defaults.threads;
    std::int64_t kicks = -1;
    std::vector<int> lk_breadth = defaults.lin_kernighan.breadth;
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
        else if (arg == "--threads" && has_value)
            threads = std::stoi(argv[++a]);
        else if (arg == "--kicks" && has_value)
            kicks = std::stoll(argv[++a]);
        else if (arg == "--lk-breadth" && has_value) {
            const std::string text = argv[++a];
            lk_breadth.clear();
            for (std::size_t at = 0; at != std::string::npos;) {
                const std::size_t comma = text.find(',', at);
                lk_breadth.push_back(std::stoi(text.substr(at, comma - at)));
                at = comma == std::string::npos ? comma : comma + 1;
            }
        } else if (arg == "--seed" && has_value)
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
        params.threads = threads;
        params.lin_kernighan.breadth = lk_breadth;
        params.max_iterations = kicks;
        const double seconds = row.set == "TSPLIB" ? sym_seconds : atsp_seconds;
        if (kicks < 0)
            params.deadline = std::chrono::steady_clock::now() +
                              std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                  std::chrono::duration<double>(seconds));
        // TSPLIB counts a fixed edge's length out of the best known (linhp318's 41345 is the Hamiltonian path
        // that its one fixed edge closes): so is it here.
        Cost fixed_length = 0;
        for (const FixedEdge& edge : instance.fixed_edges())
            fixed_length += instance.distance(edge.from, edge.to);
        const auto best_known = static_cast<Cost>(*row.best_known_value);
        params.target = best_known + fixed_length;
        const TspSearchResult result = tsp_search_with_fixed_edges(instance, params);
        const CheckReport check = check_solution(instance, result.solution);
        if (!check.feasible || check.cost != result.cost) ++failures;
        const Cost compared = check.cost - fixed_length;
        const double gap =
            100.0 * static_cast<double>(compared - best_known) / static_cast<double>(best_known);
        auto& [sum, count] = gap_sums[row.set];
        sum += gap;
        ++count;
        const std::string fixed_note =
            fixed_length ? " (tour " + std::to_string(check.cost) + " less its fixed edges)" : "";
        std::printf("| %s | %s | %d | %lld | %lld%s%s | %.3f | %.2f | %lld |\n", row.set.c_str(),
                    row.name.c_str(), row.n_nodes.value_or(instance.num_nodes()),
                    static_cast<long long>(best_known), static_cast<long long>(compared), fixed_note.c_str(),
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
