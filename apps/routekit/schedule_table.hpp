#pragma once
// The text schedule of `solve --schedule` and `check --schedule`: per route its vehicle and totals, per stop
// arrival, waiting and start of service, all as the checker computes them (route_schedule), in the file's
// units. For people; programs read the JSON solution's "schedules".
#include <ostream>

#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit::cli {

void write_schedule_table(std::ostream& out, const Instance& instance, const Solution& solution);

}  // namespace routekit::cli
