#pragma once
// What the acceptance tests over ../shared/instances share: the manifest CSV reader, the known solutions
// beside an instance, and the comparison of a checked solution with a published value.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"

namespace routekit::manifest {

namespace fs = std::filesystem;

using Row = std::map<std::string, std::string>;

// A CSV reader for the manifest: quoted fields may hold commas, doubled quotes and line breaks.
inline std::vector<Row> read_csv(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                records.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                records.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\n') {
            records.emplace_back(1);
        } else if (c != '\r') {
            records.back().back() += c;
        }
    }
    std::vector<Row> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() < records[0].size()) continue;  // the empty record after the last line break
        Row row;
        for (std::size_t k = 0; k < records[0].size(); ++k) row[records[0][k]] = records[r][k];
        rows.push_back(std::move(row));
    }
    return rows;
}

// "827.3" with 1 decimal kept -> 8273; "3468" -> 34680.
inline Cost decimal_to_fixed(const std::string& text, int decimals) {
    const std::size_t dot = text.find('.');
    std::string digits = text.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
    fraction.resize(static_cast<std::size_t>(decimals), '0');
    return std::stoll(digits + fraction);
}

inline int decimals_of(const std::string& text) {
    const std::size_t dot = text.find('.');
    return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

// The known solutions next to an instance: NAME.sol, NAME.opt.tour and NAME.<value>.tour (the ACVRP tours).
inline std::vector<fs::path> known_solutions(const fs::path& instance) {
    const std::string stem = instance.stem().string();
    const std::regex valued_tour(std::regex_replace(stem, std::regex(R"([.\-+])"), R"(\$&)") +
                                 R"(\.\d+\.tour)");
    std::vector<fs::path> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(instance.parent_path())) {
        const std::string name = entry.path().filename().string();
        if (name == stem + ".sol" || name == stem + ".opt.tour" || std::regex_match(name, valued_tour))
            found.push_back(entry.path());
    }
    return found;
}

// Checks `solution_path` reproduces `best_known`; returns a description of the mismatch, or "".
inline std::string check_known(const Instance& instance, const fs::path& solution_path,
                        const std::string& best_known) {
    const Solution solution = read_solution(solution_path.string(), instance);
    const CheckReport report = check_solution(instance, solution);
    if (!report.feasible) return "infeasible";
    Cost expected = 0, actual = report.cost;
    switch (instance.rounding()) {
        case Rounding::tsplib:
            expected = decimal_to_fixed(best_known, 0);
            break;
        case Rounding::trunc1:
            expected = decimal_to_fixed(best_known, 1);
            break;
        case Rounding::exact:
        case Rounding::milli: {
            // Compared after rounding to the decimals the published value is printed with; the objective's
            // own decimals (cost_decimals, PyVRP's HFVRP costs x100) shift the comparison too.
            const int decimals = decimals_of(best_known);
            const int stored_decimals = (instance.rounding() == Rounding::exact ? 7 : 3) + instance.cost_decimals();
            Cost unit = 1;
            for (int d = decimals; d < stored_decimals; ++d) unit *= 10;
            expected = decimal_to_fixed(best_known, decimals);
            actual = (report.cost + unit / 2) / unit;
            break;
        }
    }
    if (actual == expected) return "";
    return "cost " + format_objective(report.cost, instance) + " instead of " + best_known;
}

// The cost convention of a PyVRP manifest row: PyVRP's "exact" is each edge x1000, rounded (Routekit's
// milli); HFVRP's "exact" is unrounded distances.
inline Rounding rounding_of(const Row& row) {
    if (row.at("objective_note").find("fixed-point x1000") != std::string::npos) return Rounding::milli;
    return *parse_rounding(row.at("rounding"));
}

}  // namespace routekit::manifest
