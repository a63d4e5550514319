// A hand-made 5-node matrix written in each of the nine EDGE_WEIGHT_FORMATs must parse to the same matrix.
#include <gtest/gtest.h>

#include <functional>
#include <sstream>

#include "routekit/io/read_instance.hpp"

namespace routekit {
namespace {

constexpr int kN = 5;
using Matrix = std::vector<std::vector<Cost>>;

const Matrix kAsymmetric = {
    {0, 3, 14, 7, 9}, {4, 0, 6, 11, 2}, {13, 5, 0, 8, 10}, {6, 12, 9, 0, 1}, {8, 3, 11, 2, 0}};
// Symmetric, with a non-zero diagonal that every format listing the diagonal carries and the reader zeroes.
const Matrix kSymmetric = {
    {99, 3, 14, 7, 9}, {3, 99, 6, 11, 2}, {14, 6, 99, 8, 10}, {7, 11, 8, 99, 1}, {9, 2, 10, 1, 99}};

// Writes the entries (i, j) for which `listed` holds, row-major or column-major, four per line so that rows
// wrap across lines the way real files do.
std::string entries(const Matrix& m, bool by_column, const std::function<bool(int, int)>& listed) {
    std::ostringstream out;
    int count = 0;
    for (int a = 0; a < kN; ++a)
        for (int b = 0; b < kN; ++b) {
            const int i = by_column ? b : a, j = by_column ? a : b;
            if (!listed(i, j)) continue;
            out << m[i][j] << (++count % 4 == 0 ? "\n" : " ");
        }
    return out.str();
}

std::string tsplib_text(const std::string& format, const std::string& weights, int n = kN) {
    return "NAME : m\nTYPE : ATSP\nDIMENSION : " + std::to_string(n) +
           "\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : " + format + "\nEDGE_WEIGHT_SECTION\n" +
           weights + "\nEOF\n";
}

void expect_matrix(const Instance& instance, const Matrix& expected) {
    ASSERT_EQ(instance.num_nodes(), kN);
    for (int i = 0; i < kN; ++i)
        for (int j = 0; j < kN; ++j)
            EXPECT_EQ(instance.distance(i, j), i == j ? 0 : expected[i][j]) << "entry " << i << "," << j;
}

TEST(IoExplicitMatrix, FullMatrixKeepsAsymmetry) {
    const Instance instance = parse_tsplib(
        tsplib_text("FULL_MATRIX", entries(kAsymmetric, false, [](int, int) { return true; })), "m");
    expect_matrix(instance, kAsymmetric);
    EXPECT_FALSE(instance.distance_symmetric());
}

TEST(IoExplicitMatrix, AllTriangularFormatsGiveTheSameSymmetricMatrix) {
    struct Format {
        std::string name;
        bool by_column;
        std::function<bool(int, int)> listed;
    };
    const std::vector<Format> formats = {
        {"FULL_MATRIX", false, [](int, int) { return true; }},
        {"UPPER_ROW", false, [](int i, int j) { return j > i; }},
        {"LOWER_ROW", false, [](int i, int j) { return j < i; }},
        {"UPPER_DIAG_ROW", false, [](int i, int j) { return j >= i; }},
        {"LOWER_DIAG_ROW", false, [](int i, int j) { return j <= i; }},
        {"UPPER_COL", true, [](int i, int j) { return i < j; }},
        {"LOWER_COL", true, [](int i, int j) { return i > j; }},
        {"UPPER_DIAG_COL", true, [](int i, int j) { return i <= j; }},
        {"LOWER_DIAG_COL", true, [](int i, int j) { return i >= j; }},
    };
    for (const Format& format : formats) {
        SCOPED_TRACE(format.name);
        const Instance instance =
            parse_tsplib(tsplib_text(format.name, entries(kSymmetric, format.by_column, format.listed)), "m");
        expect_matrix(instance, kSymmetric);
        EXPECT_TRUE(instance.distance_symmetric());
    }
}

TEST(IoExplicitMatrix, LiteralLowerDiagRowAndUpperColText) {
    // 3 nodes: d(1,2)=5, d(1,3)=7, d(2,3)=3, written by hand.
    const Instance lower = parse_tsplib(tsplib_text("LOWER_DIAG_ROW", "0\n5 0\n7 3 0", 3), "m");
    const Instance upper = parse_tsplib(tsplib_text("UPPER_COL", "5 7 3", 3), "m");
    for (const Instance* instance : {&lower, &upper}) {
        EXPECT_EQ(instance->distance(0, 1), 5);
        EXPECT_EQ(instance->distance(2, 0), 7);
        EXPECT_EQ(instance->distance(1, 2), 3);
    }
}

}  // namespace
}  // namespace routekit
