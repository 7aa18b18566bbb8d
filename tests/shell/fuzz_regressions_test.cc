// Inputs the fuzzer found (tests/fuzz/regressions/): each must now parse
// quickly to an AST or diagnostics. A timeout or crash here is the bug.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "shell/parser.h"
#include "support/corpus_files.h"
#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

TEST(FuzzRegressions, EveryFoundInputParsesInUnderASecond) {
  namespace fs = std::filesystem;
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(SourceDir()) / "tests/fuzz/regressions")) {
    auto start = std::chrono::steady_clock::now();
    auto parsed = ParseScript(entry.path().filename().string(), ReadFileOrDie(entry.path().string()));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 1.0) << entry.path();
    ++count;
  }
  EXPECT_GE(count, 1u);
}

// The shape of the first regression, scaled: nested `$((` that are not
// arithmetic used to be re-scanned at every level (exponential time).
TEST(FuzzRegressions, NestedNonArithmeticDollarParensParseInLinearTime) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "$((x ";
  auto parsed = ParseScript("deep.sh", "echo " + text + "\n");
  EXPECT_FALSE(parsed->diagnostics.items().empty());
}

}  // namespace
}  // namespace rcsh::testing
