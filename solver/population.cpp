#include "solver/population.hpp"

#include <algorithm>
#include <numeric>

namespace routekit {

void Subpopulation::add(std::shared_ptr<const Individual> individual, const CostEvaluator& cost) {
    Member member;
    member.penalized = individual->penalized(cost);
    member.individual = std::move(individual);
    // After the last member of equal cost, so that the order only depends on the order of arrivals.
    const auto position = std::upper_bound(members_.begin(), members_.end(), member.penalized,
                                           [](Cost cost, const Member& m) { return cost < m.penalized; });
    const auto index = static_cast<std::size_t>(position - members_.begin());
    member.distance.reserve(members_.size() + 1);
    for (Member& other : members_) {
        const double d = broken_pairs_distance(*member.individual, *other.individual, symmetric_);
        member.distance.push_back(d);
        other.distance.insert(other.distance.begin() + static_cast<long>(index), d);
    }
    member.distance.insert(member.distance.begin() + static_cast<long>(index), 0.0);
    members_.insert(position, std::move(member));
    if (size() >= params_.min_population + params_.generation_size)
        while (size() > params_.min_population) remove_worst();
}

double Subpopulation::diversity_contribution(int i) const {
    const Member& member = members_[static_cast<std::size_t>(i)];
    std::vector<double> others;
    others.reserve(members_.size());
    for (std::size_t j = 0; j < members_.size(); ++j)
        if (j != static_cast<std::size_t>(i)) others.push_back(member.distance[j]);
    if (others.empty()) return 0;
    const auto count =
        std::min<std::size_t>(static_cast<std::size_t>(std::max(params_.close, 1)), others.size());
    std::partial_sort(others.begin(), others.begin() + static_cast<long>(count), others.end());
    return std::accumulate(others.begin(), others.begin() + static_cast<long>(count), 0.0) /
           static_cast<double>(count);
}

void Subpopulation::update_fitness() {
    const std::size_t n = members_.size();
    if (n == 1) members_[0].fitness = 0;
    if (n <= 1) return;
    // Rank by diversity, most diverse first; members are already ranked by cost.
    std::vector<std::pair<double, std::size_t>> by_diversity;
    for (std::size_t i = 0; i < n; ++i)
        by_diversity.emplace_back(-diversity_contribution(static_cast<int>(i)), i);
    std::stable_sort(by_diversity.begin(), by_diversity.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const double last = static_cast<double>(n - 1);
    const double diversity_weight = 1.0 - static_cast<double>(params_.elite) / static_cast<double>(n);
    for (std::size_t rank = 0; rank < n; ++rank) {
        const std::size_t i = by_diversity[rank].second;
        const double cost_rank = static_cast<double>(i) / last;
        const double diversity_rank = static_cast<double>(rank) / last;
        members_[i].fitness =
            static_cast<int>(n) <= params_.elite ? cost_rank : cost_rank + diversity_weight * diversity_rank;
    }
}

void Subpopulation::remove(std::size_t index) {
    members_.erase(members_.begin() + static_cast<long>(index));
    for (Member& member : members_) member.distance.erase(member.distance.begin() + static_cast<long>(index));
}

// Clones go first (an individual at distance 0 from another), then the worst biased fitness; the best
// member by cost is never removed.
void Subpopulation::remove_worst() {
    update_fitness();
    std::size_t worst = 1;
    bool worst_is_clone = false;
    double worst_fitness = -1;
    for (std::size_t i = 1; i < members_.size(); ++i) {
        bool clone = false;
        for (std::size_t j = 0; j < members_.size() && !clone; ++j)
            clone = j != i && members_[i].distance[j] == 0.0;
        if ((clone && !worst_is_clone) || (clone == worst_is_clone && members_[i].fitness > worst_fitness)) {
            worst = i;
            worst_is_clone = clone;
            worst_fitness = members_[i].fitness;
        }
    }
    remove(worst);
}

void Subpopulation::reweigh(const CostEvaluator& cost) {
    for (Member& member : members_) member.penalized = member.individual->penalized(cost);
    // Reorder members and their distance rows together.
    std::vector<std::size_t> order(members_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return members_[a].penalized < members_[b].penalized;
    });
    std::vector<Member> sorted;
    sorted.reserve(members_.size());
    for (std::size_t i : order) {
        Member member = std::move(members_[i]);
        std::vector<double> distance(order.size());
        for (std::size_t k = 0; k < order.size(); ++k) distance[k] = member.distance[order[k]];
        member.distance = std::move(distance);
        sorted.push_back(std::move(member));
    }
    members_ = std::move(sorted);
}

void Subpopulation::clear() {
    members_.clear();
}

void Population::add(std::shared_ptr<const Individual> individual, const CostEvaluator& cost) {
    (individual->feasible ? feasible_ : infeasible_).add(std::move(individual), cost);
}

void Population::update_fitness() {
    feasible_.update_fitness();
    infeasible_.update_fitness();
}

void Population::clear() {
    feasible_.clear();
    infeasible_.clear();
}

std::vector<const Individual*> Population::best(int count) const {
    std::vector<const Individual*> chosen;
    for (const Subpopulation* part : {&feasible_, &infeasible_})
        for (int i = 0; i < part->size() && static_cast<int>(chosen.size()) < count; ++i)
            chosen.push_back(&part->individual(i));
    return chosen;
}

const Individual& Population::select(Rng& rng) const {
    const int total = feasible_.size() + infeasible_.size();
    auto draw = [&]() -> std::pair<const Individual*, double> {
        const int i = static_cast<int>(uniform_below(rng, static_cast<std::uint64_t>(total)));
        if (i < feasible_.size()) return {&feasible_.individual(i), feasible_.fitness(i)};
        const int j = i - feasible_.size();
        return {&infeasible_.individual(j), infeasible_.fitness(j)};
    };
    const auto first = draw();
    const auto second = draw();
    return second.second < first.second ? *second.first : *first.first;
}

}  // namespace routekit
