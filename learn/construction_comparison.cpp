#include "routekit/learn/construction_comparison.hpp"

#include <algorithm>
#include <chrono>
#include <functional>

#include "heuristics/policy_model.hpp"
#include "routekit/heuristics/construction.hpp"
#include "routekit/heuristics/learned_policy.hpp"
#include "routekit/model/checker.hpp"

namespace routekit {

namespace {

// The cost a construction is judged by: its distance when feasible; infeasible ones count double.
double judged_cost(const Instance& instance, const Solution& solution) {
    const CheckReport report = check_solution(instance, solution);
    return static_cast<double>(report.cost) * (report.feasible ? 1.0 : 2.0);
}

double best_of(const Instance& instance, const std::vector<Solution>& solutions) {
    double best = std::numeric_limits<double>::infinity();
    for (const Solution& solution : solutions) best = std::min(best, judged_cost(instance, solution));
    return best;
}

}  // namespace

std::vector<ComparisonRow> compare_constructions(const std::vector<GeneratorKind>& kinds, int num_clients,
                                                 int count, std::uint64_t seed,
                                                 const std::string& policy_file, int samples) {
    const policy::PolicyModel trained = load_policy_model(policy_file);
    const policy::PolicyModel untrained =
        policy::PolicyModel::initial(trained.candidate_count(), trained.hidden(), 1);
    using Method = std::function<double(const Instance&, Rng&)>;
    const std::vector<std::pair<std::string, Method>> methods = {
        {"nearest neighbour",
         [](const Instance& in, Rng&) { return judged_cost(in, nearest_neighbour(in)); }},
        {"savings", [](const Instance& in, Rng&) { return judged_cost(in, savings(in)); }},
        {"regret insertion", [](const Instance& in, Rng&) { return judged_cost(in, regret_insertion(in)); }},
        {"randomized savings, best of " + std::to_string(samples),
         [samples](const Instance& in, Rng& rng) {
             std::vector<Solution> solutions{savings(in)};
             for (int s = 1; s < samples; ++s) solutions.push_back(savings(in, &rng));
             return best_of(in, solutions);
         }},
        {"untrained policy, greedy (= nearest neighbour)",
         [&](const Instance& in, Rng& rng) {
             return best_of(in, learned_policy_solutions(in, untrained, 1, rng));
         }},
        {"untrained policy, best of " + std::to_string(samples),
         [&](const Instance& in, Rng& rng) {
             return best_of(in, learned_policy_solutions(in, untrained, samples, rng));
         }},
        {"trained policy, greedy",
         [&](const Instance& in, Rng& rng) {
             return best_of(in, learned_policy_solutions(in, trained, 1, rng));
         }},
        {"trained policy, best of " + std::to_string(samples),
         [&](const Instance& in, Rng& rng) {
             return best_of(in, learned_policy_solutions(in, trained, samples, rng));
         }},
    };
    std::vector<ComparisonRow> rows(methods.size());
    for (std::size_t m = 0; m < methods.size(); ++m) rows[m].method = methods[m].first;
    int done = 0;
    for (GeneratorKind kind : kinds)
        for (int i = 0; i < count; ++i) {
            const Instance instance =
                generate_instance({kind, num_clients, false, seed + static_cast<std::uint64_t>(i)});
            const double reference = std::max(1.0, judged_cost(instance, savings(instance)));
            for (std::size_t m = 0; m < methods.size(); ++m) {
                Rng rng(seed + 7 * static_cast<std::uint64_t>(i));
                const auto start = std::chrono::steady_clock::now();
                const double cost = methods[m].second(instance, rng);
                rows[m].seconds_per_instance +=
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                rows[m].mean_ratio += cost / reference;
                rows[m].win_share += cost < reference ? 1.0 : 0.0;
            }
            ++done;
        }
    for (ComparisonRow& row : rows) {
        row.mean_ratio /= std::max(1, done);
        row.win_share /= std::max(1, done);
        row.seconds_per_instance /= std::max(1, done);
    }
    return rows;
}

}  // namespace routekit
