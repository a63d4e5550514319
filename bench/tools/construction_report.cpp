// Construction report: for the 75 CVRPLIB-X instances of the shared manifest, the gap to the best known
// value of each construction alone and followed by one local-search descent, with the times.
//   routekit_construction_report [--schedule] [MANIFEST]   (default: ../shared/instances/manifest.csv)
// --schedule: before the feasibility-keeping descent, descents under penalty weights 10, 20, 40, ... (below
// the final weight), which let the search cross infeasible solutions as a genetic search's education does.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/local_search.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/checker.hpp"

namespace {

using namespace routekit;

/// Splits one CSV line, honouring double-quoted fields.
std::vector<std::string> split_csv(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.emplace_back();
        else
            fields.back() += c;
    }
    return fields;
}

struct Row {
    std::string name;
    std::string path;
    double best_known = 0;
};

/// Processor time of this (single-threaded) program: stable on a machine shared with other work.
double cpu_seconds() {
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

/// Penalties so high (eight longest edges per unit) that no move trading distance for infeasibility pays:
/// a descent from a feasible start stays feasible.
PenaltyWeights feasibility_keeping_weights(const Instance& instance) {
    Cost longest = 0;
    for (int i = 0; i < instance.num_nodes(); ++i)
        for (int j = 0; j < instance.num_nodes(); ++j) longest = std::max(longest, instance.distance(i, j));
    const Cost w = 8 * longest + 1;
    return {w, w, w};
}

struct Result {
    double gap = 0;
    double seconds = 0;
    bool feasible = true;
};

}  // namespace

int main(int argc, char** argv) {
    bool schedule = false;
    std::string manifest = std::string(ROUTEKIT_SHARED_DIR) + "/instances/manifest.csv";
    for (int a = 1; a < argc; ++a) {
        if (std::string(argv[a]) == "--schedule")
            schedule = true;
        else
            manifest = argv[a];
    }
    std::ifstream in(manifest);
    if (!in) {
        std::cerr << "cannot read " << manifest << "\n";
        return 1;
    }
    const std::string folder = manifest.substr(0, manifest.find_last_of('/') + 1);
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        const auto fields = split_csv(line);
        if (fields.size() > 5 && fields[0] == "CVRPLIB-X")
            rows.push_back({fields[1], fields[2], std::stod(fields[5])});
    }
    const std::vector<std::string> methods{"nn", "savings", "regret"};
    std::printf("| instance | n |");
    for (const auto& m : methods)
        std::printf(" %s | %s+LS | %s+LS CPU ms |", m.c_str(), m.c_str(), m.c_str());
    std::printf("\n|---|---|");
    for (std::size_t k = 0; k < methods.size(); ++k) std::printf("---|---|---|");
    std::printf("\n");
    std::vector<Result> sum_alone(methods.size()), sum_descent(methods.size());
    std::vector<double> worst_seconds(methods.size(), 0);
    int infeasible = 0;
    for (const Row& row : rows) {
        const Instance instance = read_instance(row.path.starts_with("/") ? row.path : folder + row.path);
        const double best = row.best_known * static_cast<double>(scale_of(instance.rounding()));
        const PenaltyWeights weights = feasibility_keeping_weights(instance);
        const double setup_start = cpu_seconds();
        LocalSearch search(instance);  // its neighbour lists count in every construction + descent time
        const double setup_seconds = cpu_seconds() - setup_start;
        std::printf("| %s | %d |", row.name.c_str(), instance.num_nodes());
        for (std::size_t k = 0; k < methods.size(); ++k) {
            const double start = cpu_seconds();
            Solution solution = construct(instance, methods[k]);
            const double construction_seconds = cpu_seconds() - start;
            const CheckReport alone = check_solution(instance, solution);
            Rng rng(1);
            const double descent_start = cpu_seconds();
            if (schedule)
                for (Cost w = 10; w < weights.load; w *= 2) search.run(solution, {w, w, w}, rng);
            search.run(solution, weights, rng);
            const double total_seconds = setup_seconds + construction_seconds + cpu_seconds() - descent_start;
            const CheckReport descended = check_solution(instance, solution);
            const double gap_alone = 100.0 * (static_cast<double>(alone.cost) - best) / best;
            const double gap_descent = 100.0 * (static_cast<double>(descended.cost) - best) / best;
            infeasible += !alone.feasible + !descended.feasible;
            sum_alone[k].gap += gap_alone;
            sum_alone[k].seconds += construction_seconds;
            sum_descent[k].gap += gap_descent;
            sum_descent[k].seconds += total_seconds;
            worst_seconds[k] = std::max(worst_seconds[k], total_seconds);
            std::printf(" %.2f%s | %.2f%s | %.0f |", gap_alone, alone.feasible ? "" : "*", gap_descent,
                        descended.feasible ? "" : "*", 1000 * total_seconds);
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    const double count = static_cast<double>(std::max<std::size_t>(rows.size(), 1));
    std::printf("| **mean** (%zu) | |", rows.size());
    for (std::size_t k = 0; k < methods.size(); ++k)
        std::printf(" %.2f | %.2f | %.0f |", sum_alone[k].gap / count, sum_descent[k].gap / count,
                    1000 * sum_descent[k].seconds / count);
    std::printf("\n\nGaps in %% to best_known; * marks a solution the checker finds infeasible (%d). ",
                infeasible);
    std::printf("Mean construction time (CPU ms):");
    for (std::size_t k = 0; k < methods.size(); ++k)
        std::printf(" %s %.1f", methods[k].c_str(), 1000 * sum_alone[k].seconds / count);
    std::printf(". Slowest construction + descent (CPU ms):");
    for (std::size_t k = 0; k < methods.size(); ++k)
        std::printf(" %s %.0f", methods[k].c_str(), 1000 * worst_seconds[k]);
    std::printf(".\n");
    return 0;
}
