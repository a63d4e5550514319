// Acceptance over ../shared/instances: every manifest file reads with the stated size, and every shipped
// known solution is feasible with exactly its published value under the manifest's rounding. Each file is
// read once.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "tests/unit/io_manifest_support.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;
using namespace routekit::manifest;

// Published values that do not reproduce, with the reason found. Li_21.sol prints 16212.82548; its routes sum
// to 16212.825563 in double precision (16212.82557 to 5 decimals): the published figure carries a rounding
// error of 8.3e-5 from the code that produced it, whatever the convention.
const std::map<std::string, std::string> kKnownMismatches = {
    {"Li_21.sol", "cost 16212.8255653 instead of 16212.82548"}};

TEST(IoAcceptance, EveryManifestInstanceReadsAndEveryKnownSolutionReproduces) {
    const fs::path root = fs::path(ROUTEKIT_SHARED_DIR) / "instances";
    if (!fs::exists(root / "manifest.csv")) GTEST_SKIP() << "no " << root << "/manifest.csv";
    const std::vector<Row> rows = read_csv(root / "manifest.csv");
    EXPECT_EQ(rows.size(), 385u);
    int solutions_checked = 0;
    for (const Row& row : rows) {
        SCOPED_TRACE(row.at("path"));
        const fs::path path = root / row.at("path");
        ReadOptions options;
        options.rounding = parse_rounding(row.at("rounding"));
        ASSERT_TRUE(options.rounding) << row.at("rounding");
        const Instance instance = read_instance(path.string(), options);
        // Its FIXED_EDGES_SECTION: the edge 1-214, kept (nodes 0 and 213).
        if (row.at("name") == "linhp318") {
            EXPECT_EQ(instance.fixed_edges(), (std::vector<FixedEdge>{{0, 213}}));
        }
        const int n = std::stoi(row.at("n_nodes"));
        EXPECT_EQ(instance.num_nodes(), n);
        EXPECT_EQ(instance.dimension_in_file(), n);
        if (row.at("best_known").empty()) continue;
        for (const fs::path& solution : known_solutions(path)) {
            SCOPED_TRACE(solution.filename().string());
            const auto known = kKnownMismatches.find(solution.filename().string());
            EXPECT_EQ(check_known(instance, solution, row.at("best_known")),
                      known == kKnownMismatches.end() ? "" : known->second);
            ++solutions_checked;
        }
    }
    // 31 TSPLIB tours, 32 ACVRP tours, 75 X, 42 Solomon, 19 A/B/E/F/M/P and 7 peer solutions.
    EXPECT_EQ(solutions_checked, 206);
}

// The SINTEF solutions of the Gehring-Homberger instances are the hierarchical best knowns (fewest vehicles,
// then distance), published to 4 decimals of real-valued Euclidean distances: they reproduce under `exact`.
TEST(IoAcceptance, GehringHombergerSintefSolutionsReproduceUnderExact) {
    const fs::path folder = fs::path(ROUTEKIT_SHARED_DIR) / "instances" / "vrptw" / "gehring_homberger";
    if (!fs::exists(folder / "bks.csv")) GTEST_SKIP() << "no " << folder << "/bks.csv";
    ReadOptions exact;
    exact.rounding = Rounding::exact;
    int checked = 0;
    for (const Row& row : read_csv(folder / "bks.csv")) {
        const fs::path solution = folder / (row.at("name") + ".sintef.sol");
        if (!fs::exists(solution)) continue;
        SCOPED_TRACE(row.at("name"));
        const Instance instance = read_instance((folder / (row.at("name") + ".txt")).string(), exact);
        EXPECT_EQ(check_known(instance, solution, row.at("bks_distance_hier")), "");
        EXPECT_EQ(check_solution(instance, read_solution(solution.string(), instance)).routes_used,
                  std::stoi(row.at("bks_vehicles_hier")));
        ++checked;
    }
    EXPECT_EQ(checked, 12);
}

}  // namespace
}  // namespace routekit
