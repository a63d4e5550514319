#include "solver/initial_population.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "routekit/heuristics/construction.hpp"
#include "model/vehicle_assignment.hpp"
#include "routekit/model/error.hpp"
#include "solver/ruin_recreate.hpp"
#include "solver/split.hpp"
#include "solver/trip_packing.hpp"

namespace routekit {

void InitialSolutions::validate(const std::string& init) {
    static const char* const known[] = {"nn",      "savings",         "regret", "random",
                                        "learned", "learned-savings", "mix"};
    for (const char* name : known)
        if (init == name) return;
    throw ParameterError(
        "init: expected nn, savings, regret, random, learned, learned-savings or mix, found " + init);
}

std::vector<std::string> InitialSolutions::methods(const std::string& init) {
    validate(init);
    if (init == "random") return {};
    if (init == "mix") return {"nn", "savings", "regret", "learned"};
    return {init};
}

InitialSolutions::InitialSolutions(const Instance& instance, const std::string& init,
                                   const std::string& policy_file, int count, bool greedy_first,
                                   double constructed_share, double recreated_share,
                                   const NeighbourLists* near)
    : instance_(instance), near_(near) {
    // The constructions build routes from node 0 and take nodes 1.. for clients: with several depots the
    // population starts from random tours alone (Split and the vehicle assignment place them at depots).
    // They also serve every client: with client groups, random tours of one member per group stand in.
    const std::vector<std::string> kinds =
        instance.num_depots() > 1 || !instance.groups().empty() ? std::vector<std::string>{} : methods(init);
    for (const std::string& kind : kinds) constructors_.emplace_back(instance, kind, policy_file);
    // Half constructions, half random tours (all random for init=random): constructions give good
    // starting points, random tours give the diversity the crossover feeds on.
    const int constructed =
        kinds.empty()
            ? 0
            : std::max(1, static_cast<int>(std::ceil(constructed_share * static_cast<double>(count))));
    for (int i = 0; i < count; ++i) {
        Entry entry;
        if (i < constructed) {
            entry.constructor = static_cast<int>(static_cast<std::size_t>(i) % kinds.size());
            entry.greedy = greedy_first && static_cast<std::size_t>(i) < kinds.size();
        }
        // Index i is a recreation when the count floor(share x (i + 1)) grows there; index 0 stays what it
        // was (the deterministic construction).
        const auto recreations = [&](int k) { return static_cast<int>(std::floor(recreated_share * k)); };
        entry.recreated = near && i > 0 && recreations(i + 1) > recreations(i);
        plan_.push_back(entry);
    }
}

Solution InitialSolutions::make(int index, const PenaltyWeights& weights, Rng& rng) const {
    const Entry& entry = plan_[static_cast<std::size_t>(index)];
    if (entry.recreated) {
        std::vector<int> clients(static_cast<std::size_t>(instance_.num_clients()));
        std::iota(clients.begin(), clients.end(), instance_.num_depots());
        return recreate(instance_, TypedRoutes{}, std::move(clients), *near_, weights, rng);
    }
    if (entry.constructor < 0) return random_split_solution(instance_, weights, rng);
    const Constructor& constructor = constructors_[static_cast<std::size_t>(entry.constructor)];
    Solution built = constructor.build(entry.greedy ? nullptr : &rng);
    built.remove_empty_routes();
    // A construction's routes are a plain list: with several vehicle types they get vehicles by load.
    if (has_vehicle_types(instance_) && built.num_nonempty_routes() <= instance_.fleet())
        return assign_vehicle_types(instance_, built.routes, CostEvaluator(instance_, weights));
    return within_fleet(instance_, std::move(built), weights);
}

Solution random_split_solution(const Instance& instance, const PenaltyWeights& weights, Rng& rng) {
    std::vector<int> tour(static_cast<std::size_t>(instance.num_clients()));
    std::iota(tour.begin(), tour.end(), instance.num_depots());
    if (!instance.groups().empty()) {
        // One member of each group, drawn at random, and the clients in no group.
        std::erase_if(tour, [&](int client) { return instance.group_of(client) >= 0; });
        for (const std::vector<int>& group : instance.groups())
            tour.push_back(group[uniform_below(rng, group.size())]);
    }
    portable_shuffle(tour.begin(), tour.end(), rng);
    return split_tour(instance, tour, weights);
}

Solution within_fleet(const Instance& instance, Solution solution, const PenaltyWeights& weights) {
    if (has_vehicle_types(instance)) {
        // Positional: within the fleet when its last route has a vehicle.
        while (!solution.routes.empty() && solution.routes.back().empty()) solution.routes.pop_back();
        if (solution.routes.empty() || instance.vehicle_type_of_route(std::ssize(solution.routes) - 1) >= 0)
            return solution;
    }
    solution.remove_empty_routes();
    const bool too_many =
        instance.single_vehicle()
            ? solution.routes.size() > 1
            : instance.fleet_limited() && static_cast<int>(solution.routes.size()) > instance.fleet();
    if (!too_many) return solution;
    if (vehicles_reload(instance) && !instance.single_vehicle())
        return pack_trips(instance, std::move(solution.routes));
    std::vector<int> tour;
    for (const Route& route : solution.routes) tour.insert(tour.end(), route.begin(), route.end());
    return split_tour(instance, tour, weights);
}

}  // namespace routekit
