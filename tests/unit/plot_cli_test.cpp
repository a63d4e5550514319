// `routekit plot INSTANCE SOLUTION -o routes.png|svg`: valid pictures, coordinates or MDS, clear errors.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

const std::string kCli = ROUTEKIT_CLI;
const std::string kInstances = ROUTEKIT_SOURCE_DIR "/instances/";

int run(const std::string& command) {
    const int status = std::system((command + " 2>/dev/null").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t found = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++found;
    return found;
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t k = 0; k < 4; ++k) value = value << 8 | static_cast<unsigned char>(bytes[at + k]);
    return value;
}

class PlotCli : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("routekit_plot_" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    std::filesystem::path dir_;
};

TEST_F(PlotCli, WritesAPngWithTheRequestedSize) {
    ASSERT_EQ(run(kCli + " plot " + kInstances + "X-n106-k14.vrp " + kInstances + "X-n106-k14.sol -o " +
                  path("x.png") + " --size 300"),
              0);
    const std::string png = slurp(path("x.png"));
    ASSERT_GT(png.size(), 33u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    EXPECT_EQ(big_endian(png, 16), 300u);  // width
    EXPECT_EQ(big_endian(png, 20), 300u);  // height
    EXPECT_EQ(png.substr(png.size() - 8, 4), "IEND");
}

TEST_F(PlotCli, WritesAnSvgWithOneLinePerRoute) {
    ASSERT_EQ(run(kCli + " plot " + kInstances + "X-n106-k14.vrp " + kInstances + "X-n106-k14.sol -o " +
                  path("x.svg")),
              0);
    const std::string svg = slurp(path("x.svg"));
    EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
    EXPECT_NE(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
    EXPECT_EQ(count(svg, "<polyline"), 14u);
    EXPECT_EQ(count(svg, "<circle"), 105u);  // every client once
    EXPECT_NE(svg.find("X-n106-k14: cost 26362, 14 routes</text>"), std::string::npos);
    EXPECT_NE(svg.rfind("</svg>"), std::string::npos);
}

TEST_F(PlotCli, EmbedsAMatrixWithoutCoordinates) {
    ASSERT_EQ(
        run(kCli + " plot " + kInstances + "E-n13-k4.vrp " + kInstances + "E-n13-k4.sol -o " + path("e.svg")),
        0);
    const std::string svg = slurp(path("e.svg"));
    EXPECT_NE(svg.find("(MDS embedding of the distances)"), std::string::npos);
    EXPECT_EQ(count(svg, "<polyline"), 4u);
}

TEST_F(PlotCli, RejectsAnUnknownPictureFormatBeforeReading) {
    EXPECT_EQ(
        run(kCli + " plot " + kInstances + "E-n13-k4.vrp " + kInstances + "E-n13-k4.sol -o " + path("e.gif")),
        2);
    EXPECT_FALSE(std::filesystem::exists(path("e.gif")));
    EXPECT_EQ(run(kCli + " plot " + kInstances + "E-n13-k4.vrp " + kInstances + "E-n13-k4.sol -o " +
                  path("no/such/dir.png")),
              2);
}

// `routekit plot --trace`: the best cost against time.
std::vector<std::pair<double, double>> polyline_points(const std::string& svg) {
    const std::string key = "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.8\" points=\"";
    const auto begin = svg.find(key);
    if (begin == std::string::npos) return {};
    std::istringstream points(
        svg.substr(begin + key.size(), svg.find('"', begin + key.size()) - begin - key.size()));
    std::vector<std::pair<double, double>> result;
    double x = 0, y = 0;
    char comma = 0;
    while (points >> x >> comma >> y) result.emplace_back(x, y);
    return result;
}

TEST_F(PlotCli, ConvergencePlotIsAStepLineDownToTheLastCost) {
    std::ofstream(path("run.csv")) << "seconds,cost\n0.02,130\n0.5,121.5\n3,100\n";
    ASSERT_EQ(run(kCli + " plot --trace " + path("run.csv") + " --best-known 95 -o " + path("c.svg")), 0);
    const std::string svg = slurp(path("c.svg"));
    EXPECT_NE(svg.find(">Best cost over time: run</text>"), std::string::npos);
    EXPECT_NE(svg.find(">best known 95</text>"), std::string::npos);
    for (const char* tick : {">0.01</text>", ">0.1</text>", ">1</text>", ">10</text>"})
        EXPECT_NE(svg.find(tick), std::string::npos) << tick;
    // Three samples: each holds its cost until the next (two corners each), then runs on to the end.
    const auto points = polyline_points(svg);
    ASSERT_EQ(points.size(), 6u) << svg;
    for (std::size_t k = 1; k < points.size(); ++k) {
        EXPECT_GE(points[k].first, points[k - 1].first);
        EXPECT_GE(points[k].second, points[k - 1].second);  // cost going down: y going down the page
        EXPECT_TRUE(points[k].first == points[k - 1].first || points[k].second == points[k - 1].second);
    }
    EXPECT_LT(points[0].second, points.back().second);
    // A PNG of the requested width, 5/8 of it high.
    ASSERT_EQ(run(kCli + " plot --trace " + path("run.csv") + " -o " + path("c.png") + " --size 400"), 0);
    const std::string png = slurp(path("c.png"));
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(big_endian(png, 16), 400u);
    EXPECT_EQ(big_endian(png, 20), 250u);
}

TEST_F(PlotCli, ConvergencePlotOfASolveTraceAndItsErrors) {
    ASSERT_EQ(run(kCli + " solve " + kInstances + "E-n13-k4.vrp --iterations 200 -q --trace " +
                  path("e13.csv") + " -o " + path("e13.sol")),
              0);
    ASSERT_EQ(run(kCli + " plot --trace " + path("e13.csv") + " --trace " + path("e13.csv") + " -o " +
                  path("two.svg")),
              0);
    EXPECT_EQ(count(slurp(path("two.svg")), "<polyline"), 2u);
    std::ofstream(path("bad.csv")) << "seconds,cost\n0.1,10\n0.05,9\n";
    const std::string bad = kCli + " plot --trace " + path("bad.csv") + " -o " + path("bad.svg");
    EXPECT_EQ(run(bad), 2);
    FILE* pipe = popen((bad + " 2>&1").c_str(), "r");
    char line[512] = {};
    ASSERT_TRUE(pipe && std::fgets(line, sizeof line, pipe));
    pclose(pipe);
    EXPECT_EQ(std::string(line),
              "routekit: error: " + path("bad.csv") + ":3: expected seconds not decreasing, found 0.05,9\n");
    EXPECT_EQ(run(kCli + " plot " + kInstances + "E-n13-k4.vrp --trace " + path("e13.csv") + " -o " +
                  path("x.svg")),
              2);
    EXPECT_EQ(run(kCli + " plot -o " + path("x.svg")), 2);
}

}  // namespace
