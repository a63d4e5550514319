#include "routekit/roads/points_reader.hpp"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "io/json_support.hpp"
#include "routekit/io/read_instance.hpp"
#include "routekit/model/error.hpp"

namespace routekit::roads {

namespace {

std::vector<NamedPoint> parse_json_points(std::string_view text, const std::string& source) {
    const nlohmann::json root = io::parse_json(text, source);
    const nlohmann::json* list = &root;
    if (root.is_object() && root.contains("points")) list = &root["points"];
    if (!list->is_array())
        throw InputError(
            source, 1,
            "expected an array of points or {\"points\": [...]}, found " + root.dump().substr(0, 40));
    std::vector<NamedPoint> points;
    for (std::size_t k = 0; k < list->size(); ++k) {
        const nlohmann::json& entry = (*list)[k];
        const auto fail = [&](const std::string& expected) -> InputError {
            return InputError(source, 0,
                              "point " + std::to_string(k + 1) + ": expected " + expected + ", found " +
                                  entry.dump().substr(0, 60));
        };
        if (!entry.is_object()) throw fail("an object with id, lat and lon");
        const auto id = entry.find("id");
        const auto lat = entry.find("lat");
        const auto lon = entry.find("lon");
        if (id == entry.end() || !(id->is_string() || id->is_number_integer()))
            throw fail("an \"id\" (string or integer)");
        if (lat == entry.end() || !lat->is_number()) throw fail("a number \"lat\"");
        if (lon == entry.end() || !lon->is_number()) throw fail("a number \"lon\"");
        points.push_back({id->is_string() ? id->get<std::string>() : std::to_string(id->get<long long>()),
                          {lat->get<double>(), lon->get<double>()}});
    }
    return points;
}

std::vector<std::string_view> split_csv_line(std::string_view line) {
    std::vector<std::string_view> fields;
    while (true) {
        const std::size_t comma = line.find(',');
        std::string_view field = line.substr(0, comma);
        while (!field.empty() && (field.front() == ' ' || field.front() == '\t')) field.remove_prefix(1);
        while (!field.empty() && (field.back() == ' ' || field.back() == '\t' || field.back() == '\r'))
            field.remove_suffix(1);
        fields.push_back(field);
        if (comma == std::string_view::npos) return fields;
        line.remove_prefix(comma + 1);
    }
}

std::vector<NamedPoint> parse_csv_points(std::string_view text, const std::string& source) {
    std::vector<NamedPoint> points;
    std::optional<std::size_t> id_column, lat_column, lon_column;
    std::size_t columns = 0;
    int line_number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const std::vector<std::string_view> fields = split_csv_line(line);
        if (!id_column) {  // the header
            for (std::size_t c = 0; c < fields.size(); ++c) {
                if (fields[c] == "id") id_column = c;
                if (fields[c] == "lat") lat_column = c;
                if (fields[c] == "lon") lon_column = c;
            }
            if (!id_column || !lat_column || !lon_column)
                throw InputError(
                    source, line_number,
                    "expected a header naming the columns id, lat and lon, found " + std::string(line));
            columns = fields.size();
            continue;
        }
        if (fields.size() != columns)
            throw InputError(
                source, line_number,
                "expected " + std::to_string(columns) + " fields, found " + std::to_string(fields.size()));
        const auto number = [&](std::size_t column, const char* name) {
            const std::string_view field = fields[column];
            double value = 0;
            const auto [at, error] = std::from_chars(field.data(), field.data() + field.size(), value);
            if (error != std::errc() || at != field.data() + field.size())
                throw InputError(source, line_number,
                                 std::string("expected a number ") + name + ", found " + std::string(field));
            return value;
        };
        if (fields[*id_column].empty()) throw InputError(source, line_number, "expected an id, found none");
        points.push_back(
            {std::string(fields[*id_column]), {number(*lat_column, "lat"), number(*lon_column, "lon")}});
    }
    return points;
}

}  // namespace

std::vector<NamedPoint> parse_points(std::string_view text, const std::string& source) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const bool json = first != std::string_view::npos && (text[first] == '[' || text[first] == '{');
    std::vector<NamedPoint> points = json ? parse_json_points(text, source) : parse_csv_points(text, source);
    if (points.empty()) throw InputError(source, 0, "expected at least one point, found none");
    std::set<std::string_view> ids;
    for (const NamedPoint& point : points)
        if (!ids.insert(point.id).second)
            throw InputError(source, 0, "expected every point id once, found " + point.id + " twice");
    return points;
}

std::vector<NamedPoint> read_points(const std::string& path) {
    return parse_points(read_file(path), path);
}

}  // namespace routekit::roads
