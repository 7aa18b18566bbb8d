// sort_lite and ltr (rcsubr/script_natives.cc, ordering in
// rcsubr/rc_script_sort.cc): the shell versions' quirks included, compared
// with dash running the shell rc.subr.
#include <gtest/gtest.h>

#include "rcsubr/rc_script_sort.h"
#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

using rcsubr::SortLiteByteLess;
using rcsubr::SortLiteLines;
using rcsubr::SortLiteNumericLess;

std::string Whole(const std::string& line) { return line; }

TEST(SortLiteLines, SortsStablyOnTheKey) {
  EXPECT_EQ(SortLiteLines("b\na\nc\na\n", Whole, SortLiteByteLess), "a\na\nb\nc\n");
  auto first_char = [](const std::string& line) { return line.substr(0, 1); };
  EXPECT_EQ(SortLiteLines("b2\na1\nb1\na2\n", first_char, SortLiteByteLess), "a1\na2\nb2\nb1\n");
}

TEST(SortLiteLines, DropsAnUnterminatedLastLineAndEmptyInput) {
  EXPECT_EQ(SortLiteLines("b\na", Whole, SortLiteByteLess), "b\n");
  EXPECT_EQ(SortLiteLines("", Whole, SortLiteByteLess), "");
  EXPECT_EQ(SortLiteLines("\n\n", Whole, SortLiteByteLess), "");
}

TEST(SortLiteLines, NumericOrderFollowsTest) {
  EXPECT_TRUE(SortLiteNumericLess("9", "10"));
  EXPECT_FALSE(SortLiteNumericLess("10", "9"));
  EXPECT_TRUE(SortLiteNumericLess("", "1"));      // empty is 0
  EXPECT_FALSE(SortLiteNumericLess("x", "1"));    // not a number: never less
  EXPECT_TRUE(SortLiteNumericLess(" -3 ", "2"));  // test's blanks and sign
}

class SortLite : public ::testing::Test {
 protected:
  std::string Sorted(const std::string& input, const std::string& options) {
    return RunRcshLikeBaseline(world_, "printf -- '" + input + "' | sort_lite " + options +
                                           "; echo \"status $?\"\n")
        .out;
  }
  RcWorld world_;
};

TEST_F(SortLite, SortsLinesBytewise) {
  EXPECT_EQ(Sorted("pear\\napple\\nPear\\n apple\\napple\\n", ""), " apple\nPear\napple\napple\npear\nstatus 0\n");
}

TEST_F(SortLite, SortsNumerically) {
  EXPECT_EQ(Sorted("10\\n9\\n100\\nx\\n-1\\n", "-n"), "-1\n9\n10\n100\nx\nstatus 0\n");
}

TEST_F(SortLite, SortsOnAFieldWithASeparator) {
  EXPECT_EQ(Sorted("a:3:x\\nb:1:y\\nc:2:z\\nd\\n", "-n -k 2 -t :"), "d\nb:1:y\nc:2:z\na:3:x\nstatus 0\n");
  EXPECT_EQ(Sorted("x  b\\ny a\\nz\\n", "-k2"), "z\ny a\nx  b\nstatus 0\n");
  EXPECT_EQ(Sorted("1:  b\\n2:a\\n3: c\\n", "-b -k2 -t:"), "2:a\n1:  b\n3: c\nstatus 0\n");
}

TEST_F(SortLite, KeepsTheShellVersionsQuirks) {
  EXPECT_EQ(Sorted("b\\n\\na\\n", ""), "\na\nb\nstatus 0\n");
  EXPECT_EQ(Sorted("a\\n\\n\\nb", ""), "\n\na\nstatus 0\n");  // b has no newline: never read
  EXPECT_EQ(Sorted("-1\\n\\n-2\\n", "-n"), "-2\n-1\nstatus 0\n");  // an empty line last is lost
  EXPECT_EQ(Sorted("b\\na\\n", "-k zero"), "a\nb\nstatus 0\n");
  RunRcshLikeBaseline(world_,
                      "printf 'b\\na\\n' | sort_lite; echo \"[$_sl_nl]\"; echo \"$OPTIND\"\n");
}

TEST_F(SortLite, BadOptionsFail) {
  std::string program = ". \"$RC_ROOT\"/etc/rc.subr\nOPTIND=5\necho b | sort_lite -x; echo \"status $? $OPTIND\"\n"
                        "echo b | sort_lite -k; echo \"status $? $OPTIND\"\n";
  RcOutcome dash = RunProgram(world_, DashBinary(), program);
  RcOutcome rcsh = RunProgram(world_, RcshBinary(), program);
  EXPECT_EQ(rcsh.out, dash.out);
  EXPECT_EQ(rcsh.out, "status 1 5\nstatus 1 5\n");
  EXPECT_EQ(rcsh.err, "getopts: Illegal option -x\ngetopts: No arg for -k option\n");  // rcsh's getopts wording
}

TEST(Ltr, ReplacesEachSourceCharacter) {
  RcWorld world;
  RcOutcome run = RunRcshLikeBaseline(world,
                                      "ltr a.b-c .- _\nltr a.b.c . '' \nltr 'x y' ' ' ,\nltr abc "
                                      "'' _\nltr '' . _\nltr a..b . _\nltr .a. . _\n"
                                      "ltr 'a  b' ' ' _\n");
  EXPECT_EQ(run.out, "a_b_c\nabc\nx,y\nabc\n\na__b\na\na_b\n");
}

TEST(Ltr, StoresInAVariable) {
  RcWorld world;
  RcOutcome run = RunRcshLikeBaseline(
      world, "ltr kern.features.x . _ out; echo \"[$out] $?\"\nltr \"it's\" \"'\" _ q; echo $q\n");
  EXPECT_EQ(run.out, "[kern_features_x] 0\nit_s\n");
}

TEST(Ltr, LeavesIfsAndTurnsGlobbingBackOn) {
  RcWorld world;
  world.Write("/tmp/afile", "");
  RcOutcome run = RunRcshLikeBaseline(world,
                                      "IFS=:; ltr a.b . _ v; echo \"$v\"; IFS=' '\nset -f; ltr a.b "
                                      ". _ v; cd \"$RC_ROOT\"/tmp && echo a*\n");
  EXPECT_EQ(run.out, "a_b\nafile\n");
}

}  // namespace
}  // namespace rcsh::testing
