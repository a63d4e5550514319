#pragma once
// Writes an instance as a TSPLIB / CVRPLIB file (VRPLIB extensions for service times and time windows).
#include <ostream>

#include "routekit/model/instance.hpp"

namespace routekit {

/// EUC_2D with integer coordinates when the instance's distances are exactly the TSPLIB nint distances of
/// its coordinates (so that a reader recomputes the same matrix); EXPLICIT FULL_MATRIX otherwise. Service
/// times and windows go to SERVICE_TIME_SECTION and TIME_WINDOW_SECTION. Costs are written as stored.
void write_tsplib(std::ostream& out, const Instance& instance);

}  // namespace routekit
