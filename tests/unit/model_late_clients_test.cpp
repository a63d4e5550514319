// Clients no vehicle can reach within their window, found before the search, on hand-made instances: nodes
// on a line, node i at 10*i, so that every travel time is 10 per step.
#include <gtest/gtest.h>

#include "routekit/model/checker.hpp"
#include "routekit/model/late_clients.hpp"
#include "routekit/solver/solve.hpp"
#include "tests/unit/cli_test_support.hpp"

namespace routekit {
namespace {

InstanceData line_with_windows(std::vector<TimeWindow> windows) {
    InstanceData data;
    data.name = "late-line";
    data.num_nodes = static_cast<int>(windows.size());
    for (int i = 0; i < data.num_nodes; ++i)
        for (int j = 0; j < data.num_nodes; ++j) data.distance.push_back(10 * std::abs(i - j));
    data.windows = std::move(windows);
    return data;
}

TEST(LateClients, AWindowClosingBeforeTheDirectArrivalIsLateInEverySolution) {
    // Client 1 closes at 5 but is 10 away; client 2 closes at 20, exactly when it can be reached.
    const Instance instance(line_with_windows({{0, 100}, {0, 5}, {0, 20}}));
    const std::vector<LateClient> late = clients_late_even_when_served_first(instance);
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].client, 1);
    EXPECT_EQ(late[0].earliest_arrival, 10);
    EXPECT_EQ(late[0].window_closes, 5);
    // And the search's best is late there, as the checker says by name.
    SolverParams params;
    params.iterations = 50;
    const Result result = solve(instance, params);
    const CheckReport report = check_solution(instance, result.solution);
    ASSERT_FALSE(report.feasible);
    EXPECT_NE(report.violations[0].message.find("client 1 late by 5, its window closes at 5"),
              std::string::npos)
        << report.violations[0].message;
}

TEST(LateClients, TheEarliestVehicleCountsAndOptionalClientsAreNotReported) {
    InstanceData data = line_with_windows({{0, 100}, {0, 15}, {0, 100}});
    VehicleType early, late_shift;
    early.count = late_shift.count = 1;
    late_shift.shift = {10, 100};
    data.vehicle_types = {early, late_shift};
    EXPECT_TRUE(clients_late_even_when_served_first(Instance(data)).empty());  // the early one makes it
    data.vehicle_types[0].allowed_clients = {2};  // ... unless it may not serve it
    const std::vector<LateClient> late = clients_late_even_when_served_first(Instance(data));
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].earliest_arrival, 20);
    data.required = {1, 0, 1};  // optional: it can stay unvisited
    EXPECT_TRUE(clients_late_even_when_served_first(Instance(data)).empty());
}

TEST(LateClients, AReleaseTimeDelaysTheDeparture) {
    InstanceData data = line_with_windows({{0, 100}, {0, 30}});
    data.release = {0, 25};
    const std::vector<LateClient> late = clients_late_even_when_served_first(Instance(data));
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].earliest_arrival, 35);
}

TEST(LateClients, TheCommandLineWarnsBeforeTheSearch) {
    const std::string path = ::testing::TempDir() + "late-clients.json";
    std::ofstream(path) << R"({"name": "late", "distance_matrix": [[0, 10, 20], [10, 0, 10], [20, 10, 0]],
        "demands": [0, 1, 1], "capacity": 5, "vehicles": 2, "time_windows": [[0, 100], [0, 5], [0, 100]]})";
    const test::CliRun run = test::run_cli("solve " + path + " --iterations 5");
    EXPECT_EQ(run.exit_code, 1);  // infeasible
    EXPECT_NE(
        run.output.find("routekit: warning: " + path +
                        ": client 1 cannot be served on time: its window closes at 5, the earliest direct "
                        "arrival from a depot is 10"),
        std::string::npos)
        << run.output;
}

}  // namespace
}  // namespace routekit
