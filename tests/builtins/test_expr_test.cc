// test (XCU test) as FreeBSD's sh builtin does it: a table of arguments and
// the expected status and message, against a fake file system; the POSIX
// rules by argument count checked against FreeBSD's grammar over every short
// sequence of awkward words; and the cases that need no files run through
// dash when it is installed.
#include "builtins/test_expr.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/dash_runner.h"
#include "support/fake_file_tester.h"

namespace rcsh::testing {
namespace {

// kDash: strings and numbers only, so dash must give the same status.
// kFiles: asks about the fake file system (dash would see the real one).
// kFreeBsdOnly: dash differs; the case says why.
enum Oracle { kDash, kFiles, kFreeBsdOnly };

struct TestCase {
  const char* name;
  std::vector<std::string> args;
  int status;
  const char* error = "";  // a pointer, not std::string: GCC 12 warns about omitted class members
  Oracle oracle = kDash;
};

// The world the file cases look at. The effective ids are 1001:1001.
FakeFileTester MakeWorld() {
  FakeFileTester files;
  files.AddFile("file").st_size = 10;
  files.AddFile("empty");
  files.AddDirectory("dir");
  files.AddFile("script", 0755);
  files.AddFile("noexec", 0644);
  files.AddFile("readonly", 0444);
  files.AddSymlink("link", "file");
  files.AddSymlink("dangling", "missing");
  files.Add("fifo", S_IFIFO | 0644);
  files.Add("sock", S_IFSOCK | 0755);
  files.Add("chardev", S_IFCHR | 0666);
  files.Add("blockdev", S_IFBLK | 0660);
  files.AddFile("setuid", 04755);
  files.AddFile("setgid", 02755);
  files.AddDirectory("sticky", 01777);
  files.AddHardLink("hardlink", "file");
  struct stat& foreign = files.AddFile("rootfile");
  foreign.st_uid = 0;
  foreign.st_gid = 0;
  files.AddFile("old").st_mtim = {50, 0};
  files.AddFile("new").st_mtim = {200, 0};
  files.AddFile("file_mtime").st_mtim = {100, 0};
  files.AddFile("file_mtime_plus_1ns").st_mtim = {100, 1};
  files.SetTerminal(1);
  return files;
}

// One case per line reads better than one field per line.
// clang-format off
const TestCase kCases[] = {
    // POSIX by argument count.
    {"NoArgumentsIsFalse", {}, 1},
    {"OneNonEmptyArgumentIsTrue", {"x"}, 0},
    {"OneEmptyArgumentIsFalse", {""}, 1},
    {"LoneUnaryOperatorIsAString", {"-f"}, 0},
    {"LoneBangIsAString", {"!"}, 0},
    {"LoneParenIsAString", {"("}, 0},
    {"BangNegatesOneArgument", {"!", "x"}, 1},
    {"BangOfEmptyIsTrue", {"!", ""}, 0},
    {"BangOfOperatorWordIsFalse", {"!", "-z"}, 1},
    {"UnaryTakesOperatorLookingOperand", {"-n", "="}, 0},
    {"EmptyParenthesesAreFalse", {"(", ")"}, 1},
    {"ThreeArgumentsPreferTheBinaryOperator", {"!", "=", "!"}, 0},
    {"ThreeArgumentsBangNegatesTwo", {"!", "-z", ""}, 1},
    {"ThreeArgumentsParenthesisedWord", {"(", "x", ")"}, 0},
    {"ThreeArgumentsParenthesisedEmptyWord", {"(", "", ")"}, 1},
    {"ParenthesisWordsCompareAsStrings", {"(", "=", "("}, 0},
    {"FourArgumentsBangNegatesThree", {"!", "a", "=", "a"}, 1},
    {"FourArgumentsParenthesisedUnary", {"(", "-n", "x", ")"}, 0},
    {"FourArgumentsBangNegatesAWholeOr", {"!", "", "-o", "x"}, 1},
    {"ThreeArgumentsAndOfWords", {"x", "-a", ""}, 1},
    {"ThreeArgumentsOrOfWords", {"x", "-o", ""}, 0},
    // dash's own lookahead answers these three differently (0, 0 and 1);
    // FreeBSD's gives POSIX's answer to the first and fails on the last.
    {"FourBangsAreFalse", {"!", "!", "!", "!"}, 1, "", kFreeBsdOnly},
    {"BangOfCloseParenAndNothing", {"!", ")", "-a"}, 1, "", kFreeBsdOnly},
    {"ParenthesisedAndOfAndIsUnclosed", {"(", "-a", "-a", ")"}, 2, "test: closing paren expected",
     kFreeBsdOnly},
    // POSIX would read -a as the binary primary here; FreeBSD and dash
    // apply -n to "-a" and then find "x" left over.
    {"UnaryBeforeAndIsUnexpected", {"-n", "-a", "x"}, 2, "test: -a: unexpected operator"},

    // Strings.
    {"StringsEqual", {"abc", "=", "abc"}, 0},
    {"StringsDiffer", {"abc", "=", "abd"}, 1},
    {"StringsNotEqual", {"a", "!=", "b"}, 0},
    // == is FreeBSD's; dash only has =.
    {"DoubleEqualsComparesStrings", {"a", "==", "a"}, 0, "", kFreeBsdOnly},
    {"StringLessThan", {"abc", "<", "abd"}, 0},
    {"StringGreaterIsByteOrder", {"a", ">", "B"}, 0},
    {"HighBytesCompareAsUnsigned", {"\xe9", ">", "a"}, 0},
    {"DashZOfEmptyIsTrue", {"-z", ""}, 0},
    {"DashZOfTextIsFalse", {"-z", "x"}, 1},
    {"DashNOfEmptyIsFalse", {"-n", ""}, 1},

    // Integers.
    {"IntegersEqual", {"10", "-eq", "10"}, 0},
    {"IntegersAllowBlanksAndSign", {" +10 ", "-eq", "10"}, 0},
    {"LeadingZeroIsStillDecimal", {"010", "-eq", "10"}, 0},
    {"NegativeIsLess", {"-5", "-lt", "3"}, 0},
    {"GreaterOrEqualOnEqual", {"3", "-ge", "3"}, 0},
    {"GreaterOnEqualIsFalse", {"3", "-gt", "3"}, 1},
    {"LessOrEqual", {"2", "-le", "3"}, 0},
    {"NotEqualOnEqualIsFalse", {"2", "-ne", "2"}, 1},
    {"LargestInt64", {"9223372036854775807", "-gt", "9223372036854775806"}, 0},
    {"SmallestInt64", {"-9223372036854775808", "-lt", "0"}, 0},
    {"WordIsABadNumber", {"abc", "-eq", "1"}, 2, "test: abc: bad number"},
    {"EmptyIsABadNumber", {"", "-eq", "0"}, 2, "test: : bad number"},
    {"HexIsABadNumber", {"0x10", "-eq", "16"}, 2, "test: 0x10: bad number"},
    {"TrailingJunkIsABadNumber", {"1x", "-eq", "1"}, 2, "test: 1x: bad number"},
    {"RightOperandIsCheckedToo", {"1", "-eq", "z"}, 2, "test: z: bad number"},
    {"LeftBadNumberIsReportedFirst", {"a", "-eq", "b"}, 2, "test: a: bad number"},
    {"HugeNumberIsOutOfRange", {"99999999999999999999", "-gt", "0"}, 2,
     "test: 99999999999999999999: out of range"},

    // Files.
    {"ExistsForFile", {"-e", "file"}, 0, "", kFiles},
    {"ExistsForMissing", {"-e", "missing"}, 1, "", kFiles},
    {"ExistsForEmptyName", {"-e", ""}, 1, "", kFiles},
    {"RegularFile", {"-f", "file"}, 0, "", kFiles},
    {"DirectoryIsNotRegular", {"-f", "dir"}, 1, "", kFiles},
    {"Directory", {"-d", "dir"}, 0, "", kFiles},
    {"CharacterDevice", {"-c", "chardev"}, 0, "", kFiles},
    {"BlockDevice", {"-b", "blockdev"}, 0, "", kFiles},
    {"Fifo", {"-p", "fifo"}, 0, "", kFiles},
    {"Socket", {"-S", "sock"}, 0, "", kFiles},
    {"DashHIsSymlink", {"-h", "link"}, 0, "", kFiles},
    {"DashLIsSymlink", {"-L", "link"}, 0, "", kFiles},
    {"PlainFileIsNotSymlink", {"-L", "file"}, 1, "", kFiles},
    {"FileTestsFollowLinks", {"-f", "link"}, 0, "", kFiles},
    {"DanglingLinkIsASymlink", {"-L", "dangling"}, 0, "", kFiles},
    {"DanglingLinkDoesNotExist", {"-e", "dangling"}, 1, "", kFiles},
    {"NonEmptyFile", {"-s", "file"}, 0, "", kFiles},
    {"EmptyFileFailsDashS", {"-s", "empty"}, 1, "", kFiles},
    {"SetUidBit", {"-u", "setuid"}, 0, "", kFiles},
    {"NoSetUidBit", {"-u", "file"}, 1, "", kFiles},
    {"SetGidBit", {"-g", "setgid"}, 0, "", kFiles},
    {"StickyBit", {"-k", "sticky"}, 0, "", kFiles},
    {"Readable", {"-r", "file"}, 0, "", kFiles},
    {"MissingIsNotReadable", {"-r", "missing"}, 1, "", kFiles},
    {"ReadOnlyIsNotWritable", {"-w", "readonly"}, 1, "", kFiles},
    {"Executable", {"-x", "script"}, 0, "", kFiles},
    {"NotExecutable", {"-x", "noexec"}, 1, "", kFiles},
    {"SearchableDirectoryIsExecutable", {"-x", "dir"}, 0, "", kFiles},
    {"OwnedByEffectiveUser", {"-O", "file"}, 0, "", kFiles},
    {"NotOwnedByEffectiveUser", {"-O", "rootfile"}, 1, "", kFiles},
    {"OwnedByEffectiveGroup", {"-G", "file"}, 0, "", kFiles},
    {"NotOwnedByEffectiveGroup", {"-G", "rootfile"}, 1, "", kFiles},
    {"TerminalDescriptor", {"-t", "1"}, 0, "", kFiles},
    {"NonTerminalDescriptor", {"-t", "2"}, 1, "", kFiles},
    {"TerminalDescriptorWithBlanks", {"-t", " 1 "}, 0, "", kFiles},
    {"TerminalOfWordIsABadNumber", {"-t", "x"}, 2, "test: x: bad number", kFiles},
    {"NewerThan", {"new", "-nt", "old"}, 0, "", kFiles},
    {"OlderIsNotNewer", {"old", "-nt", "new"}, 1, "", kFiles},
    {"OlderThan", {"old", "-ot", "new"}, 0, "", kFiles},
    {"NanosecondsCount", {"file_mtime_plus_1ns", "-nt", "file_mtime"}, 0, "", kFiles},
    // FreeBSD: a missing file is never newer or older (bash says an existing
    // file is newer than a missing one).
    {"NothingIsNewerThanAMissingFile", {"file", "-nt", "missing"}, 1, "", kFiles},
    {"HardLinksAreTheSameFile", {"file", "-ef", "hardlink"}, 0, "", kFiles},
    {"SameFileFollowsSymlinks", {"link", "-ef", "file"}, 0, "", kFiles},
    {"DifferentFilesAreNotTheSame", {"file", "-ef", "empty"}, 1, "", kFiles},

    // Longer expressions: FreeBSD's grammar.
    {"AndBindsTighterThanOr", {"x", "-o", "", "-a", ""}, 0},
    {"AndOfTwoTests", {"-n", "a", "-a", "-n", "b"}, 0},
    {"AndWithAFalseTest", {"-n", "a", "-a", "-z", "b"}, 1},
    {"OrOfTwoTests", {"-z", "a", "-o", "-n", "b"}, 0},
    {"BangBindsTighterThanAnd", {"!", "x", "-a", "", "-o", ""}, 1},
    {"ParenthesesGroup", {"(", "x", "-o", "", ")", "-a", ""}, 1},
    {"NestedParentheses", {"(", "(", "x", ")", ")"}, 0},
    {"BangOfParenthesisedComparison", {"!", "(", "x", "=", "y", ")"}, 0},
    {"BangBangCancels", {"!", "!", "x", "-a", "y"}, 0},
    // FreeBSD's lexer takes "-n" as a word when only ")" follows inside one
    // level of parentheses; dash's older lookahead does not (status 2).
    {"UnaryWordBeforeFinalCloseParenIsAnOperand", {"x", "-a", "(", "-n", ")"}, 0, "", kFreeBsdOnly},
    {"FileAndStringTestsCombine", {"-f", "file", "-a", "abc", "<", "abd"}, 0, "", kFiles},

    // Errors.
    {"TwoPlainWordsAreUnexpected", {"a", "b"}, 2, "test: a: unexpected operator"},
    {"UnknownUnaryIsUnexpected", {"-q", "x"}, 2, "test: -q: unexpected operator"},
    // The word named is the last one consumed, as in FreeBSD.
    {"WordAfterComparisonIsUnexpected", {"1", "-eq", "1", "2"}, 2, "test: 1: unexpected operator"},
    {"EmptyWordInUnexpectedOperatorMessage", {"", "x"}, 2, "test: unexpected operator"},
    {"MissingCloseParen", {"(", "x", "-a", "y"}, 2, "test: closing paren expected"},
    // Not at the end, "-n" before ")" is the operator, and takes ")" as its operand.
    {"UnaryInsideParenthesesTakesTheCloseParen", {"(", "-n", ")", "-a", "x"}, 2,
     "test: closing paren expected"},
    {"MissingRightOperand", {"x", "-a", "y", "-o", "z", "="}, 2, "test: =: argument expected"},
    // Both sides of -o are evaluated, so a true left side does not hide a
    // bad number on the right.
    {"ErrorAfterTrueOrIsStillReported", {"x", "-o", "a", "-eq", "1"}, 2, "test: a: bad number"},
};
// clang-format on

class TestExprTest : public ::testing::TestWithParam<TestCase> {};

TEST_P(TestExprTest, GivesExpectedStatusAndError) {
  const TestCase& c = GetParam();
  FakeFileTester files = MakeWorld();
  TestResult result = EvaluateTest(c.args, files);
  EXPECT_EQ(result.status, c.status);
  EXPECT_EQ(result.error, c.error);
}

std::string CaseName(const ::testing::TestParamInfo<TestCase>& case_info) {
  return case_info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Cases, TestExprTest, ::testing::ValuesIn(kCases), CaseName);

TEST(TestExpr, ErrorsUseTheCommandName) {
  FakeFileTester files;
  TestResult result = EvaluateTest({"a", "b"}, files, "[");
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.error, "[: a: unexpected operator");
}

// eaccess(2) approves X_OK for root on any file; FreeBSD's test then asks
// for an execute bit, except on directories.
TEST(TestExpr, RootNeedsAnExecuteBitExceptOnDirectories) {
  FakeFileTester files;
  files.SetIds(0, 0);
  files.AddFile("noexec", 0644);
  files.AddFile("groupexec", 0610);
  files.AddDirectory("closed", 0600);
  EXPECT_EQ(EvaluateTest({"-x", "noexec"}, files).status, 1);
  EXPECT_EQ(EvaluateTest({"-x", "groupexec"}, files).status, 0);
  EXPECT_EQ(EvaluateTest({"-x", "closed"}, files).status, 0);
  EXPECT_EQ(EvaluateTest({"-w", "noexec"}, files).status, 0);
}

TEST(TestExpr, AccessQuestionsGoThroughTheFileTester) {
  FakeFileTester files;
  files.AddFile("f", 0777);
  files.SetAccess("f", R_OK);  // say, a read-only mount
  EXPECT_EQ(EvaluateTest({"-r", "f"}, files).status, 0);
  EXPECT_EQ(EvaluateTest({"-w", "f"}, files).status, 1);
  EXPECT_EQ(EvaluateTest({"-x", "f"}, files).status, 1);
}

TEST(TestExpr, LongOrChainNeedsNoDeepStack) {
  FakeFileTester files;
  std::vector<std::string> args;
  for (int i = 0; i < 200000; ++i) {
    if (i > 0) args.push_back("-o");
    args.push_back(i == 199999 ? "x" : "");
  }
  EXPECT_EQ(EvaluateTest(args, files).status, 0);
}

TEST(TestExpr, VeryDeepParenthesesAreRefused) {
  FakeFileTester files;
  std::vector<std::string> args(5000, "(");
  args.push_back("x");
  args.insert(args.end(), 5000, ")");
  TestResult result = EvaluateTest(args, files);
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.error, "test: expression too deeply nested");
  std::vector<std::string> shallow(100, "(");
  shallow.push_back("x");
  shallow.insert(shallow.end(), 100, ")");
  EXPECT_EQ(EvaluateTest(shallow, files).status, 0);
}

// The POSIX rules by argument count and FreeBSD's grammar (with its
// lookahead for operator-looking operands) must agree on every expression of
// up to four words, including errors and their messages.
TEST(TestExpr, RulesByCountAgreeWithTheGrammar) {
  const std::vector<std::string> words = {"!", "(", ")",   "-n", "-a", "-o", "=", "file",
                                          "",  "1", "-eq", "-f", "-t", "<",  "-z"};
  FakeFileTester files = MakeWorld();
  std::vector<std::vector<std::string>> level = {{}};
  int compared = 0;
  for (int length = 1; length <= 4; ++length) {
    std::vector<std::vector<std::string>> next;
    for (const std::vector<std::string>& prefix : level) {
      for (const std::string& word : words) {
        std::vector<std::string> args = prefix;
        args.push_back(word);
        TestResult by_count = EvaluateTest(args, files);
        TestResult by_grammar = test_internal::EvaluateTestByGrammar(args, files);
        std::string shown;
        for (const std::string& arg : args) shown += " '" + arg + "'";
        ASSERT_EQ(by_count.status, by_grammar.status) << "test" << shown;
        ASSERT_EQ(by_count.error, by_grammar.error) << "test" << shown;
        ++compared;
        next.push_back(std::move(args));
      }
    }
    level = std::move(next);
  }
  EXPECT_EQ(compared, 15 + 15 * 15 + 15 * 15 * 15 + 15 * 15 * 15 * 15);
}

TEST(TestExprVersusDash, StringAndNumberCasesMatchDash) {
  if (!FindDashBinary()) GTEST_SKIP() << "dash is not installed";
  FakeFileTester files;
  for (const TestCase& c : kCases) {
    if (c.oracle != kDash) continue;
    std::vector<std::string> argv = {"-c", "test \"$@\"", "test"};
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    std::optional<DashOutcome> dash = RunDash(argv);
    ASSERT_TRUE(dash.has_value()) << "could not run dash";
    EXPECT_EQ(dash->status, c.status) << c.name;
  }
}

}  // namespace
}  // namespace rcsh::testing
