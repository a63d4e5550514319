// `routekit plot INSTANCE SOLUTION -o routes.png|svg`: valid pictures, coordinates or MDS, clear errors.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace
