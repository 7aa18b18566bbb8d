// The differential suite: every case of tests/spec/*.cases is run by dash
// and by rcsh (as a program, and in-process through the embedding API);
// stdout, the exit status and whether stderr is empty must agree. Pinned
// cases (where dash differs from FreeBSD sh) compare against the pin.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "shell/interpreter.h"
#include "support/spec_cases.h"
#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

const std::vector<SpecCase>& AllCases() {
  static const std::vector<SpecCase> cases = LoadSpecCases();
  return cases;
}

std::string Describe(const SpecCase& spec) { return spec.file + ":" + std::to_string(spec.line) + " " + spec.name; }

SpecOutcome Expected(const SpecCase& spec) {
  if (spec.pinned) {
    SpecOutcome pinned;
    pinned.out = spec.stdout_text.value_or("");
    pinned.status = spec.status.value_or(0);
    pinned.err = spec.stderr_empty.value_or(true) ? "" : "(nonempty)";
    return pinned;
  }
  return RunSpecCaseInProcess("/usr/bin/dash", spec);
}

void ExpectSame(const SpecCase& spec, const SpecOutcome& expected, const SpecOutcome& actual, const char* how) {
  EXPECT_EQ(actual.out, expected.out) << how << ": " << Describe(spec) << "\n--- script:\n" << spec.body
                                      << "--- stderr:\n" << actual.err;
  EXPECT_EQ(actual.status, expected.status) << how << ": " << Describe(spec) << "\n--- stderr:\n" << actual.err;
  if (!spec.pinned || spec.stderr_empty) {
    EXPECT_EQ(actual.err.empty(), expected.err.empty())
        << how << ": " << Describe(spec) << "\n--- rcsh stderr:\n" << actual.err << "--- expected stderr:\n" << expected.err;
  }
}

SpecOutcome RunEmbedded(const SpecCase& spec) {
  namespace fs = std::filesystem;
  char dir_template[] = "/tmp/rcsh-embed-XXXXXX";
  std::string dir = mkdtemp(dir_template);
  Interpreter::Options options;
  options.capture_output = true;
  options.inherit_environment = false;
  options.working_directory = dir;
  options.arg0 = "case.sh";
  SpecOutcome outcome;
  {
    Interpreter interpreter(options);
    interpreter.SetVariable("HOME", dir, true);
    interpreter.SetVariable("PATH", "/usr/bin:/bin", true);
    interpreter.SetVariable("LC_ALL", "C", true);
    interpreter.RunString(spec.body, "case.sh");
    outcome.status = interpreter.Finish();
    outcome.out = interpreter.TakeStdout();
    outcome.err = interpreter.TakeStderr();
  }
  fs::remove_all(dir);
  return outcome;
}

class SpecTest : public ::testing::TestWithParam<size_t> {};

TEST_P(SpecTest, RcshProgramMatchesDashOrPin) {
  const SpecCase& spec = AllCases()[GetParam()];
  ExpectSame(spec, Expected(spec), RunSpecCaseInProcess(RcshBinary(), spec), "rcsh program");
}

TEST_P(SpecTest, EmbeddedInterpreterMatchesDashOrPin) {
  const SpecCase& spec = AllCases()[GetParam()];
  if (spec.skip_embedded) GTEST_SKIP() << "needs a real process";
  ExpectSame(spec, Expected(spec), RunEmbedded(spec), "embedded");
}

std::string CaseName(const ::testing::TestParamInfo<size_t>& info) {
  const SpecCase& spec = AllCases()[info.param];
  std::string name = spec.file.substr(0, spec.file.find('.')) + "_" + std::to_string(spec.line);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

std::vector<size_t> CaseIndexes() {
  std::vector<size_t> indexes(AllCases().size());
  for (size_t i = 0; i < indexes.size(); ++i) indexes[i] = i;
  return indexes;
}

INSTANTIATE_TEST_SUITE_P(Spec, SpecTest, ::testing::ValuesIn(CaseIndexes()), CaseName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SpecTest);

TEST(SpecSuite, HasAtLeast400Cases) { EXPECT_GE(AllCases().size(), 400u); }

}  // namespace
}  // namespace rcsh::testing
