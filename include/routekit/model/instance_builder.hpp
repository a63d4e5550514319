#pragma once
// Building an Instance in code, from matrices a program already holds (an OSRM or Valhalla table, say).
#include <Eigen/Core>
#include <span>
#include <string>

#include "routekit/model/instance.hpp"

namespace routekit {

/// Row-major integer matrix as Eigen sees it, e.g. for InstanceBuilder::distances.
using CostMatrix = Eigen::Matrix<Cost, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Collects the parts of a problem and validates them in build(). Node 0 is the depot.
/// Values are stored integers in the chosen convention (rounding(): tsplib keeps them as they are).
class InstanceBuilder {
  public:
    explicit InstanceBuilder(int num_nodes);

    InstanceBuilder& name(std::string name);
    InstanceBuilder& kind(ProblemKind kind);
    InstanceBuilder& rounding(Rounding rounding);
    /// n*n values, row-major: entry i*n+j is the cost from i to j.
    InstanceBuilder& distances(std::span<const Cost> row_major);
    InstanceBuilder& distances(const CostMatrix& matrix);
    /// Travel times; without them the distances double as durations.
    InstanceBuilder& durations(std::span<const Cost> row_major);
    InstanceBuilder& durations(const CostMatrix& matrix);
    InstanceBuilder& demands(std::span<const Cost> demand);
    InstanceBuilder& capacity(Cost capacity);
    InstanceBuilder& fleet(int vehicles);
    InstanceBuilder& service_times(std::span<const Cost> service);
    InstanceBuilder& time_windows(std::span<const TimeWindow> windows);
    InstanceBuilder& max_route_duration(Cost limit);

    /// Validates and returns the instance; throws InputError naming the first problem.
    Instance build() const;

  private:
    InstanceData data_;
};

}  // namespace routekit
