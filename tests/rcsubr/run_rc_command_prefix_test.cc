// run_rc_command's command prefixes: fast, force, one, quiet (only one, in
// that order of testing).
#include <gtest/gtest.h>

#include "rc_command_fixture.h"

namespace rcsh::testing {
namespace {

class RunRcCommandPrefix : public RcCommandTest {};

TEST_F(RunRcCommandPrefix, OneStartsADisabledService) {
  RcOutcome o = RunTsvc("", {"onestart"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Starting tsvc.\n");
  EXPECT_TRUE(Called(o, "tsvc"));
}

TEST_F(RunRcCommandPrefix, OneSetsTheKnobForMethodsToSee) {
  RcOutcome o =
      RunTsvc("start_cmd='echo knob=$tsvc_enable prefix=$_rc_prefix arg=$rc_arg'", {"onestart"});
  EXPECT_EQ(o.out, "knob=YES prefix=one arg=start\n");
}

TEST_F(RunRcCommandPrefix, ForceSetsRcForceAndThePrefix) {
  RcOutcome o = RunTsvc("start_cmd='echo force=$rc_force prefix=$_rc_prefix knob=$tsvc_enable'",
                        {"forcestart"});
  EXPECT_EQ(o.out, "force=yes prefix=force knob=YES\n");
}

TEST_F(RunRcCommandPrefix, FastSetsFastAndQuietButNoPrefix) {
  Enable();
  RcOutcome o =
      RunTsvc("start_cmd='echo fast=$rc_fast quiet=$rc_quiet prefix=[$_rc_prefix]'", {"faststart"});
  EXPECT_EQ(o.out, "fast=yes quiet=yes prefix=[]\n");
}

TEST_F(RunRcCommandPrefix, QuietSilencesStartmsgOnlyWhenRcStartmsgsIsOff) {
  Enable();
  RcOutcome shown = RunTsvc("", {"quietstart"});
  EXPECT_EQ(shown.out, "Starting tsvc.\n");  // rc_startmsgs defaults to YES
  world_.Append("/etc/rc.conf", "rc_startmsgs=NO");
  RcOutcome o = RunTsvc("", {"quietstart"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "");
  EXPECT_TRUE(Called(o, "tsvc"));
  RcOutcome plain = RunTsvc("", {"start"});
  EXPECT_EQ(plain.out, "Starting tsvc.\n");
}

TEST_F(RunRcCommandPrefix, OnlyOnePrefixIsStripped) {
  RcOutcome o = RunTsvc("", {"fastonestart"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: unknown directive 'onestart'.\n"
                   "Usage: /etc/rc.d/tsvc [fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|"
                   "delete|enabled|describe|extracommands|status|poll)\n");
}

TEST_F(RunRcCommandPrefix, FastStopOfAStoppedServiceSucceedsSilently) {
  Enable();
  RcOutcome o = RunTsvc("pidfile=/var/run/tsvc.pid", {"faststop"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out + o.err, "");
}

}  // namespace
}  // namespace rcsh::testing
