// The embedding API (shell/interpreter.h), including the README's example.
#include "shell/interpreter.h"

#include <gtest/gtest.h>

#include <thread>

#include "shell/shell.h"

namespace rcsh {
namespace {

Interpreter::Options Captured() {
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  return options;
}

TEST(Interpreter, ReadmeExampleRunsANativeBuiltinAndCapturesOutput) {
  Interpreter sh(Captured());
  sh.SetVariable("name", "world");
  sh.RegisterBuiltin("greet", [](Shell& shell, std::vector<std::string>& argv) {
    shell.Out("hello " + (argv.size() > 1 ? argv[1] : "") + "\n");
    return 0;
  });
  sh.RunString("greet $name; echo $((6 * 7))");
  EXPECT_EQ(sh.Finish(), 0);
  EXPECT_EQ(sh.TakeStdout(), "hello world\n42\n");
}

TEST(Interpreter, StatusStderrAndVariablesComeBack) {
  Interpreter sh(Captured());
  EXPECT_EQ(sh.RunString("x=5; y=$((x + 1)); echo oops >&2; false"), 1);
  EXPECT_EQ(sh.GetVariable("y"), "6");
  EXPECT_EQ(sh.GetVariable("unset_name"), std::nullopt);
  EXPECT_EQ(sh.TakeStderr(), "oops\n");
}

TEST(Interpreter, ExitEndsTheShellAndRunsTheExitTrapOnce) {
  Interpreter sh(Captured());
  sh.RunString("trap 'echo bye' EXIT; exit 3; echo never");
  EXPECT_TRUE(sh.exited());
  EXPECT_EQ(sh.Finish(), 3);
  EXPECT_EQ(sh.TakeStdout(), "bye\n");
}

TEST(Interpreter, RuntimeErrorsNameTheScriptAndLine) {
  Interpreter sh(Captured());
  sh.RunString("echo ok\ncd /nonexistent-rcsh-dir\n", "boot.sh");
  EXPECT_EQ(sh.TakeStderr(), "boot.sh:2: cd: /nonexistent-rcsh-dir: No such file or directory\n");
}

TEST(Interpreter, SyntaxErrorIsReportedWithFileLineColumnAndCaret) {
  Interpreter sh(Captured());
  EXPECT_EQ(sh.RunString("echo a\nif true; then echo b\n", "broken.sh"), 2);
  EXPECT_EQ(sh.TakeStdout(), "a\n");
  EXPECT_EQ(sh.TakeStderr(), "broken.sh:3:1: error: expected 'fi' to close 'if' at 2:1, found end of file\n\n^\n");
}

TEST(Interpreter, SeveralInterpretersKeepTheirOwnStateInParallelThreads) {
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([i, &outputs] {
      Interpreter::Options options = Captured();
      options.working_directory = "/";
      Interpreter sh(options);
      sh.RunString("n=" + std::to_string(i) +
                   "; cd /tmp; umask 07" + std::to_string(i) +
                   "; s=0; for k in 1 2 3 4 5; do s=$((s + k * n)); done; echo $n $s $(pwd) $(umask)");
      outputs[i] = sh.TakeStdout();
    });
  }
  for (std::thread& t : threads) t.join();
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(outputs[i], std::to_string(i) + " " + std::to_string(15 * i) + " /tmp 007" + std::to_string(i) + "\n");
  }
}

TEST(Interpreter, ExternalCommandOutputIsCapturedToo) {
  Interpreter::Options options = Captured();
  Interpreter sh(options);
  sh.SetVariable("PATH", "/usr/bin:/bin", true);
  sh.RunString("printf 'a\\nb\\n' | sort -r; x=$(echo inner | tr a-z A-Z); echo $x");
  EXPECT_EQ(sh.TakeStdout(), "b\na\nINNER\n");
}

}  // namespace
}  // namespace rcsh
