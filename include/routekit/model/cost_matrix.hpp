#pragma once
// An Eigen matrix type for InstanceBuilder::distances and ::durations, for programs that use Eigen.
// Routekit's other headers do not include Eigen: a program that includes this one finds and links Eigen
// itself.
#include <Eigen/Core>

#include "routekit/model/instance.hpp"

namespace routekit {

/// Row-major integer matrix as Eigen sees it.
using CostMatrix = Eigen::Matrix<Cost, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

}  // namespace routekit
