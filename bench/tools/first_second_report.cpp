// Where the first second goes: for CVRPLIB-X instances of the shared manifest with at least MIN_NODES
// nodes, the processor time of each step the genetic search takes before it breeds (reading, neighbour
// lists, each construction kind, one descent from each), and the gap after that descent.
//   routekit_first_second_report [--min-nodes N] [--samples S] [MANIFEST]
// Single-threaded; CPU time, so figures stay comparable on a machine shared with other work.
#include <cstdio>
#include <ctime>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "apps/routekit/bench_manifest.hpp"
#include "heuristics/granular_neighbours.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"
#include "solver/initial_population.hpp"

namespace {

using namespace routekit;

double cpu_seconds() {
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

struct Arm {
    std::string name;
    double prepare_ms = 0;  ///< the Constructor's shared part, once per instance
    double construct_ms = 0;
    double descent_ms = 0;
    double gap = 0;
};

}  // namespace

int main(int argc, char** argv) {
    int min_nodes = 401;
    int samples = 5;
    std::string manifest = std::string(ROUTEKIT_SHARED_DIR) + "/instances/manifest.csv";
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--min-nodes" && a + 1 < argc)
            min_nodes = std::stoi(argv[++a]);
        else if (arg == "--samples" && a + 1 < argc)
            samples = std::stoi(argv[++a]);
        else
            manifest = arg;
    }
    std::vector<cli::ManifestEntry> rows;
    try {
        rows = cli::read_manifest(manifest);
    } catch (const std::exception& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    // The arms: what InitialSolutions builds for each init kind (randomized forms, as all but the first
    // individual of a kind are), and a random giant tour cut by Split.
    const std::vector<std::string> kinds{"savings", "nn", "learned", "random"};
    std::printf("| instance | n | read ms | neighbours ms |");
    for (const auto& k : kinds) std::printf(" %s ms | %s LS ms | %s gap |", k.c_str(), k.c_str(), k.c_str());
    std::printf("\n|---|---:|---:|---:|");
    for (std::size_t k = 0; k < kinds.size(); ++k) std::printf("---:|---:|---:|");
    std::printf("\n");
    const PenaltyWeights weights{100, 100, 100};
    for (const cli::ManifestEntry& row : rows) {
        if (row.set != "CVRPLIB-X" || row.n_nodes.value_or(0) < min_nodes || !row.best_known_value) continue;
        double start = cpu_seconds();
        const Instance instance = read_instance(row.path);
        const double read_ms = 1000 * (cpu_seconds() - start);
        start = cpu_seconds();
        const auto neighbours = granular_neighbours(instance, 20);
        const double neighbour_ms = 1000 * (cpu_seconds() - start);
        LocalSearch search(instance);
        const double best = *row.best_known_value * static_cast<double>(scale_of(instance.rounding()));
        std::printf("| %s | %d | %.1f | %.1f |", row.name.c_str(), instance.num_nodes(), read_ms,
                    neighbour_ms);
        for (const std::string& kind : kinds) {
            Arm arm;
            Rng rng(7);
            std::vector<Solution> built;
            start = cpu_seconds();
            std::optional<Constructor> constructor;
            if (kind != "random") constructor.emplace(instance, kind);
            arm.prepare_ms = 1000 * (cpu_seconds() - start);
            start = cpu_seconds();
            for (int s = 0; s < samples; ++s)
                built.push_back(constructor ? constructor->build(&rng)
                                            : random_split_solution(instance, weights, rng));
            arm.construct_ms = 1000 * (cpu_seconds() - start) / samples;
            for (Solution& solution : built) {
                start = cpu_seconds();
                search.run(solution, weights, rng);
                arm.descent_ms += 1000 * (cpu_seconds() - start) / samples;
                arm.gap += 100.0 * (static_cast<double>(check_solution(instance, solution).cost) - best) /
                           best / samples;
            }
            std::printf(" %.1f+%.1f | %.1f | %.2f |", arm.prepare_ms, arm.construct_ms, arm.descent_ms,
                        arm.gap);
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    std::printf(
        "\nCPU ms: preparing the construction once per instance + each solution (mean of %d randomized "
        "ones; learned: sampled at temperature 1); one descent under penalty weights 100; gap %% of the "
        "descended solution to best_known (negative: infeasible, the weights were too low).\n",
        samples);
    return 0;
}
