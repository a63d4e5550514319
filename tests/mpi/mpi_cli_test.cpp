// `routekit solve` and `routekit bench` under `mpirun -np 2 --oversubscribe`, through the real command line.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include "apps/routekit/bench_manifest.hpp"

namespace routekit {
namespace {

namespace fs = std::filesystem;

// mpirun refuses root (CI runs as root) unless told it may; it launches on this machine alone (the `isolated`
// launcher needs no ssh, which a fresh container lacks).
const bool kEnvironment = [] {
    setenv("OMPI_ALLOW_RUN_AS_ROOT", "1", 1);
    setenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1", 1);
    setenv("OMPI_MCA_plm", "isolated", 0);
    return true;
}();

const std::string kInstance = ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.vrp";

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Outcome {
    int exit_code = -1;
    std::string out;
    std::string err;
};

class MpiCli : public testing::Test {
  protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("routekit_mpi_" + std::to_string(getpid()) + "_" +
                                               testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder_);
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    // `routekit ARGUMENTS` under mpirun with `ranks` processes (0: a plain process).
    std::string command(int ranks, const std::string& arguments) const {
        // Under the sanitizers the ranks run without LeakSanitizer: OpenMPI's own allocations outlive
        // MPI_Finalize (tests/mpi/CMakeLists.txt). AddressSanitizer and UBSan stay on.
        const std::string launcher = ranks > 0 ? "env ASAN_OPTIONS=detect_leaks=0 " +
                                                     std::string(ROUTEKIT_MPIEXEC) + " -np " +
                                                     std::to_string(ranks) + " --oversubscribe "
                                               : std::string();
        return launcher + ROUTEKIT_CLI + " " + arguments + " > " + (folder_ / "out.txt").string() + " 2> " +
               (folder_ / "err.txt").string();
    }
    Outcome run(int ranks, const std::string& arguments) const {
        const int status = std::system(command(ranks, arguments).c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(folder_ / "out.txt"),
                slurp(folder_ / "err.txt")};
    }

    fs::path folder_;
};

TEST_F(MpiCli, SameSeedAndRanksGiveTheSameSolutionOnAnyThreadCount) {
    const std::string arguments =
        "solve " + kInstance + " --iterations 160 --seed 4 --param migration_interval=40 --threads ";
    const Outcome first = run(2, arguments + "1");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("Cost "), std::string::npos) << first.out;
    // Rank 0 alone prints: one solution, one summary.
    EXPECT_EQ(first.out.find("Cost "), first.out.rfind("Cost ")) << first.out;
    // Three migrations (at 40, 80 and 120 iterations) and the closing round; both islands' iterations.
    EXPECT_NE(first.err.find("2 islands, 4 migration rounds (every 40 iterations)"), std::string::npos)
        << first.err;
    EXPECT_NE(first.err.find(", 320 iterations,"), std::string::npos) << first.err;
    EXPECT_NE(first.err.find("stopped by iteration limit"), std::string::npos) << first.err;
    const Outcome again = run(2, arguments + "2");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, first.out);
}

TEST_F(MpiCli, RankZeroWritesTheOutputFile) {
    const fs::path output = folder_ / "best.sol";
    const Outcome run_result =
        run(2, "solve " + kInstance + " --iterations 16 --threads 1 -q -o " + output.string());
    ASSERT_EQ(run_result.exit_code, 0) << run_result.err;
    EXPECT_EQ(run_result.out, "");
    EXPECT_NE(slurp(output).find("Cost "), std::string::npos);
}

TEST_F(MpiCli, AnErrorOnRankZeroAloneEndsEveryRank) {
    // Only rank 0 checks the output path; rank 1 would otherwise wait for it in the islands' rounds forever.
    const auto began = std::chrono::steady_clock::now();
    const Outcome failed = run(2, "solve " + kInstance + " --iterations 16 --threads 1 -o " +
                                      (folder_ / "no/such/dir/x.sol").string());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    EXPECT_EQ(failed.exit_code, 2) << failed.err;
    EXPECT_NE(failed.err.find("expected a file that can be written"), std::string::npos) << failed.err;
    EXPECT_LT(seconds, 60);
}

TEST_F(MpiCli, TimeLimitStopsEveryRankAndPrintsTheBest) {
    const auto began = std::chrono::steady_clock::now();
    const Outcome timed = run(2, "solve " + kInstance + " --time-limit 2 --threads 1");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    ASSERT_EQ(timed.exit_code, 0) << timed.err;
    EXPECT_NE(timed.out.find("Cost "), std::string::npos);
    EXPECT_NE(timed.err.find("stopped by time limit"), std::string::npos) << timed.err;
    EXPECT_LT(seconds, 60);
}

TEST_F(MpiCli, CtrlCStopsEveryRankAndPrintsTheBest) {
    // mpirun passes the interrupt on to the ranks; each stops its island and rank 0 prints the best.
    const std::string line = command(2, "solve " + kInstance + " --time-limit 600 --threads 1");
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        execl("/bin/sh", "sh", "-c", ("exec " + line).c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    // Interrupt once the search is under way (its first progress line), at most 60 s in.
    const auto began = std::chrono::steady_clock::now();
    while (slurp(folder_ / "err.txt").find("best") == std::string::npos &&
           std::chrono::steady_clock::now() - began < std::chrono::seconds(60))
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    kill(child, SIGINT);
    int status = 0;
    waitpid(child, &status, 0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    EXPECT_LT(seconds, 120);
    const std::string out = slurp(folder_ / "out.txt");
    const std::string err = slurp(folder_ / "err.txt");
    EXPECT_NE(out.find("Cost "), std::string::npos) << err;
    EXPECT_NE(err.find("stopped by cancelled"), std::string::npos) << err;
}

// runs.csv without the columns that time a run (time to best, elapsed, CPU seconds).
std::vector<std::vector<std::string>> untimed_rows(const fs::path& runs) {
    std::vector<std::vector<std::string>> rows;
    for (const cli::CsvRow& row : cli::parse_csv(slurp(runs), runs.string())) {
        std::vector<std::string> kept;
        for (std::size_t c = 0; c < row.fields.size(); ++c)
            if (c != 10 && c != 15 && c != 16) kept.push_back(row.fields[c]);
        rows.push_back(kept);
    }
    return rows;
}

// summary.md without the command line (its --out differs) and the timing columns of the tables (the last two:
// mean time to best, CPU / wall).
std::string untimed_summary(const fs::path& summary) {
    std::istringstream in(slurp(summary));
    std::string kept;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("Command:", 0) == 0) continue;
        const bool gap_table_row = std::count(line.begin(), line.end(), '|') == 10;  // nine columns
        if (gap_table_row && line.find("budget (s) | runs") == std::string::npos)
            for (int cut = 0; cut < 2; ++cut) line.erase(line.rfind('|', line.size() - 2) + 1);
        kept += line + "\n";
    }
    return kept;
}

TEST_F(MpiCli, BenchOverTwoRanksWritesTheRowsOfOneProcess) {
    const std::string instances = ROUTEKIT_SOURCE_DIR "/instances/";
    {
        std::ofstream manifest(folder_ / "manifest.csv");
        manifest << "set,name,path,problem,n_nodes,best_known,is_optimal,rounding\n"
                 << "E,E-n13-k4," << instances << "E-n13-k4.vrp,CVRP,13,247,yes,tsplib\n"
                 << "X,X-n106-k14," << instances << "X-n106-k14.vrp,CVRP,106,26362,yes,tsplib\n"
                 << "CMT,CMT6," << instances << "CMT6.vrp,CVRP,51,555.43,no,exact\n"
                 << "Broken,missing,no/such/file.vrp,CVRP,10,100,yes,tsplib\n";
    }
    const std::string arguments =
        "bench " + (folder_ / "manifest.csv").string() + " --iterations 40 --seeds 2 --threads 1 --out ";
    const Outcome alone = run(0, arguments + (folder_ / "one").string());
    ASSERT_EQ(alone.exit_code, 0) << alone.err;
    const Outcome farmed = run(2, arguments + (folder_ / "two").string());
    ASSERT_EQ(farmed.exit_code, 0) << farmed.err;

    const auto one = untimed_rows(folder_ / "one" / "runs.csv");
    ASSERT_EQ(one.size(), 9u);  // the header and 4 instances x 2 seeds
    EXPECT_EQ(untimed_rows(folder_ / "two" / "runs.csv"), one);
    // Every trace file, with the same improvements (their times differ).
    for (const auto& entry : fs::directory_iterator(folder_ / "one" / "traces")) {
        const fs::path twin = folder_ / "two" / "traces" / entry.path().filename();
        ASSERT_TRUE(fs::exists(twin)) << twin;
        auto costs = [](const fs::path& path) {
            std::vector<std::string> column;
            for (const cli::CsvRow& row : cli::parse_csv(slurp(path), path.string()))
                column.push_back(row.fields.back());
            return column;
        };
        EXPECT_EQ(costs(twin), costs(entry.path()));
    }
    const std::string summary = untimed_summary(folder_ / "two" / "summary.md");
    EXPECT_EQ(summary, untimed_summary(folder_ / "one" / "summary.md"));
    EXPECT_NE(summary.find("| Broken | none | 2 | 2 |"), std::string::npos) << summary;
}

}  // namespace
}  // namespace routekit
