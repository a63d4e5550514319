// Writing solutions as CVRPLIB .sol, TSPLIB .tour and JSON.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/json_support.hpp"
#include "model/vehicle_assignment.hpp"
#include "routekit/io/objective_parts.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"

namespace routekit {

namespace {

void write_sol(std::ostream& out, const Instance& instance, const Solution& solution) {
    // With several vehicle types route k is vehicle k (PyVRP's convention): empty routes stay, numbered.
    const bool positional = has_vehicle_types(instance);
    int number = 0;
    for (const Route& route : solution.routes) {
        if (route.empty() && !positional) continue;
        out << "Route #" << ++number << ":";
        for (int client : route) out << " " << client;
        out << "\n";
    }
    // The objective wherever it is more than the distance: vehicle costs, prizes of clients left out.
    if (positional || instance.has_optional_clients())
        out << "Cost " << format_objective(check_solution(instance, solution).cost, instance) << "\n";
    else
        out << "Cost " << format_cost(solution_distance(instance, solution), instance.rounding()) << "\n";
}

// One tour through all nodes: the depot's own id opens the first route, ids DIMENSION+1, DIMENSION+2, ...
// stand for the depot at the start of every further route (the LKH-3 convention of the ACVRP tours).
void write_tour(std::ostream& out, const Instance& instance, const Solution& solution) {
    const long long dimension = instance.dimension_in_file();
    const int routes = std::max(1, solution.num_nonempty_routes());
    out << "NAME : " << instance.name() << ".tour\n"
        << "COMMENT : Cost = " << format_cost(solution_distance(instance, solution), instance.rounding())
        << "\n"
        << "TYPE : TOUR\n"
        << "DIMENSION : " << dimension + routes - 1 << "\n"
        << "TOUR_SECTION\n"
        << instance.node_id(0) << "\n";
    long long copies = 0;
    bool first = true;
    for (const Route& route : solution.routes) {
        if (route.empty()) continue;
        if (!first) out << dimension + ++copies << "\n";
        first = false;
        for (int client : route) out << instance.node_id(client) << "\n";
    }
    out << "-1\nEOF\n";
}

// The objective in the instance's units, as a JSON number (format_objective: cost_decimals undone).
double objective_units(Cost value, const Instance& instance) {
    return std::stod(format_objective(value, instance));
}

// Route `index`: its vehicle, its share of the objective, its totals and, per stop, arrival, waiting and
// start of service, in the file's units.
nlohmann::json schedule_json(const Instance& instance, const Route& route, int index) {
    const RouteObjective cost = route_objective(instance, route, index);
    const VehicleType& type = instance.vehicle_types()[static_cast<std::size_t>(cost.vehicle_type)];
    const RouteSchedule schedule = route_schedule(instance, route, cost.vehicle_type);
    const auto units = [&](Cost value) { return std::stod(format_cost(value, instance.rounding())); };
    nlohmann::json stops = nlohmann::json::array();
    for (const ScheduledStop& stop : schedule.stops) {
        nlohmann::json entry = {{"client", stop.node},
                                {"node_id", instance.node_id(stop.node)},
                                {"arrival", units(stop.arrival)},
                                {"waiting", units(stop.waiting)},
                                {"start", units(stop.start)},
                                {"departure", units(stop.departure)},
                                {"load", io::load_json(stop.loads, instance.load_dimensions())}};
        if (stop.time_warp > 0) entry["late"] = units(stop.time_warp);
        stops.push_back(std::move(entry));
    }
    const auto reloads =
        std::count_if(route.begin(), route.end(), [&](int node) { return instance.is_depot(node); });
    return {{"vehicle_type", cost.vehicle_type},
            {"start_depot", type.start_depot},
            {"end_depot", type.end_depot},
            {"reloads", reloads},
            {"cost", objective_units(cost.total(), instance)},
            {"distance", units(schedule.distance)},
            {"duration", units(schedule.duration)},
            {"load", io::load_json(schedule.loads, instance.load_dimensions())},
            {"time_warp", units(schedule.time_warp)},
            {"departure", units(schedule.departure)},
            {"stops", std::move(stops)}};
}

void write_json(std::ostream& out, const Instance& instance, const Solution& solution) {
    const CheckReport report = check_solution(instance, solution);
    nlohmann::json routes = nlohmann::json::array();
    nlohmann::json node_ids = nlohmann::json::array();
    nlohmann::json schedules = nlohmann::json::array();
    // With several vehicle types route k is vehicle k (as in .sol files): unused vehicles before the last
    // used one stay, as empty routes, so that the file reads back to the same vehicles.
    const bool positional = has_vehicle_types(instance);
    std::size_t kept = solution.routes.size();
    while (positional && kept > 0 && solution.routes[kept - 1].empty()) --kept;
    for (std::size_t r = 0; r < kept; ++r) {
        const Route& route = solution.routes[r];
        if (route.empty() && !positional) continue;
        routes.push_back(route);
        nlohmann::json ids = nlohmann::json::array();
        for (int client : route) ids.push_back(instance.node_id(client));
        node_ids.push_back(std::move(ids));
        schedules.push_back(schedule_json(instance, route, static_cast<int>(r)));
    }
    nlohmann::json violations = nlohmann::json::array();
    for (const Violation& violation : report.violations) violations.push_back(violation.message);
    const std::string cost = format_objective(report.cost, instance);
    nlohmann::json document = {
        {"instance", instance.name()},
        {"rounding", std::string(to_string(instance.rounding()))},
        {"cost", objective_units(report.cost, instance)},
        {"cost_text", cost},
        {"feasible", report.feasible},
        {"routes_used", report.routes_used},
        {"violations", std::move(violations)},
        {"routes", std::move(routes)},
        {"route_node_ids", std::move(node_ids)},
        {"schedules", std::move(schedules)},
    };
    // The clients left out (their prizes are part of the cost), as indices like "routes".
    if (instance.has_optional_clients()) document["unvisited"] = unvisited_clients(instance, solution);
    const ObjectiveParts parts = objective_parts(instance, solution);
    document["objective"] = {
        {"distance", std::stod(format_cost(parts.distance, instance.rounding()))},
        {"fixed_costs", objective_units(parts.fixed_costs, instance)},
        {"distance_costs", objective_units(parts.distance_costs, instance)},
        {"duration_costs", objective_units(parts.duration_costs, instance)},
        {"uncollected_prizes", objective_units(parts.uncollected_prizes, instance)},
    };
    out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

void write_solution(std::ostream& out, const Instance& instance, const Solution& solution,
                    SolutionFormat format) {
    switch (format) {
        case SolutionFormat::sol:
            write_sol(out, instance, solution);
            return;
        case SolutionFormat::tour:
            write_tour(out, instance, solution);
            return;
        case SolutionFormat::json:
            write_json(out, instance, solution);
            return;
    }
}

}  // namespace routekit
