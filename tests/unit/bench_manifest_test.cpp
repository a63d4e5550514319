#include <gtest/gtest.h>

#include <filesystem>

#include "apps/routekit/bench_manifest.hpp"
#include "routekit/model/error.hpp"

namespace routekit::cli {
namespace {

std::vector<std::vector<std::string>> fields_of(const std::vector<CsvRow>& rows) {
    std::vector<std::vector<std::string>> fields;
    for (const CsvRow& row : rows) fields.push_back(row.fields);
    return fields;
}

TEST(BenchCsv, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
    const std::vector<CsvRow> rows =
        parse_csv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n", "test.csv");
    EXPECT_EQ(fields_of(rows), (std::vector<std::vector<std::string>>{
                                   {"a", "b", "c"}, {"1", "x, y", "say \"hi\""}, {"2", "two\nlines", ""}}));
    EXPECT_EQ(rows[1].line, 2);
    EXPECT_EQ(rows[2].line, 3);
}

TEST(BenchCsv, AcceptsCrlfSkipsEmptyLinesAndKeepsEmptyFields) {
    const std::vector<CsvRow> rows = parse_csv("a,b\r\n\r\n,\r\n\"q\",z", "test.csv");
    EXPECT_EQ(fields_of(rows), (std::vector<std::vector<std::string>>{{"a", "b"}, {"", ""}, {"q", "z"}}));
    EXPECT_EQ(rows[1].line, 3);
}

TEST(BenchCsv, RejectsUnterminatedQuoteAndTextAfterClosingQuote) {
    try {
        parse_csv("a,b\n1,\"open\n2,3\n", "bad.csv");
        FAIL() << "an unterminated quote must throw";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "bad.csv");
        EXPECT_EQ(e.line(), 2);
    }
    EXPECT_THROW(parse_csv("\"a\"b,c\n", "bad.csv"), InputError);
}

const char* kManifest =
    "set,name,path,problem,n_nodes,best_known,is_optimal,rounding,objective_note\n"
    "CVRPLIB-E,E-n13-k4,cvrp/E-n13-k4.vrp,CVRP,13,247,yes,tsplib,\"distance, EXPLICIT\"\n"
    "Solomon,C102,/abs/C102.txt,VRPTW,101,827.3,yes,trunc1,\"\"\"quoted\"\", note\"\n"
    "Belgium-road,b50,road/b50.vrp,CVRP,50,,unknown,exact,n\n";

TEST(BenchManifest, ReadsColumnsByNameAndResolvesPaths) {
    const std::vector<ManifestEntry> entries = parse_manifest(kManifest, "manifest.csv", "/data");
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].set, "CVRPLIB-E");
    EXPECT_EQ(entries[0].name, "E-n13-k4");
    EXPECT_EQ(entries[0].path, "/data/cvrp/E-n13-k4.vrp");
    EXPECT_EQ(entries[0].problem, "CVRP");
    EXPECT_EQ(entries[0].n_nodes, 13);
    EXPECT_EQ(entries[0].best_known, "247");
    EXPECT_EQ(entries[0].best_known_value, 247.0);
    EXPECT_EQ(entries[0].rounding, Rounding::tsplib);
    EXPECT_EQ(entries[1].path, "/abs/C102.txt");
    EXPECT_EQ(entries[1].best_known_value, 827.3);
    EXPECT_EQ(entries[1].rounding, Rounding::trunc1);
    EXPECT_EQ(entries[2].best_known, "");
    EXPECT_FALSE(entries[2].best_known_value);
    EXPECT_EQ(entries[2].rounding, Rounding::exact);
    EXPECT_EQ(entries[2].line, 4);
}

TEST(BenchManifest, OnlySetNameAndPathAreRequired) {
    const std::vector<ManifestEntry> entries = parse_manifest("path,name,set\na.vrp,a,S\n", "m.csv", "");
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].path, "a.vrp");
    EXPECT_EQ(entries[0].set, "S");
    EXPECT_FALSE(entries[0].best_known_value);
    EXPECT_FALSE(entries[0].rounding);
    EXPECT_THROW(parse_manifest("set,name\nS,a\n", "m.csv", ""), InputError);
}

TEST(BenchManifest, NamesTheLineOfAMalformedRow) {
    const auto line_of_error = [](const std::string& text) {
        try {
            parse_manifest(text, "m.csv", "");
        } catch (const InputError& e) {
            return e.line();
        }
        return -1;
    };
    EXPECT_EQ(line_of_error("set,name,path,best_known\nS,a,a.vrp,1\nS,b,b.vrp\n"), 3);  // a field short
    EXPECT_EQ(line_of_error("set,name,path,best_known\nS,a,a.vrp,12x\n"), 2);
    EXPECT_EQ(line_of_error("set,name,path,rounding\nS,a,a.vrp,nint\n"), 2);
    EXPECT_EQ(line_of_error("set,name,path\nS,a,\n"), 2);
}

TEST(BenchManifest, SelectsByWholeNameRegularExpressions) {
    const std::vector<ManifestEntry> entries = parse_manifest(kManifest, "manifest.csv", "/data");
    const auto names = [](const std::vector<ManifestEntry>& selected) {
        std::vector<std::string> result;
        for (const ManifestEntry& entry : selected) result.push_back(entry.name);
        return result;
    };
    EXPECT_EQ(names(select_entries(entries, "", "")), (std::vector<std::string>{"E-n13-k4", "C102", "b50"}));
    EXPECT_EQ(names(select_entries(entries, "CVRPLIB-.*|Solomon", "")),
              (std::vector<std::string>{"E-n13-k4", "C102"}));
    EXPECT_TRUE(select_entries(entries, "CVRPLIB", "").empty());  // whole-name match, not a substring
    EXPECT_EQ(names(select_entries(entries, "", "C1.*")), (std::vector<std::string>{"C102"}));
    EXPECT_THROW(select_entries(entries, "(", ""), ParameterError);
}

TEST(BenchManifest, ReadsTheSharedManifest) {
    const std::string path = ROUTEKIT_SHARED_DIR "/instances/manifest.csv";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
    const std::vector<ManifestEntry> entries = read_manifest(path);
    ASSERT_GT(entries.size(), 100u);
    const std::vector<ManifestEntry> e = select_entries(entries, "CVRPLIB-E", "E-n13-k4");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].best_known, "247");
    EXPECT_TRUE(std::filesystem::exists(e[0].path)) << e[0].path;
}

}  // namespace
}  // namespace routekit::cli
