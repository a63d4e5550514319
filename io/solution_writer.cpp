// Writing solutions as CVRPLIB .sol, TSPLIB .tour and JSON.
#include <nlohmann/json.hpp>

#include "model/vehicle_assignment.hpp"
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

// A route's totals and, per stop, arrival, waiting and start of service, in the file's units.
nlohmann::json schedule_json(const Instance& instance, const Route& route) {
    const RouteSchedule schedule = route_schedule(instance, route);
    const auto units = [&](Cost value) { return std::stod(format_cost(value, instance.rounding())); };
    nlohmann::json stops = nlohmann::json::array();
    for (const ScheduledStop& stop : schedule.stops) {
        nlohmann::json entry = {{"client", stop.node},
                                {"node_id", instance.node_id(stop.node)},
                                {"arrival", units(stop.arrival)},
                                {"waiting", units(stop.waiting)},
                                {"start", units(stop.start)},
                                {"departure", units(stop.departure)},
                                {"load", stop.load}};
        if (stop.time_warp > 0) entry["late"] = units(stop.time_warp);
        stops.push_back(std::move(entry));
    }
    return {{"distance", units(schedule.distance)},
            {"duration", units(schedule.duration)},
            {"load", schedule.load},
            {"time_warp", units(schedule.time_warp)},
            {"departure", units(schedule.departure)},
            {"stops", std::move(stops)}};
}

void write_json(std::ostream& out, const Instance& instance, const Solution& solution) {
    const CheckReport report = check_solution(instance, solution);
    nlohmann::json routes = nlohmann::json::array();
    nlohmann::json node_ids = nlohmann::json::array();
    nlohmann::json schedules = nlohmann::json::array();
    for (const Route& route : solution.routes) {
        if (route.empty()) continue;
        routes.push_back(route);
        nlohmann::json ids = nlohmann::json::array();
        for (int client : route) ids.push_back(instance.node_id(client));
        node_ids.push_back(std::move(ids));
        schedules.push_back(schedule_json(instance, route));
    }
    nlohmann::json violations = nlohmann::json::array();
    for (const Violation& violation : report.violations) violations.push_back(violation.message);
    const std::string cost = format_objective(report.cost, instance);
    nlohmann::json document = {
        {"instance", instance.name()},
        {"rounding", std::string(to_string(instance.rounding()))},
        {"cost", std::stod(cost)},
        {"cost_text", cost},
        {"feasible", report.feasible},
        {"routes_used", report.routes_used},
        {"violations", std::move(violations)},
        {"routes", std::move(routes)},
        {"route_node_ids", std::move(node_ids)},
        {"schedules", std::move(schedules)},
    };
    if (instance.has_optional_clients()) {
        // The clients left out (their prizes are part of the cost), as indices like "routes".
        std::vector<char> served(static_cast<std::size_t>(instance.num_nodes()), 0);
        for (const Route& route : solution.routes)
            for (int client : route) served[static_cast<std::size_t>(client)] = 1;
        nlohmann::json unvisited = nlohmann::json::array();
        for (int client = instance.num_depots(); client < instance.num_nodes(); ++client)
            if (!served[static_cast<std::size_t>(client)]) unvisited.push_back(client);
        document["unvisited"] = std::move(unvisited);
    }
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
