// Runtime errors: the message names the script and line, and POSIX decides
// whether the shell goes on (XCU 2.8.1): expansion and special-builtin
// errors end a non-interactive shell, other errors only set $?.
#include <gtest/gtest.h>

#include "shell/interpreter.h"

namespace rcsh {
namespace {

struct Outcome {
  int status;
  std::string out;
  std::string err;
};

Outcome RunScript(const std::string& script) {
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  Interpreter sh(options);
  sh.SetVariable("PATH", "/usr/bin:/bin", true);
  sh.RunString(script, "t.sh");
  Outcome outcome{sh.Finish(), sh.TakeStdout(), sh.TakeStderr()};
  return outcome;
}

TEST(RuntimeErrors, UnsetVariableUnderSetUEndsTheShell) {
  Outcome o = RunScript("set -u\necho $missing\necho after\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "t.sh:2: missing: parameter not set\n");
}

TEST(RuntimeErrors, QuestionMarkExpansionPrintsItsMessage) {
  Outcome o = RunScript("echo ${dir:?no directory given}\necho after\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.err, "t.sh:1: dir: no directory given\n");
}

TEST(RuntimeErrors, DivisionByZeroEndsTheShell) {
  Outcome o = RunScript("x=0\necho $((4 / x))\necho after\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.err, "t.sh:2: arithmetic expression: division by zero\n");
}

TEST(RuntimeErrors, BadArithmeticSyntaxInAVariableEndsTheShell) {
  Outcome o = RunScript("e='1 +'\necho $(($e))\necho after\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_NE(o.err.find("t.sh:2: arithmetic expression: "), std::string::npos) << o.err;
}

TEST(RuntimeErrors, MissingCommandSets127AndGoesOn) {
  Outcome o = RunScript("no_such_command_rcsh\necho \"status $?\"\n");
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out, "status 127\n");
  EXPECT_EQ(o.err, "t.sh:1: no_such_command_rcsh: not found\n");
}

TEST(RuntimeErrors, CdToAMissingDirectoryIsNotFatal) {
  Outcome o = RunScript("cd /nonexistent/dir\necho \"status $?\"\n");
  EXPECT_EQ(o.out, "status 1\n");
  EXPECT_EQ(o.err, "t.sh:1: cd: /nonexistent/dir: No such file or directory\n");
}

TEST(RuntimeErrors, ReadonlyAssignmentEndsTheShell) {
  Outcome o = RunScript("readonly r=1\nr=2\necho after\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "t.sh:2: r: is read only\n");
}

TEST(RuntimeErrors, ExecOfAMissingFileEndsTheShellWith127) {
  Outcome o = RunScript("exec /nonexistent/program\necho after\n");
  EXPECT_EQ(o.status, 127);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "t.sh:1: /nonexistent/program: No such file or directory\n");
}

TEST(RuntimeErrors, RunawayRecursionStopsAtTheDepthLimitWithoutACrash) {
  Outcome o = RunScript("f() { f; }\nf\necho after\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "t.sh:1: f: function calls nested too deeply (limit 1000)\n");
}

TEST(RuntimeErrors, RedirectionFailureOnARegularCommandIsNotFatal) {
  Outcome o = RunScript("echo x > /nonexistent/dir/file\necho \"status $?\"\n");
  EXPECT_EQ(o.out, "status 1\n");
  EXPECT_EQ(o.err, "t.sh:1: cannot create /nonexistent/dir/file: No such file or directory\n");
}

TEST(RuntimeErrors, ErrorInsideASubshellEndsOnlyTheSubshell) {
  Outcome o = RunScript("(set -u; echo $missing; echo inner)\necho \"outer $?\"\n");
  EXPECT_EQ(o.out, "outer 2\n");
  EXPECT_EQ(o.err, "t.sh:1: missing: parameter not set\n");
}

}  // namespace
}  // namespace rcsh
