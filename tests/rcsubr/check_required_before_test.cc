// check_required_before (rcsubr/script_natives.cc): required_vars,
// required_dirs and required_files for `start`, each failure a warning and,
// unless rc_force, a failure. Paths are looked up under $RC_ROOT.
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

class CheckRequiredBefore : public ::testing::Test {
 protected:
  void SetUp() override {
    world_.Write("/etc/present.conf", "x\n");
    world_.Write("/var/db/.keep", "");
  }
  RcWorld world_;
};

TEST_F(CheckRequiredBefore, EverythingPresentPasses) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "a_enable=YES b_enable=on\nrequired_vars='a_enable b_enable' required_dirs='/var/db /etc' "
      "required_files=/etc/present.conf\ncheck_required_before start; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(CheckRequiredBefore, OnlyStartIsChecked) {
  RcOutcome run = RunRcshLikeBaseline(world_,
                                      "required_vars=nope_enable required_dirs=/nowhere\nfor a in "
                                      "stop status restart ''; do check_required_before "
                                      "$a; echo $?; done\n");
  EXPECT_EQ(run.out, "0\n0\n0\n0\n");
}

TEST_F(CheckRequiredBefore, ADisabledVariableFails) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "a_enable=NO\nrequired_vars='a_enable b_enable'\ncheck_required_before start; echo $?\n");
  EXPECT_EQ(run.out, "1\n");
  EXPECT_EQ(run.err, "/etc/rc.d/test: WARNING: $a_enable is not enabled.\n");
}

TEST_F(CheckRequiredBefore, AnUnsetVariableWarnsTwice) {
  RcOutcome run =
      RunRcshLikeBaseline(world_, "required_vars=b_enable\ncheck_required_before start; echo $?\n");
  EXPECT_EQ(run.err,
            "/etc/rc.d/test: WARNING: $b_enable is not set properly - see rc.conf(5).\n"
            "/etc/rc.d/test: WARNING: $b_enable is not enabled.\n");
}

TEST_F(CheckRequiredBefore, AMissingDirectoryOrAFileInItsPlaceFails) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "required_dirs='/var/db /nowhere /var'\ncheck_required_before start; echo $?\n"
      "required_dirs=/etc/present.conf\ncheck_required_before start; echo $?\n");
  EXPECT_EQ(run.out, "1\n1\n");
  EXPECT_EQ(run.err,
            "/etc/rc.d/test: WARNING: /nowhere is not a directory.\n"
            "/etc/rc.d/test: WARNING: /etc/present.conf is not a directory.\n");
}

TEST_F(CheckRequiredBefore, AnUnreadableFileFails) {
  RcOutcome run = RunRcshLikeBaseline(world_,
                                      "required_files='/etc/present.conf /etc/absent.conf'\n"
                                      "check_required_before start; echo $?\n");
  EXPECT_EQ(run.out, "1\n");
  EXPECT_EQ(run.err, "/etc/rc.d/test: WARNING: /etc/absent.conf is not readable.\n");
}

TEST_F(CheckRequiredBefore, ForceWarnsAboutEverythingButPasses) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "rc_force=yes x_enable=NO\nrequired_vars=x_enable required_dirs='/a /b' required_files=/c\n"
      "check_required_before start; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.err,
            "/etc/rc.d/test: WARNING: $x_enable is not enabled.\n/etc/rc.d/test: WARNING: /a is not a directory.\n"
            "/etc/rc.d/test: WARNING: /b is not a directory.\n/etc/rc.d/test: WARNING: /c is not readable.\n");
}

TEST_F(CheckRequiredBefore, OverriddenHelpersAreCalledByName) {
  RcOutcome run = RunRcshLikeBaseline(world_,
                                      "checkyesno() { echo \"asked $1\"; return 1; }\nwarn() { "
                                      "echo \"warned: $*\"; }\nrequired_vars=v\n"
                                      "check_required_before start; echo $?\n");
  EXPECT_EQ(run.out, "asked v\nwarned: $v is not enabled.\n1\n");
}

}  // namespace
}  // namespace rcsh::testing
