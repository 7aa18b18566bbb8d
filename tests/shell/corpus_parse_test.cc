// Every script of the bundled corpus parses without a diagnostic, and the
// deliberately broken one in corpus/faults is reported with its position.
#include <gtest/gtest.h>

#include <filesystem>

#include "shell/parser.h"
#include "support/corpus_files.h"
#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

TEST(CorpusParse, EveryCorpusScriptParsesWithoutErrors) {
  std::vector<std::string> files = CorpusShellFiles();
  ASSERT_GE(files.size(), 100u);
  size_t commands = 0;
  for (const std::string& file : files) {
    auto parsed = ParseScript(file, ReadFileOrDie(file));
    std::string rendered;
    for (const Diagnostic& d : parsed->diagnostics.items()) rendered += RenderDiagnostic(parsed->sources, d);
    EXPECT_EQ(rendered, "") << file;
    commands += parsed->commands.size();
  }
  EXPECT_GT(commands, files.size());
}

TEST(CorpusParse, FaultWorldSyntaxErrorIsReportedWithFileLineAndColumn) {
  namespace fs = std::filesystem;
  std::string dir = SourceDir() + "/corpus/faults";
  ASSERT_TRUE(fs::is_directory(dir));
  size_t broken = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string path = entry.path().string();
    if (path.find("syntax") == std::string::npos) continue;
    auto parsed = ParseScript(path, ReadFileOrDie(path));
    ASSERT_FALSE(parsed->diagnostics.items().empty()) << path;
    std::string text = RenderDiagnostic(parsed->sources, parsed->diagnostics.items().front());
    EXPECT_EQ(text.rfind(path + ":", 0), 0u) << text;
    EXPECT_NE(text.find(": error: "), std::string::npos) << text;
    ++broken;
  }
  EXPECT_GE(broken, 1u) << "corpus/faults should hold a script with a syntax error";
}

}  // namespace
}  // namespace rcsh::testing
