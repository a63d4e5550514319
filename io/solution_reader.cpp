// Reading solutions: CVRPLIB .sol ("Route #1: 3 5 2", clients as internal indices 1..n-1), TSPLIB .tour
// (TOUR_SECTION of file ids; the depot id and ids above DIMENSION split routes) and JSON.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "io/json_support.hpp"
#include "io/text_scanner.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/error.hpp"

namespace routekit {

namespace {

using io::TextScanner;

SolutionFormat detect_solution_format(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '{') return SolutionFormat::json;
    if (text.find("TOUR_SECTION") != std::string_view::npos) return SolutionFormat::tour;
    return SolutionFormat::sol;
}

// Whether `node` may stand in a route: a client, or a depot where some vehicle reloads (a "0" inside a
// PyVRP multi-trip route). What the readers expect instead, when it may not.
std::optional<std::string> visit_problem(long long node, const Instance& instance) {
    const int first = instance.num_depots();
    if (node >= 0 && node < first) {
        for (const VehicleType& type : instance.vehicle_types())
            for (int depot : type.reload_depots)
                if (depot == node) return std::nullopt;
    }
    if (node >= first && node < instance.num_nodes()) return std::nullopt;
    return "a client number between " + std::to_string(first) + " and " +
           std::to_string(instance.num_nodes() - 1);
}

int checked_client(TextScanner& in, std::string_view token, const Instance& instance) {
    const std::optional<long long> client = io::parse_integer(token);
    if (!client) in.fail_token("a client number", token);
    if (const auto expected = visit_problem(*client, instance)) in.fail(*expected, std::to_string(*client));
    return static_cast<int>(*client);
}

// "Route #1: 3 5 2", "Route 1 : 3 5 2"; other lines ("Cost 1406", "Instance name : ...") say nothing
// about the routes.
Solution parse_sol(std::string_view text, const std::string& source, const Instance& instance) {
    TextScanner in(text, source);
    Solution solution;
    bool any_route = false;
    while (std::optional<std::string_view> line = in.next_nonblank_line()) {
        TextScanner words(*line, source, in.line());
        if (words.next_token() != "Route") continue;
        any_route = true;
        // The route's number ends at the ':'.
        const std::size_t colon = line->find(':');
        if (colon == std::string_view::npos)
            words.fail("'Route <number>: clients'", io::describe_token(*line));
        TextScanner clients(line->substr(colon + 1), source, in.line());
        Route route;
        while (!clients.at_end()) route.push_back(checked_client(clients, clients.next_token(), instance));
        solution.routes.push_back(std::move(route));
    }
    if (!any_route) in.fail("'Route #k: ...' lines", "none");
    return solution;
}

// LKH solves an asymmetric instance through a symmetric transformation and may write the tour backwards
// (3 of the 32 Fischetti-Toth-Vigo ACVRP tours, e.g. A048-10f.3325.tour read forwards costs 5243). A tour
// file does not say its direction, so on an asymmetric instance the cheaper direction is the one meant.
Solution cheaper_direction(const Instance& instance, Solution solution) {
    if (instance.distance_symmetric()) return solution;
    Solution reversed = solution;
    std::reverse(reversed.routes.begin(), reversed.routes.end());
    for (Route& route : reversed.routes) std::reverse(route.begin(), route.end());
    return solution_distance(instance, reversed) < solution_distance(instance, solution) ? reversed
                                                                                         : solution;
}

// Splits a TSPLIB tour at its depot copies. The tour is a cycle, so it is rotated to start at a depot copy.
Solution parse_tour(std::string_view text, const std::string& source, const Instance& instance) {
    TextScanner in(text, source);
    while (true) {
        const std::string_view key = in.next_keyword();
        if (key.empty()) in.fail("TOUR_SECTION", "end of file");
        if (key == "TOUR_SECTION") break;
        in.rest_of_line();
    }
    std::unordered_map<long long, int> index_of;
    for (int i = 0; i < instance.num_nodes(); ++i) index_of.emplace(instance.node_id(i), i);
    const long long dimension = instance.dimension_in_file();
    const long long max_copy = dimension + instance.num_nodes();  // room for one route per client

    std::vector<int> cycle;  // internal indices, 0 for every depot copy
    std::vector<char> seen(static_cast<std::size_t>(instance.num_nodes()), 0);
    while (true) {
        const std::string_view token = in.next_token();
        if (token.empty() || token == "EOF") break;  // a tour without its "-1" still ends here
        const std::optional<long long> id = io::parse_integer(token);
        if (!id) in.fail_token("a node id or -1 in TOUR_SECTION", token);
        if (*id == -1) break;
        const auto found = index_of.find(*id);
        int node = 0;
        if (found != index_of.end()) {
            node = found->second;
        } else if (instance.single_vehicle() || *id <= dimension || *id > max_copy) {
            in.fail("a node id of the instance", std::to_string(*id));
        }
        if (node != 0) {
            if (seen[static_cast<std::size_t>(node)])
                in.fail("each node once in the tour", "id " + std::to_string(*id) + " again");
            seen[static_cast<std::size_t>(node)] = 1;
        }
        cycle.push_back(node);
    }
    Solution solution;
    const auto start = std::find(cycle.begin(), cycle.end(), 0);
    if (start == cycle.end()) {
        // No depot in the tour: only a TSP tour may leave it out (an instance whose tour lists clients only).
        if (!cycle.empty()) solution.routes.push_back(cycle);
        return solution;
    }
    std::rotate(cycle.begin(), start, cycle.end());
    for (int node : cycle) {
        if (node == 0) {
            solution.routes.emplace_back();
        } else {
            solution.routes.back().push_back(node);
        }
    }
    solution.remove_empty_routes();
    return cheaper_direction(instance, std::move(solution));
}

Solution parse_json_solution(std::string_view text, const std::string& source, const Instance& instance) {
    const io::JsonDocument doc(text, source);
    const nlohmann::json* routes = doc.member("routes");
    if (!routes) throw InputError(source, 1, "expected \"routes\", found none");
    Solution solution;
    for (const nlohmann::json& route : doc.array("routes", *routes)) {
        // A route is an array of clients, or an object holding one as "clients".
        const nlohmann::json* clients = &route;
        if (route.is_object()) {
            const auto found = route.find("clients");
            if (found == route.end()) doc.fail("routes", "a route with \"clients\"", route);
            clients = &*found;
        }
        Route visits;
        for (const nlohmann::json& client : doc.array("routes", *clients)) {
            const long long node = doc.integer("routes", client, 0, instance.num_nodes() - 1);
            if (const auto expected = visit_problem(node, instance)) doc.fail("routes", *expected, client);
            visits.push_back(static_cast<int>(node));
        }
        solution.routes.push_back(std::move(visits));
    }
    return solution;
}

// Whether `stated`, printed with `decimals` decimals, is `computed` (stored units) rounded to that precision.
// PyVRP prints its objective as the stored integer itself ("Cost 245391" for 24539.1): that reads too.
bool same_cost(double stated, int decimals, Cost computed, const Instance& instance) {
    if (decimals == 0 && stated == static_cast<double>(computed)) return true;
    double scale = static_cast<double>(scale_of(instance.rounding()));
    for (int shift = 0; shift < instance.cost_decimals(); ++shift) scale *= 10;
    const double half_unit = std::max(0.5, 0.5 * scale / std::pow(10.0, decimals));
    return std::abs(stated * scale - static_cast<double>(computed)) <=
           half_unit + 1e-12 * std::abs(static_cast<double>(computed));
}

int decimals_of(std::string_view number) {
    const std::size_t point = number.find('.');
    if (point == std::string_view::npos) return 0;
    std::size_t end = point + 1;
    while (end < number.size() && number[end] >= '0' && number[end] <= '9') ++end;
    return static_cast<int>(end - point - 1);
}

[[noreturn]] void wrong_cost(const std::string& source, int line, const Instance& instance, Cost computed,
                             std::string_view stated) {
    throw InputError(source, line,
                     "expected Cost " + format_objective(computed, instance) +
                         " (the distance of the routes under --rounding " +
                         std::string(to_string(instance.rounding())) + "), found " + std::string(stated));
}

// LKH-3 states a solution's cost in its file name only, NAME.COST.sol (X-n573-k30.50718.sol); nullopt for
// any other name, or one whose NAME is not the instance's (a cost cannot be told from a name like C1.2.sol).
std::optional<std::string> cost_in_file_name(const std::string& source, const Instance& instance) {
    std::string_view name(source);
    if (const std::size_t slash = name.find_last_of("/\\"); slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    if (!name.ends_with(".sol")) return std::nullopt;
    name.remove_suffix(4);
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos || name.substr(0, dot) != instance.name()) return std::nullopt;
    const std::string_view cost = name.substr(dot + 1);
    if (!io::parse_real(cost)) return std::nullopt;
    return std::string(cost);
}

}  // namespace

void check_stated_cost(std::string_view text, const std::string& source, const Instance& instance,
                       Cost computed) {
    switch (detect_solution_format(text)) {
        case SolutionFormat::tour:
            return;
        case SolutionFormat::json: {
            const io::JsonDocument doc(text, source);
            std::string stated;
            if (const nlohmann::json* value = doc.member("cost_text"); value && value->is_string())
                stated = value->get<std::string>();
            else if (const nlohmann::json* number = doc.member("cost"); number && number->is_number())
                stated = number->dump();
            else
                return;
            const std::optional<double> value = io::parse_real(stated);
            if (!value) doc.fail_found("cost_text", "a number", stated);
            if (!same_cost(*value, decimals_of(stated), computed, instance))
                wrong_cost(source, doc.line_of(doc.member("cost_text") ? "cost_text" : "cost"), instance,
                           computed, stated);
            return;
        }
        case SolutionFormat::sol:
            break;
    }
    TextScanner in(text, source);
    bool stated = false;
    while (std::optional<std::string_view> line = in.next_nonblank_line()) {
        TextScanner words(*line, source, in.line());
        if (words.next_token() != "Cost") continue;
        stated = true;
        const std::string_view token = words.next_token();
        const std::optional<double> value = io::parse_real(token);
        if (!value) words.fail_token("a number after Cost", token);
        if (!same_cost(*value, decimals_of(token), computed, instance))
            wrong_cost(source, in.line(), instance, computed, token);
    }
    if (stated) return;
    if (const std::optional<std::string> cost = cost_in_file_name(source, instance)) {
        if (!same_cost(*io::parse_real(*cost), decimals_of(*cost), computed, instance))
            wrong_cost(source, 1, instance, computed, *cost + " in the file name (LKH-3's NAME.COST.sol)");
    }
}

std::optional<SolutionFormat> parse_solution_format(std::string_view text) {
    if (text == "sol") return SolutionFormat::sol;
    if (text == "tour") return SolutionFormat::tour;
    if (text == "json") return SolutionFormat::json;
    return std::nullopt;
}

Solution parse_solution(std::string_view text, const std::string& source, const Instance& instance) {
    try {
        switch (detect_solution_format(text)) {
            case SolutionFormat::json:
                return parse_json_solution(text, source, instance);
            case SolutionFormat::tour:
                return parse_tour(text, source, instance);
            case SolutionFormat::sol:
                break;
        }
        return parse_sol(text, source, instance);
    } catch (const nlohmann::json::exception& error) {
        throw InputError(source, 0, std::string("expected a valid solution document, found ") + error.what());
    }
}

Solution read_solution(const std::string& path, const Instance& instance) {
    const std::string text = read_file(path);
    return parse_solution(text, path, instance);
}

}  // namespace routekit
