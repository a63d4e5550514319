#pragma once
// Points to draw an instance with, for pictures only: no algorithm needs them.
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

/// The instance's own coordinates when it has them, otherwise classical_mds(instance).
std::vector<Point> plot_coordinates(const Instance& instance);

/// A 2-D embedding of the distance matrix by classical (Torgerson) multidimensional scaling, in the file's
/// units: distances are symmetrized as (d(i,j) + d(j,i)) / 2, the top two eigenvectors of the double-centred
/// squared matrix give the axes. Above `landmarks` nodes, landmark MDS (de Silva and Tenenbaum) embeds evenly
/// spaced landmarks exactly and places the others by distance-based triangulation, O(n * landmarks) instead
/// of O(n^3). Deterministic: each axis is signed so that its largest component is positive.
std::vector<Point> classical_mds(const Instance& instance, int landmarks = 1000);

}  // namespace routekit
