// A file of any format written as JSON (write_json_instance, `routekit convert --to json`) reads back to the
// same instance: the smallest instance of each PyVRP family (../shared/instances/pyvrp) and the shipped
// classic ones. Each family's shipped .sol, written as a JSON solution, reads back to the same routes and
// its stated cost checks.
#include <gtest/gtest.h>

#include <sstream>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/io/write_instance.hpp"
#include "routekit/model/checker.hpp"
#include "tests/unit/io_manifest_support.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;

Instance through_json(const Instance& instance) {
    std::ostringstream out;
    write_json_instance(out, instance);
    return parse_json_instance(out.str(), instance.name() + ".json");
}

void expect_same_instance(const Instance& a, const Instance& b) {
    EXPECT_EQ(a.name(), b.name());
    EXPECT_EQ(a.kind(), b.kind());
    EXPECT_EQ(a.rounding(), b.rounding());
    ASSERT_EQ(a.num_nodes(), b.num_nodes());
    EXPECT_EQ(a.num_depots(), b.num_depots());
    const int n = a.num_nodes();
    int different_arcs = 0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            different_arcs += a.distance(i, j) != b.distance(i, j) || a.duration(i, j) != b.duration(i, j);
    EXPECT_EQ(different_arcs, 0);
    for (int i = 0; i < n; ++i) {
        SCOPED_TRACE("node " + std::to_string(i));
        EXPECT_EQ(a.node_id(i), b.node_id(i));
        EXPECT_EQ(a.demand(i), b.demand(i));
        EXPECT_EQ(a.service(i), b.service(i));
        EXPECT_EQ(a.window(i), b.window(i));
        EXPECT_EQ(a.pickup(i), b.pickup(i));
        EXPECT_EQ(a.delivery_load(i), b.delivery_load(i));
        EXPECT_EQ(a.pickup_load(i), b.pickup_load(i));
        EXPECT_EQ(a.prize(i), b.prize(i));
        EXPECT_EQ(a.required(i), b.required(i));
        EXPECT_EQ(a.release(i), b.release(i));
        if (a.has_coordinates() && i < static_cast<int>(a.coordinates().size())) {
            EXPECT_EQ(a.coordinates()[static_cast<std::size_t>(i)].x,
                      b.coordinates()[static_cast<std::size_t>(i)].x);
            EXPECT_EQ(a.coordinates()[static_cast<std::size_t>(i)].y,
                      b.coordinates()[static_cast<std::size_t>(i)].y);
        }
    }
    EXPECT_EQ(a.has_coordinates(), b.has_coordinates());
    EXPECT_EQ(a.load_dimensions(), b.load_dimensions());
    EXPECT_EQ(a.capacity(), b.capacity());
    EXPECT_EQ(a.fleet(), b.fleet());
    EXPECT_EQ(a.max_route_duration(), b.max_route_duration());
    EXPECT_EQ(a.vehicle_types(), b.vehicle_types());
    EXPECT_EQ(a.backhaul_order(), b.backhaul_order());
    EXPECT_EQ(a.groups(), b.groups());
    EXPECT_EQ(a.cost_decimals(), b.cost_decimals());
    EXPECT_EQ(a.rich_features(), b.rich_features());
}

TEST(IoJsonRoundTrip, ShippedInstancesReadBackTheSame) {
    for (const char* name :
         {"E-n13-k4.vrp", "X110-HD.vrp", "C102.txt", "br17.atsp", "A034-02f.vrp", "berlin52.tsp"}) {
        SCOPED_TRACE(name);
        const Instance instance = read_instance(std::string(ROUTEKIT_SOURCE_DIR) + "/instances/" + name);
        expect_same_instance(instance, through_json(instance));
    }
}

TEST(IoJsonRoundTrip, EachPyvrpFamilyReadsBackTheSameAndItsSolutionChecks) {
    const fs::path root = fs::path(ROUTEKIT_SHARED_DIR) / "instances" / "pyvrp";
    const std::vector<manifest::Row> rows = manifest::read_csv(root / "manifest.csv");
    ASSERT_FALSE(rows.empty()) << root;
    // The smallest row of each family with a variant.
    std::map<std::string, const manifest::Row*> smallest;
    for (const manifest::Row& row : rows) {
        const std::string& set = row.at("set");
        if (set == "PyVRP-XXL" || set == "PyVRP-TSP" || set == "PyVRP-VRPTW-GH1000") continue;
        const auto [at, added] = smallest.emplace(set, &row);
        if (!added && std::stoi(row.at("n_nodes")) < std::stoi(at->second->at("n_nodes"))) at->second = &row;
    }
    EXPECT_EQ(smallest.size(), 7u);
    for (const auto& [set, row] : smallest) {
        SCOPED_TRACE(row->at("path"));
        ReadOptions options;
        options.rounding = manifest::rounding_of(*row);
        const fs::path path = root / row->at("path");
        const Instance instance = read_instance(path.string(), options);
        EXPECT_FALSE(instance.rich_features().empty());
        const Instance back = through_json(instance);
        expect_same_instance(instance, back);

        const fs::path sol = path.parent_path() / (path.stem().string() + ".sol");
        const Solution solution = read_solution(sol.string(), instance);
        const CheckReport report = check_solution(instance, solution);
        EXPECT_TRUE(report.feasible);
        std::ostringstream out;
        write_solution(out, back, solution, SolutionFormat::json);
        const Solution reread = parse_solution(out.str(), "written.json", back);
        Solution expected = solution;
        while (!expected.routes.empty() && expected.routes.back().empty()) expected.routes.pop_back();
        if (instance.vehicle_types().size() == 1) expected.remove_empty_routes();
        EXPECT_EQ(reread, expected);
        const CheckReport again = check_solution(back, reread);
        EXPECT_TRUE(again.feasible);
        EXPECT_EQ(again.cost, report.cost);
        EXPECT_NO_THROW(check_stated_cost(out.str(), "written.json", back, again.cost));
    }
}

}  // namespace
}  // namespace routekit
