// stop_boot (rcsubr/script_natives.cc): SIGTERM to $RC_PID at boot or when
// told to, and an exit of the current shell either way.
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

// `kill` is called by name, so a function stands in for it.
const std::string kFakeKill = "kill() { echo \"kill $*\"; }\nRC_PID=4242\n";

TEST(StopBoot, AtBootItSignalsTheRcShellAndExits) {
  RcWorld world;
  RcOutcome run = RunRcshLikeBaseline(world, kFakeKill + "autoboot=yes\nstop_boot; echo never\n");
  EXPECT_EQ(run.out, "ERROR: ABORTING BOOT (sending SIGTERM to parent)!\nkill -TERM 4242\n");
  EXPECT_EQ(run.status, 1);
}

TEST(StopBoot, OutsideABootItOnlyExits) {
  RcWorld world;
  for (const char* autoboot : {"", "no", "YES"}) {  // only the exact word yes counts
    RcOutcome run = RunRcshLikeBaseline(
        world, kFakeKill + "autoboot=" + autoboot + "\nstop_boot; echo never\n");
    EXPECT_EQ(run.out, "") << autoboot;
    EXPECT_EQ(run.status, 1) << autoboot;
  }
}

TEST(StopBoot, AlwaysTakesAnyYesValue) {
  RcWorld world;
  for (const char* always : {"yes", "TRUE", "on", "1"}) {
    RcOutcome run =
        RunRcshLikeBaseline(world, kFakeKill + "stop_boot " + always + "; echo never\n");
    EXPECT_EQ(run.out, "ERROR: ABORTING BOOT (sending SIGTERM to parent)!\nkill -TERM 4242\n") << always;
    EXPECT_EQ(run.status, 1);
  }
  RcOutcome run = RunRcshLikeBaseline(world, kFakeKill + "stop_boot no; echo never\n");
  EXPECT_EQ(run.out, "");
}

TEST(StopBoot, InASubshellItEndsOnlyTheSubshell) {
  RcWorld world;
  RcOutcome run = RunRcshLikeBaseline(world, kFakeKill + "(stop_boot); echo \"after $?\"\n");
  EXPECT_EQ(run.out, "after 1\n");
}

TEST(StopBoot, TheSignalReallyReachesTheRcShell) {
  RcWorld world;
  RcOutcome run =
      RunRcshLikeBaseline(world, "trap 'echo got TERM' TERM\nautoboot=yes\nstop_boot\n");
  EXPECT_EQ(run.out, "ERROR: ABORTING BOOT (sending SIGTERM to parent)!\ngot TERM\n");
  EXPECT_EQ(run.status, 1);
}

}  // namespace
}  // namespace rcsh::testing
