// Solomon and Gehring-Homberger VRPTW files: a name line, "VEHICLE / NUMBER CAPACITY / n q", then
// "CUSTOMER", a header line and one row "id x y demand ready due service" per node, the depot first.
// Distances and travel times are the Euclidean distances, under trunc1 by default (the DIMACS / CVRPLIB
// convention: truncated to one decimal).
#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "io/reader_common.hpp"
#include "io/tsplib_distances.hpp"
#include "routekit/io/read_instance.hpp"

namespace routekit {

namespace {

using io::TextScanner;

struct SolomonRow {
    long long id = 0;
    Point point;
    long long demand = 0;
    double ready = 0;
    double due = 0;
    double service = 0;
    int line = 0;
};

// Skips header words ("NUMBER", "CUST NO.", ...) up to the first number.
void skip_words(TextScanner& in) {
    while (!in.at_end() && !io::parse_real(in.peek_token())) in.next_token();
}

void expect_word(TextScanner& in, std::string_view word) {
    const std::string_view token = in.next_token();
    if (token != word) in.fail_token("'" + std::string(word) + "'", token);
}

SolomonRow read_row(TextScanner& in) {
    SolomonRow row;
    row.id = in.next_integer("a customer number");
    row.line = in.line();
    row.point.x = io::next_bounded_real(in, "an x coordinate", true);
    row.point.y = io::next_bounded_real(in, "a y coordinate", true);
    row.demand = io::next_quantity(in, "a demand");
    row.ready = io::next_bounded_real(in, "a ready time");
    row.due = io::next_bounded_real(in, "a due date");
    if (row.ready > row.due) in.fail("a ready time <= the due date", "a due date before the ready time");
    row.service = io::next_bounded_real(in, "a service time");
    return row;
}

// The customer count a standard instance name states: C101..RC208 (Solomon) 100, C1_2_1..RC2_10_10
// (Gehring-Homberger) 100 times the middle number; nullopt for any other name.
std::optional<std::size_t> customers_in_name(const std::string& name) {
    std::string upper;
    for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    while (!upper.empty() && std::isspace(static_cast<unsigned char>(upper.back()))) upper.pop_back();
    std::size_t at = upper.starts_with("RC") ? 2 : (upper.starts_with("C") || upper.starts_with("R")) ? 1 : 0;
    if (at == 0 || at >= upper.size() || (upper[at] != '1' && upper[at] != '2')) return std::nullopt;
    const std::string_view rest = std::string_view(upper).substr(at + 1);
    const auto digits = [](std::string_view text) {
        return !text.empty() && text.size() <= 3 &&
               std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (rest.size() == 2 && digits(rest)) return 100;
    if (rest.size() < 4 || rest[0] != '_') return std::nullopt;
    const std::size_t second = rest.find('_', 1);
    if (second == std::string_view::npos) return std::nullopt;
    const std::string_view size = rest.substr(1, second - 1);
    if (!digits(size) || !digits(rest.substr(second + 1))) return std::nullopt;
    return static_cast<std::size_t>(std::stoi(std::string(size))) * 100;
}

}  // namespace

Instance parse_solomon(std::string_view text, const std::string& source, const ReadOptions& options) {
    TextScanner in(text, source);
    InstanceData data;
    data.kind = ProblemKind::vrptw;
    data.rounding = options.rounding.value_or(Rounding::trunc1);
    const std::optional<std::string_view> name = in.next_nonblank_line();
    if (!name) in.fail("an instance name", "end of file");
    data.name = std::string(*name);

    expect_word(in, "VEHICLE");
    skip_words(in);
    const long long fleet = io::next_quantity(in, "the number of vehicles");
    if (fleet < 1 || fleet > io::kMaxNodes)
        in.fail("between 1 and " + std::to_string(io::kMaxNodes) + " vehicles", std::to_string(fleet));
    data.fleet = static_cast<int>(fleet);
    data.capacity = io::next_quantity(in, "the vehicle capacity");
    expect_word(in, "CUSTOMER");
    skip_words(in);

    std::vector<SolomonRow> rows;
    std::unordered_map<long long, int> seen;
    while (!in.at_end()) {
        rows.push_back(read_row(in));
        if (rows.size() > static_cast<std::size_t>(io::kMaxNodes))
            in.fail("at most " + std::to_string(io::kMaxNodes) + " customers", "more");
        if (!seen.emplace(rows.back().id, 0).second)
            in.fail("each customer number once", "customer " + std::to_string(rows.back().id) + " again");
    }
    if (rows.size() < 2)
        in.fail("the depot and at least one customer", std::to_string(rows.size()) + " rows");
    // The format states no size, so a file cut at a line boundary would read as a smaller instance. The
    // customers are numbered 0, 1, 2, ... in every published file, and the standard names state the size
    // (Solomon's C101..RC208: 100 customers; Gehring-Homberger's C1_2_1: 2 x 100): both are checked.
    for (std::size_t k = 0; k < rows.size(); ++k) {
        if (rows[k].id != static_cast<long long>(k)) {
            TextScanner at(std::string_view(), source, rows[k].line);
            at.fail("customer number " + std::to_string(k) + " (rows numbered 0, 1, 2, ...)",
                    std::to_string(rows[k].id));
        }
    }
    if (const std::optional<std::size_t> customers = customers_in_name(data.name);
        customers && *customers + 1 != rows.size()) {
        in.fail(std::to_string(*customers) + " customers after the depot, as the name " + data.name +
                    " says (is the file cut short?)",
                std::to_string(rows.size() - 1));
    }

    const auto n = rows.size();
    data.num_nodes = static_cast<int>(n);
    for (const SolomonRow& row : rows) {
        TextScanner at(std::string_view(), source, row.line);
        if (&row == &rows.front() && row.demand != 0)
            at.fail("demand 0 at the depot", std::to_string(row.demand));
        if (row.demand > data.capacity)
            at.fail("a demand within the capacity " + std::to_string(data.capacity),
                    std::to_string(row.demand));
        data.node_ids.push_back(row.id);
        data.coordinates.push_back(row.point);
        data.demand.push_back(row.demand);
        data.service.push_back(to_fixed(row.service, data.rounding));
        data.windows.push_back({to_fixed(row.ready, data.rounding), to_fixed(row.due, data.rounding)});
    }
    data.distance_function = DistanceFunction::euc_2d;
    return io::make_instance(std::move(data), source);
}

}  // namespace routekit
