#include <gtest/gtest.h>

#include "io/text_scanner.hpp"
#include "tests/unit/io_test_support.hpp"

namespace routekit {
namespace {

using io::TextScanner;

TEST(IoTextScanner, TracksLinesAcrossCrlfAndBlankLines) {
    TextScanner in("a b\r\n\r\n  c\r\nd", "f.txt");
    EXPECT_EQ(in.next_token(), "a");
    EXPECT_EQ(in.line(), 1);
    EXPECT_EQ(in.next_token(), "b");
    EXPECT_EQ(in.next_token(), "c");
    EXPECT_EQ(in.line(), 3);
    EXPECT_EQ(in.next_token(), "d");
    EXPECT_EQ(in.line(), 4);
    EXPECT_TRUE(in.at_end());
    EXPECT_EQ(in.next_token(), "");
}

TEST(IoTextScanner, KeywordsWithOrWithoutSpacesAroundTheColon) {
    TextScanner in("NAME: x\r\nTYPE :CVRP\nDIMENSION : 5 \n", "f");
    EXPECT_EQ(in.next_keyword(), "NAME");
    EXPECT_EQ(in.rest_of_line(), "x");
    EXPECT_EQ(in.next_keyword(), "TYPE");
    EXPECT_EQ(in.rest_of_line(), "CVRP");
    EXPECT_EQ(in.next_keyword(), "DIMENSION");
    EXPECT_EQ(in.rest_of_line(), "5");
    EXPECT_EQ(in.line(), 3);
}

TEST(IoTextScanner, ParsesNumbersStrictly) {
    EXPECT_EQ(io::parse_integer("42"), 42);
    EXPECT_EQ(io::parse_integer("+7"), 7);
    EXPECT_EQ(io::parse_integer("-1"), -1);
    EXPECT_EQ(io::parse_integer("12.0"), 12);
    EXPECT_FALSE(io::parse_integer("12.5"));
    EXPECT_FALSE(io::parse_integer("12abc"));
    EXPECT_FALSE(io::parse_integer(""));
    EXPECT_EQ(io::parse_real("2.5e1"), 25.0);
    EXPECT_FALSE(io::parse_real("nan"));
    EXPECT_FALSE(io::parse_real("inf"));
    EXPECT_FALSE(io::parse_real("1e999"));
    EXPECT_FALSE(io::parse_real("0x10"));
}

TEST(IoTextScanner, ErrorsNameFileLineExpectedAndFound) {
    TextScanner in("1\n2\nthree", "numbers.txt");
    in.next_integer("a number");
    in.next_integer("a number");
    EXPECT_TRUE(test::throws_input_error([&] { in.next_integer("a number"); },
                                         "numbers.txt:3: expected a number, found 'three'"));
    EXPECT_TRUE(test::throws_input_error([&] { in.next_integer("a number"); },
                                         "numbers.txt:3: expected a number, found end of file"));
}

TEST(IoTextScanner, DescribesUnprintableTokensSafely) {
    EXPECT_EQ(io::describe_token(std::string_view("a\x01z", 3)), "'a\\x01z'");
    EXPECT_EQ(io::describe_token(""), "end of file");
    EXPECT_EQ(io::describe_token(std::string(100, 'x')).size(), 2 + 40 + 3u);
}

}  // namespace
}  // namespace routekit
