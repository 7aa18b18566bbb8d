// The command-line syntax checks: `rcsh -n` like `sh -n`, `--dump-ast`
// against golden files, and the `check` tool's summary.
#include "shell/cli/syntax_check.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/corpus_files.h"
#include "support/run_rcsh.h"
#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

namespace fs = std::filesystem;

std::string WriteTemp(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / "rcsh-cli-test";
  fs::create_directories(dir);
  fs::path path = dir / name;
  std::ofstream(path) << text;
  return path.string();
}

TEST(SyntaxCheck, DashNExitsZeroOnAValidScript) {
  std::string path = WriteTemp("good.sh", "echo ok\nif true; then :; fi\n");
  RcshRun result = RunRcsh("-n " + path);
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.output, "");
}

TEST(SyntaxCheck, DashNExitsTwoAndReportsEveryBrokenLine) {
  std::string path = WriteTemp("bad.sh", "echo ok\nfi\necho 'open\n");
  RcshRun result = RunRcsh("-n " + path);
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.output,
            path + ":2:1: error: expected a command, found 'fi'\n"
            "fi\n"
            "^~\n" +
            path + ":3:6: error: unterminated single quote starting at 3:6\n"
            "echo 'open\n"
            "     ^\n");
}

TEST(SyntaxCheck, DashNOnAMissingFileExitsOneWithTheReason) {
  RcshRun result = RunRcsh("-n /nonexistent/rcsh-test.sh");
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.output, "rcsh: /nonexistent/rcsh-test.sh: No such file or directory\n");
}

TEST(SyntaxCheck, UnknownOptionIsAUsageError) {
  RcshRun result = RunRcsh("-Z");
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.output.find("illegal option -Z"), std::string::npos) << result.output;
}

TEST(SyntaxCheck, CheckToolSummarisesATreeAndFailsOnBrokenFiles) {
  fs::path dir = fs::temp_directory_path() / "rcsh-check-tool";
  fs::remove_all(dir);
  fs::create_directories(dir / "rc.d");
  std::ofstream(dir / "rc.d" / "a") << "echo a\n";
  std::ofstream(dir / "rc.d" / "b") << "echo b; case x in\n";
  std::ostringstream out, err;
  int status = RunCheckTool({"--quiet", dir.string()}, out, err);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.str().find("files:        2\n"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("syntax errors: 1 in 1 file(s)\n"), std::string::npos) << out.str();
  EXPECT_EQ(err.str(), "");
}

// Golden AST dumps: tests/golden/dump/NAME.sh must dump to NAME.ast.
// RCSH_UPDATE_GOLDEN=1 rewrites the .ast files (review the diff!).
TEST(SyntaxCheck, DumpAstMatchesGoldenFiles) {
  fs::path dir = fs::path(SourceDir()) / "tests/golden/dump";
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".sh") continue;
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".ast");
    std::ostringstream out, err;
    // Dump relative to the golden directory so file names are stable.
    fs::path previous = fs::current_path();
    fs::current_path(dir);
    int status = DumpAst(entry.path().filename().string(), out, err);
    fs::current_path(previous);
    std::string actual = out.str() + (err.str().empty() ? "" : "stderr:\n" + err.str()) +
                         "status: " + std::to_string(status) + "\n";
    if (std::getenv("RCSH_UPDATE_GOLDEN")) std::ofstream(expected_path) << actual;
    EXPECT_EQ(actual, ReadFileOrDie(expected_path.string())) << entry.path();
    ++checked;
  }
  EXPECT_GE(checked, 5u);
}

}  // namespace
}  // namespace rcsh::testing
