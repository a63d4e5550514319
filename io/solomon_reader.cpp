// Solomon and Gehring-Homberger VRPTW files: a name line, "VEHICLE / NUMBER CAPACITY / n q", then
// "CUSTOMER", a header line and one row "id x y demand ready due service" per node, the depot first.
// Distances and travel times are the Euclidean distances, under trunc1 by default (the DIMACS / CVRPLIB
// convention: truncated to one decimal).
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
    if (fleet < 1 || fleet > io::kMaxDimension)
        in.fail("between 1 and 20000 vehicles", std::to_string(fleet));
    data.fleet = static_cast<int>(fleet);
    data.capacity = io::next_quantity(in, "the vehicle capacity");
    expect_word(in, "CUSTOMER");
    skip_words(in);

    std::vector<SolomonRow> rows;
    std::unordered_map<long long, int> seen;
    while (!in.at_end()) {
        rows.push_back(read_row(in));
        if (rows.size() > static_cast<std::size_t>(io::kMaxDimension))
            in.fail("at most 20000 customers", "more");
        if (!seen.emplace(rows.back().id, 0).second)
            in.fail("each customer number once", "customer " + std::to_string(rows.back().id) + " again");
    }
    if (rows.size() < 2)
        in.fail("the depot and at least one customer", std::to_string(rows.size()) + " rows");

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
    data.distance = io::coordinate_matrix(io::EdgeWeightType::euc_2d, data.coordinates, data.rounding);
    return io::make_instance(std::move(data), source);
}

}  // namespace routekit
