// run_rc_command's default stop, status, poll, reload and restart: the PID
// probe through the process table, the kill command, wait_for_pids, and
// the not-running messages.
#include <gtest/gtest.h>

#include "rc_command_fixture.h"

namespace rcsh::testing {
namespace {

class RunRcCommandStopStatus : public RcCommandTest {
 protected:
  void SetUp() override {
    RcCommandTest::SetUp();
    Enable();
  }
  static constexpr const char* kPidfile = "pidfile=/var/run/tsvc.pid";
};

TEST_F(RunRcCommandStopStatus, StatusReportsThePidFromThePidfile) {
  StartDaemon(4242);
  RcOutcome o = RunTsvc(kPidfile, {"status"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "tsvc is running as pid 4242.\n");
}

TEST_F(RunRcCommandStopStatus, StatusWithoutPidfileMatchesTheProcessTable) {
  processes_.Add(777, {"/usr/sbin/tsvc", "-f"});
  processes_.Add(778, {"/usr/sbin/other"});
  RcOutcome o = RunTsvc("", {"status"});
  EXPECT_EQ(o.out, "tsvc is running as pid 777.\n");
}

TEST_F(RunRcCommandStopStatus, AStalePidfileMeansNotRunning) {
  world_.Write("/var/run/tsvc.pid", "4242\n");
  RcOutcome o = RunTsvc(kPidfile, {"status"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "tsvc is not running.\n");
}

TEST_F(RunRcCommandStopStatus, StopKillsWithSigStopAndWaits) {
  StartDaemon(4242);
  processes_.ExitAfterAliveChecks(4242, 0);
  RcOutcome o =
      RunTsvc(std::string(kPidfile) + "\nsig_stop=INT\nkill() { echo kill \"$@\"; }", {"stop"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Stopping tsvc.\nkill -INT 4242\n");
}

TEST_F(RunRcCommandStopStatus, StopOfAStoppedServiceSaysNotRunning) {
  RcOutcome o = RunTsvc(kPidfile, {"stop"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "tsvc not running? (check /var/run/tsvc.pid).\n");
}

TEST_F(RunRcCommandStopStatus, ReloadNeedsReloadInExtraCommandsAndSendsHup) {
  StartDaemon(4242);
  std::string settings = std::string(kPidfile) + "\nkill() { echo kill \"$@\"; }";
  RcOutcome without = RunTsvc(settings, {"reload"});
  EXPECT_EQ(without.status, 1);
  EXPECT_EQ(without.err.rfind("/etc/rc.d/tsvc: unknown directive 'reload'.\n", 0), 0u) << without.err;
  RcOutcome with = RunTsvc(settings + "\nextra_commands=reload", {"reload"});
  EXPECT_EQ(with.status, 0) << with.err;
  EXPECT_EQ(with.out, "kill -HUP 4242\n");
}

TEST_F(RunRcCommandStopStatus, ReloadOfAStoppedServiceFailsEvenWhenFast) {
  RcOutcome o = RunTsvc(std::string(kPidfile) + "\nextra_commands=reload", {"fastreload"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "tsvc not running? (check /var/run/tsvc.pid).\n");
}

TEST_F(RunRcCommandStopStatus, TheKillRunsAsTheServiceUser) {
  StartDaemon(4242);
  processes_.ExitAfterAliveChecks(4242, 0);
  world_.Append("/etc/rc.conf", "tsvc_user=nobody");
  RcOutcome o = RunTsvc(std::string(kPidfile) + "\nsu() { echo su \"$@\"; }", {"stop"});
  EXPECT_EQ(o.out, "Stopping tsvc.\nsu -m nobody -c sh -c \"kill -TERM 4242\"\n");
}

TEST_F(RunRcCommandStopStatus, RestartStopsThenStartsInSubshells) {
  StartDaemon(4242);
  processes_.ExitAfterAliveChecks(4242, 0);
  RcOutcome o = RunTsvc(std::string(kPidfile) +
                            "\nkill() { echo kill \"$@\"; }\n"
                            "stop_postcmd='rm -f $RC_ROOT/var/run/tsvc.pid'",
                        {"restart"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Stopping tsvc.\nkill -TERM 4242\nStarting tsvc.\n");
  EXPECT_TRUE(Called(o, "tsvc"));
}

TEST_F(RunRcCommandStopStatus, ThePidProbeIsSkippedDuringBoot) {
  StartDaemon(4242);
  RcOutcome o = RunTsvc(std::string(kPidfile) + "\nautoboot=yes", {"start"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Starting tsvc.\n");
}

}  // namespace
}  // namespace rcsh::testing
