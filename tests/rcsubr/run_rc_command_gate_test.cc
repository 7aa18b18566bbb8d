// run_rc_command's rcvar gate: which commands a disabled service refuses,
// the message, ${name}_offcmd, `enabled`, and the warning for a knob that
// is unset or junk.
#include <gtest/gtest.h>

#include "rc_command_fixture.h"

namespace rcsh::testing {
namespace {

class RunRcCommandGate : public RcCommandTest {};

TEST_F(RunRcCommandGate, ADisabledServiceRefusesStartWithStatusZero) {
  world_.Append("/etc/rc.conf", "tsvc_enable=NO");
  RcOutcome o = RunTsvc("", {"start"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out, "Cannot 'start' tsvc. Set tsvc_enable to YES in /etc/rc.conf or use 'onestart' instead of 'start'.\n");
  EXPECT_EQ(o.err, "");
  EXPECT_FALSE(Called(o, "tsvc"));
}

TEST_F(RunRcCommandGate, AnUnsetKnobWarnsAndRefuses) {
  RcOutcome o = RunTsvc("", {"restart"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: WARNING: $tsvc_enable is not set properly - see rc.conf(5).\n");
  EXPECT_EQ(o.out, "Cannot 'restart' tsvc. Set tsvc_enable to YES in /etc/rc.conf or use 'onerestart' instead of 'restart'.\n");
}

TEST_F(RunRcCommandGate, QuietRefusesSilently) {
  world_.Append("/etc/rc.conf", "tsvc_enable=NO");
  RcOutcome o = RunTsvc("", {"quietstart"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out + o.err, "");
}

TEST_F(RunRcCommandGate, StatusRcvarAndDescribeAreNotGated) {
  world_.Append("/etc/rc.conf", "tsvc_enable=NO");
  RcOutcome status = RunTsvc("", {"status"});
  EXPECT_EQ(status.out, "tsvc is not running.\n");
  EXPECT_EQ(status.status, 1);
  RcOutcome describe = RunTsvc("desc='A test service'", {"describe"});
  EXPECT_EQ(describe.out, "A test service\n");
}

TEST_F(RunRcCommandGate, StopIsGatedOnlyWhenNothingRuns) {
  world_.Append("/etc/rc.conf", "tsvc_enable=NO");
  RcOutcome idle = RunTsvc("pidfile=/var/run/tsvc.pid", {"stop"});
  EXPECT_EQ(idle.out, "Cannot 'stop' tsvc. Set tsvc_enable to YES in /etc/rc.conf or use 'onestop' instead of 'stop'.\n");
  EXPECT_EQ(idle.status, 0);
}

TEST_F(RunRcCommandGate, OffcmdRunsWhenStartIsRefused) {
  world_.Append("/etc/rc.conf", "tsvc_enable=NO");
  world_.Append("/etc/rc.conf", "tsvc_offcmd='echo off'");
  RcOutcome o = RunTsvc("", {"start", "a1"});
  EXPECT_EQ(o.out, "off a1\nCannot 'start' tsvc. Set tsvc_enable to YES in /etc/rc.conf or use 'onestart' instead of 'start'.\n");
}

TEST_F(RunRcCommandGate, EnabledAnswersWithTheKnobOnly) {
  RcOutcome off = RunTsvc("", {"enabled"});
  EXPECT_EQ(off.status, 1);
  Enable();
  RcOutcome on = RunTsvc("", {"enabled"});
  EXPECT_EQ(on.status, 0);
  EXPECT_EQ(on.out + on.err, "");
}

TEST_F(RunRcCommandGate, ExtraCommandsAreGated) {
  world_.Append("/etc/rc.conf", "tsvc_enable=NO");
  RcOutcome o = RunTsvc("extra_commands=kick\nkick_cmd='echo kicked'", {"kick"});
  EXPECT_EQ(o.out, "Cannot 'kick' tsvc. Set tsvc_enable to YES in /etc/rc.conf or use 'onekick' instead of 'kick'.\n");
}

}  // namespace
}  // namespace rcsh::testing
