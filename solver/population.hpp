#pragma once
// The population of the genetic search: a feasible and an infeasible subpopulation, each ranked by a biased
// fitness that mixes penalized cost and diversity contribution (Vidal et al. 2012).
#include <memory>
#include <vector>

#include "routekit/model/random.hpp"
#include "routekit/solver/solve.hpp"
#include "solver/individual.hpp"

namespace routekit {

class Subpopulation {
  public:
    Subpopulation(const GeneticParams& params, bool symmetric) : params_(params), symmetric_(symmetric) {}

    /// Inserts `individual`, and cuts the subpopulation back to μ when it reaches μ + λ.
    void add(std::shared_ptr<const Individual> individual, const CostEvaluator& cost);
    /// Recomputes the biased fitness of every member (call before selecting).
    void update_fitness();
    /// Re-ranks by penalized cost after the weights changed.
    void reweigh(const CostEvaluator& cost);
    void clear();

    int size() const { return static_cast<int>(members_.size()); }
    const Individual& individual(int i) const { return *members_[static_cast<std::size_t>(i)].individual; }
    double fitness(int i) const { return members_[static_cast<std::size_t>(i)].fitness; }
    /// Average broken-pairs distance to the `close` nearest other members.
    double diversity_contribution(int i) const;

  private:
    struct Member {
        std::shared_ptr<const Individual> individual;
        Cost penalized = 0;
        double fitness = 0;
        std::vector<double> distance;  // to every member, in member order
    };
    void remove(std::size_t index);
    void remove_worst();

    const GeneticParams& params_;
    bool symmetric_;
    std::vector<Member> members_;  // sorted by penalized cost, ties by arrival
};

class Population {
  public:
    Population(const Instance& instance, const GeneticParams& params)
        : feasible_(params, instance.distance_symmetric()),
          infeasible_(params, instance.distance_symmetric()) {}

    void add(std::shared_ptr<const Individual> individual, const CostEvaluator& cost);
    void update_fitness();
    void reweigh(const CostEvaluator& cost) { infeasible_.reweigh(cost); }
    void clear();
    /// Binary tournament over both subpopulations: the better biased fitness of two uniform draws.
    /// Needs update_fitness() since the last change, and a non-empty population.
    const Individual& select(Rng& rng) const;

    int feasible_size() const { return feasible_.size(); }
    int infeasible_size() const { return infeasible_.size(); }
    bool empty() const { return feasible_.size() + infeasible_.size() == 0; }
    /// Up to `count` members, best penalized cost first, the feasible ones before the infeasible ones.
    std::vector<const Individual*> best(int count) const;

  private:
    Subpopulation feasible_;
    Subpopulation infeasible_;
};

}  // namespace routekit
