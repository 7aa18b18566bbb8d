// The rcsh program as a POSIX sh: `exec` and the last command of -c replace
// the process instead of forking (the same pid before and after).
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <sys/wait.h>

#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

std::string RunRcshC(const std::string& script) {
  std::string command = RcshBinary() + " -c '" + script + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  pclose(pipe);
  return output;
}

std::pair<std::string, std::string> TwoLines(const std::string& text) {
  std::istringstream in(text);
  std::string a, b;
  std::getline(in, a);
  std::getline(in, b);
  return {a, b};
}

TEST(ShMain, ExecReplacesTheShellProcess) {
  auto [shell_pid, program_pid] = TwoLines(RunRcshC("echo $$; exec /usr/bin/dash -c \"echo \\$\\$\""));
  EXPECT_FALSE(shell_pid.empty());
  EXPECT_EQ(shell_pid, program_pid);
}

TEST(ShMain, LastCommandOfDashCIsExecutedWithoutAFork) {
  auto [shell_pid, program_pid] = TwoLines(RunRcshC("echo $$; /usr/bin/dash -c \"echo \\$\\$\""));
  EXPECT_EQ(shell_pid, program_pid);
}

TEST(ShMain, ACommandFollowedByAnotherIsAChild) {
  std::string out = RunRcshC("echo $$; /usr/bin/dash -c \"echo \\$\\$\"; :");
  auto [shell_pid, program_pid] = TwoLines(out);
  EXPECT_NE(shell_pid, program_pid) << out;
}

TEST(ShMain, TheLastCommandOfAnEvalIsNotExecutedInPlace) {
  // Only the -c string itself ends with an exec; eval and functions go on.
  EXPECT_EQ(RunRcshC("f() { eval /bin/echo inner; echo after; }; f"), "inner\nafter\n");
}

TEST(ShMain, ExecOfAMissingProgramExits127WithAMessage) {
  std::string command = RcshBinary() + " -c 'exec /nonexistent/prog; echo never' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[512] = {};
  size_t n = fread(buffer, 1, sizeof buffer - 1, pipe);
  int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 127);
  EXPECT_EQ(std::string(buffer, n), "rcsh:1: /nonexistent/prog: No such file or directory\n");
}

}  // namespace
}  // namespace rcsh::testing
