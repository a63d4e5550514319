#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

extern char** environ;

namespace {

const std::string kCli = ROUTEKIT_CLI;
const std::string kInstance = ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.vrp";

int run(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Ctrl-C during a run without any limit: the solver stops and still prints a solution that checks.
TEST(SolverCli, InterruptPrintsACheckedSolution) {
    // The shipped solution checks: a failure here is the reader's or the checker's, never a skip.
    ASSERT_EQ(run(kCli + " check " + kInstance +
                  " " ROUTEKIT_SOURCE_DIR "/instances/X-n106-k14.sol >/dev/null 2>&1"),
              0);
    const auto output = std::filesystem::temp_directory_path() /
                        ("routekit_solver_cli_" + std::to_string(::getpid()) + ".sol");
    std::filesystem::remove(output);
    const std::string output_path = output.string();
    const char* argv[] = {kCli.c_str(), "solve", kInstance.c_str(),   "--threads",
                          "2",          "-o",    output_path.c_str(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, kCli.c_str(), &actions, nullptr, const_cast<char**>(argv), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    std::this_thread::sleep_for(std::chrono::seconds(1));
    ASSERT_EQ(::kill(pid, SIGINT), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_EQ(run(kCli + " check " + kInstance + " " + output_path + " >/dev/null 2>&1"), 0);
    std::filesystem::remove(output);
}

}  // namespace
