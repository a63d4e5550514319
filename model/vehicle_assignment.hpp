#pragma once
// Routes and the vehicles that drive them. With several vehicle types a Solution is positional: route k is
// driven by vehicle k, vehicles numbered type by type (Instance::vehicle_type_of_route; the checker's and
// PyVRP's .sol convention), and an empty route stands for an unused vehicle. With one type, routes are a
// plain list and any route may take any vehicle. The search works on typed routes and turns them into
// positional solutions here.
#include <span>
#include <vector>

#include "routekit/model/cost_evaluator.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/solution.hpp"

namespace routekit {

/// Whether solutions of `instance` are positional (several vehicle types).
bool has_vehicle_types(const Instance& instance);

/// The positional solution in which route i is driven by a vehicle of `types[i]`: routes of one type take
/// that type's vehicles in order; unused vehicles are empty routes, trailing ones left out. Empty routes in
/// `routes` are dropped. Throws ParameterError when a type has fewer vehicles than routes.
Solution place_routes(const Instance& instance, const std::vector<Route>& routes, std::span<const int> types);

/// Gives each non-empty route a vehicle type and places them (place_routes). Most loaded first, a route keeps
/// `preferred[i]` (when given) while that type has a vehicle left, else takes the type with a vehicle left
/// that prices it cheapest under `evaluator` (fixed and unit distance cost between the type's depots, load
/// penalty, clients the type may not serve). Optimal for one
/// type; greedy otherwise, the local search's route exchanges finish the job. Throws ParameterError when
/// there are more routes than vehicles.
Solution assign_vehicle_types(const Instance& instance, const std::vector<Route>& routes,
                              const CostEvaluator& evaluator, std::span<const int> preferred = {});

}  // namespace routekit
