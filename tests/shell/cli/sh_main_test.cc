// The rcsh program as a POSIX sh: `exec` and the last command of -c replace
// the process instead of forking (the same pid before and after).
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <sys/wait.h>

#include "support/run_rcsh.h"

namespace rcsh::testing {
namespace {

std::string RunRcshC(const std::string& script) { return RunRcsh("-c '" + script + "'").output; }

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
  RcshRun run = RunRcsh("-c 'exec /nonexistent/prog; echo never'");
  EXPECT_EQ(run.status, 127);
  EXPECT_EQ(run.output, "rcsh:1: /nonexistent/prog: No such file or directory\n");
}

}  // namespace
}  // namespace rcsh::testing
