// check_jail, check_kern_features (and its cache variable), root_hold_wait
// and mount_md: their reads through SystemQueries (a fake here, stand-in
// tools for the comparisons with the baseline under dash).
#include <gtest/gtest.h>

#include "rcsubr/system_natives_fixture.h"

namespace rcsh::rcsubr {
namespace {

using SystemNativesTest = testing::SystemNativesTest;
using std::chrono::milliseconds;

TEST_F(SystemNativesTest, CheckJailIsTrueOnlyForOne) {
  auto o = RunBoth("for m in jailed vnet nosuch; do check_jail $m; echo \"$m $?\"; done");
  EXPECT_EQ(o.out, "jailed 1\nvnet 0\nnosuch 1\n");
  EXPECT_EQ(o.err, "");
}

TEST_F(SystemNativesTest, CheckJailAsksSecurityJail) {
  context_.system = &fake_;
  fake_.SetSysctl("security.jail.jailed", "1");
  EXPECT_EQ(Run("check_jail jailed; echo $?").out, "0\n");
  EXPECT_EQ(fake_.asked(), std::vector<std::string>{"sysctl security.jail.jailed"});
}

TEST_F(SystemNativesTest, CheckKernFeaturesAnswersAndCaches) {
  auto o = RunBoth(
      "check_kern_features inet6; echo \"$? $_rc_cache_kern_features_inet6\"; "
      "check_kern_features inet6; echo $?; check_kern_features vimage; echo \"$? $_rc_cache_kern_features_vimage\"; "
      "check_kern_features vimage; echo $?");
  EXPECT_EQ(o.out, "0 yes\n0\n1 no\n1\n");
  EXPECT_EQ(o.calls, "sysctl -n -q kern.features.inet6\nsysctl -n -q kern.features.vimage\n");
}

TEST_F(SystemNativesTest, CheckKernFeaturesCacheNameTurnsDashesAndDotsIntoDoubleUnderscores) {
  context_.system = &fake_;
  auto o = Run("check_kern_features a-b.c; echo $_rc_cache_kern_features_a__b__c; "
               "check_kern_features -x-; echo $_rc_cache_kern_features_x; "
               "_rc_cache_kern_features_cached=yes; check_kern_features cached; echo $?");
  EXPECT_EQ(o.out, "no\nno\n0\n");
  EXPECT_EQ(fake_.asked(), (std::vector<std::string>{"sysctl -q kern.features.a-b.c", "sysctl -q kern.features.-x-"}));
}

TEST_F(SystemNativesTest, CheckKernFeaturesCacheMatchesTheBaseline) {
  auto o = RunBoth("check_kern_features a-b..c-; echo $_rc_cache_kern_features_a__b____c");
  EXPECT_EQ(o.out, "no\n");
}

TEST_F(SystemNativesTest, RootHoldWaitReturnsAtOnceWithoutHolders) {
  auto o = RunBoth("root_hold_wait; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n");
  EXPECT_EQ(o.calls, "sysctl -n vfs.root_mount_hold\n");
}

TEST_F(SystemNativesTest, RootHoldWaitPrintsProgressUntilTheHoldersAreGone) {
  context_.system = &fake_;
  fake_.QueueSysctl("vfs.root_mount_hold", {"usbus0 usbus1", "usbus1", "usbus1"});
  auto o = Run("root_hold_wait; echo \"[$?]\"");
  EXPECT_EQ(o.out, "Waiting 30s for the root mount holders: usbus0 usbus1..\n[0]\n");
  EXPECT_EQ(sleeper_.pauses(), std::vector<milliseconds>(3, milliseconds(1000)));
}

TEST_F(SystemNativesTest, RootHoldWaitGivesUpAfterTheDelay) {
  context_.system = &fake_;
  fake_.SetSysctl("vfs.root_mount_hold", "CAM");
  auto o = Run("root_hold_delay=2; root_hold_wait; echo \"[$?]\"");
  EXPECT_EQ(o.out, "Waiting 2s for the root mount holders: CAM.\n[0]\n");
  EXPECT_EQ(sleeper_.pauses().size(), 2u);
}

TEST_F(SystemNativesTest, RootHoldWaitWithABadDelayComplainsLikeTest) {
  context_.system = &fake_;
  fake_.QueueSysctl("vfs.root_mount_hold", {"CAM"});
  auto o = Run("root_hold_delay=soon; root_hold_wait; echo \"[$?]\"");
  EXPECT_EQ(o.out, "Waiting soons for the root mount holders: CAM\n[0]\n");
  EXPECT_NE(o.err.find("soon"), std::string::npos) << o.err;  // the test builtin's "illegal number"
}

TEST_F(SystemNativesTest, MountMdRunsMdmfs) {
  auto o = RunBoth("mount_md 32m /tmp '-o async -S'; echo \"[$?]\"; mfs_type=md; mount_md 8m /var");
  EXPECT_EQ(o.out, "[0]\n");
  EXPECT_EQ(o.calls, "mdmfs -o async -S -s 32m auto /tmp\nmdmfs -s 8m md /var\n");
}

}  // namespace
}  // namespace rcsh::rcsubr
