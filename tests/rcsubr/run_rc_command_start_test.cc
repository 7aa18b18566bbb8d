// run_rc_command's default `start`: the command line it builds and runs,
// the checks before it, and the messages of each failure.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rc_command_fixture.h"

namespace rcsh::testing {
namespace {

using ::testing::HasSubstr;

class RunRcCommandStart : public RcCommandTest {};

TEST_F(RunRcCommandStart, RunsTheCommandUnderLimitsWithFlagsAndArgs) {
  Enable();
  world_.Append("/etc/rc.conf", "tsvc_flags=\"-f -v\"");
  RcOutcome o = RunTsvc("command_args=\"-x 1\"", {"start"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Starting tsvc.\n");
  EXPECT_EQ(o.err, "");
  EXPECT_TRUE(Called(o, "limits -C daemon ROOT/usr/sbin/tsvc -f -v -x 1")) << o.calls;
  EXPECT_TRUE(Called(o, "tsvc -f -v -x 1"));
}

TEST_F(RunRcCommandStart, TheFlagsVariableOverridesNameFlags) {
  Enable();
  world_.Append("/etc/rc.conf", "tsvc_flags=\"-f\"");
  RcOutcome o = RunTsvc("flags=-q", {"start"});
  EXPECT_TRUE(Called(o, "tsvc -q"));
  EXPECT_FALSE(Called(o, "tsvc -f"));
}

TEST_F(RunRcCommandStart, ProgramOverridesCommand) {
  Enable();
  world_.Write("/usr/sbin/tsvc2", world_.Read("/usr/sbin/tsvc"), 0755);
  world_.Append("/etc/rc.conf", "tsvc_program=/usr/sbin/tsvc2");
  RcOutcome o = RunTsvc("", {"start"});
  EXPECT_TRUE(Called(o, "limits -C daemon ROOT/usr/sbin/tsvc2"));
}

TEST_F(RunRcCommandStart, ChdirUserNiceAndLoginClassWrapTheCommand) {
  Enable();
  world_.Append("/etc/rc.conf", "tsvc_chdir=/var/db");
  world_.Append("/etc/rc.conf", "tsvc_login_class=tsvc");
  world_.Append("/etc/rc.conf", "tsvc_nice=5");
  world_.Append("/etc/rc.conf", "tsvc_user=nobody");
  RcOutcome o = RunTsvc("", {"start"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_TRUE(
      Called(o, "limits -C tsvc nice -n 5 su -m nobody -c 'sh -c \"ROOT/usr/sbin/tsvc  \"'"))
      << o.calls;
}

TEST_F(RunRcCommandStart, ChrootRunsTheLogicalCommandInsideTheJailDirectory) {
  Enable();
  world_.Write("/var/empty/usr/sbin/tsvc", "#!/bin/sh\n", 0755);
  world_.Append("/etc/rc.conf", "tsvc_chroot=/var/empty");
  world_.Append("/etc/rc.conf", "tsvc_user=nobody");
  world_.Append("/etc/rc.conf", "tsvc_group=nogroup");
  RcOutcome o = RunTsvc("", {"start"});
  EXPECT_TRUE(Called(o, "limits -C daemon chroot -u nobody -g nogroup /var/empty /usr/sbin/tsvc"))
      << o.calls;
}

TEST_F(RunRcCommandStart, ANonExecutableCommandIsRefused) {
  Enable();
  world_.Write("/usr/sbin/tsvc", "not a program", 0644);
  RcOutcome o = RunTsvc("", {"start"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: WARNING: run_rc_command: cannot run /usr/sbin/tsvc\n");
  EXPECT_EQ(o.out, "");
}

TEST_F(RunRcCommandStart, AFailingPrecmdStopsTheStartWithAWarning) {
  Enable();
  RcOutcome o =
      RunTsvc("start_precmd=tsvc_pre\ntsvc_pre() { echo pre \"$@\"; return 3; }", {"start"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "pre\n");
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: WARNING: failed precmd routine for tsvc\n");
  EXPECT_FALSE(Called(o, "limits"));
}

TEST_F(RunRcCommandStart, ForceIgnoresAFailingPrecmd) {
  RcOutcome o = RunTsvc("start_precmd=false", {"forcestart"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_TRUE(Called(o, "limits"));
}

TEST_F(RunRcCommandStart, PrecmdMayChangeRcFlagsBeforeTheCommandLineIsBuilt) {
  Enable();
  RcOutcome o = RunTsvc("start_precmd='rc_flags=\"$rc_flags -p\"'", {"start"});
  EXPECT_TRUE(Called(o, "tsvc -p"));
}

TEST_F(RunRcCommandStart, PostcmdStatusIsTheResult) {
  Enable();
  RcOutcome o = RunTsvc("start_postcmd='echo post; return 4'", {"start"});
  EXPECT_EQ(o.status, 4);
  EXPECT_EQ(o.out, "Starting tsvc.\npost\n");
}

TEST_F(RunRcCommandStart, AFailingCommandWarnsAndSkipsThePostcmd) {
  Enable();
  world_.Write("/usr/sbin/tsvc", "#!/bin/sh\nexit 2\n", 0755);
  RcOutcome o = RunTsvc("start_postcmd='echo post'", {"start"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "Starting tsvc.\n");
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: WARNING: failed to start tsvc\n");
}

TEST_F(RunRcCommandStart, AlreadyRunningIsAnErrorUnlessFast) {
  Enable();
  StartDaemon(4242);
  RcOutcome o = RunTsvc("pidfile=/var/run/tsvc.pid", {"start"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "tsvc already running? (pid=4242).\n");
  EXPECT_FALSE(Called(o, "limits"));
  RcOutcome quiet = RunTsvc("pidfile=/var/run/tsvc.pid", {"quietstart"});
  EXPECT_EQ(quiet.status, 1);
  EXPECT_EQ(quiet.err, "");
}

TEST_F(RunRcCommandStart, RequiredFilesAreCheckedBeforeThePrecmd) {
  Enable();
  RcOutcome o = RunTsvc("required_files=/etc/tsvc.conf\nstart_precmd='echo pre'", {"start"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "");
  EXPECT_THAT(o.err, HasSubstr("WARNING: /etc/tsvc.conf is not readable."));
  world_.Write("/etc/tsvc.conf", "x\n");
  RcOutcome ok = RunTsvc("required_files=/etc/tsvc.conf\nstart_precmd='echo pre'", {"start"});
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_EQ(ok.out, "pre\nStarting tsvc.\n");
}

TEST_F(RunRcCommandStart, UmaskAppliesOnlyToTheCommand) {
  Enable();
  world_.Append("/etc/rc.conf", "tsvc_umask=077");
  RcOutcome o = RunTsvc("start_postcmd='umask'\nstart_precmd='umask'", {"start"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "0022\nStarting tsvc.\n0022\n");
}

TEST_F(RunRcCommandStart, EnvFileIsExportedIntoTheService) {
  Enable();
  world_.Write("/etc/tsvc.env", "TSVC_MODE=fast\n");
  world_.Append("/etc/rc.conf", "tsvc_env_file=/etc/tsvc.env");
  RcOutcome o = RunTsvc("start_postcmd='sh -c \"echo \\$TSVC_MODE\"'", {"start"});
  EXPECT_EQ(o.out, "Starting tsvc.\nfast\n");
}

TEST_F(RunRcCommandStart, OomprotectProtectsTheStartedDaemon) {
  Enable();
  world_.Append("/etc/rc.conf", "tsvc_oomprotect=YES");
  processes_.Add(555, {"/usr/sbin/tsvc"});
  // autoboot: no PID probe before the start, so the daemon is found after it.
  RcOutcome o = RunTsvc("autoboot=yes", {"start"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_TRUE(Called(o, "sysctl -n security.jail.jailed"));
  EXPECT_TRUE(Called(o, "protect -p 555"));
}

TEST_F(RunRcCommandStart, ANestedRunRcCommandInThePrecmdLeavesItsArgument) {
  // rc_arg is a global: after sshd-style `run_rc_command configtest` in the
  // precmd, the after-start step no longer sees `start`, as in rc.subr.
  Enable();
  world_.Append("/etc/rc.conf", "tsvc_oomprotect=YES");
  processes_.Add(555, {"/usr/sbin/tsvc"});
  RcOutcome o = RunTsvc(
      "autoboot=yes\nextra_commands=check\ncheck_cmd=:\nstart_precmd='run_rc_command check'",
      {"start"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_TRUE(Called(o, "tsvc"));
  EXPECT_FALSE(Called(o, "protect"));
}

}  // namespace
}  // namespace rcsh::testing
