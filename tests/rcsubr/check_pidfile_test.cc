// check_pidfile: usage, the pidfile's debug messages, matching the pid it
// names against the process table (jail, interpreter), and the same text as
// the baseline rc.subr under dash with a ps stand-in listing the same table.
#include <gtest/gtest.h>

#include "rcsubr/process_natives_fixture.h"

namespace rcsh::rcsubr {
namespace {

using CheckPidfileTest = testing::ProcessNativesTest;

TEST_F(CheckPidfileTest, WithoutPidfileOrProcnameIsAUsageError) {
  for (const char* call : {"check_pidfile", "check_pidfile /var/run/foo.pid", "check_pidfile '' foo"}) {
    auto o = RunBoth(std::string(call) + "; echo not reached");
    EXPECT_EQ(o.status, 3) << call;
    EXPECT_EQ(o.out, "") << call;
    EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: USAGE: check_pidfile pidfile procname [interpreter]\n") << call;
  }
}

TEST_F(CheckPidfileTest, MissingPidfileIsADebugMessageAndNoPid) {
  auto o = RunBoth("rc_debug=yes; check_pidfile /var/run/foo.pid /usr/sbin/foo; echo \" $?\"");
  EXPECT_EQ(o.out, " 0\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: DEBUG: pid file (/var/run/foo.pid): not readable.\n");
}

TEST_F(CheckPidfileTest, EmptyPidfileIsADebugMessageAndNoPid) {
  world_.Write("/var/run/foo.pid", "\n");
  auto o = RunBoth("rc_debug=yes; check_pidfile /var/run/foo.pid /usr/sbin/foo; echo \" $?\"");
  EXPECT_EQ(o.out, " 0\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: DEBUG: pid file (/var/run/foo.pid): no pid in file.\n");
}

TEST_F(CheckPidfileTest, PrintsThePidWhenItsProcessIsTheDaemon) {
  AddProcess(123, {"/usr/sbin/foo", "-d"});
  world_.Write("/var/run/foo.pid", "123 extra words\nignored\n");
  auto o = RunBoth("pid=$(check_pidfile /var/run/foo.pid /usr/sbin/foo); echo \"[$pid] $?\"");
  EXPECT_EQ(o.out, "[123] 0\n");
  EXPECT_EQ(o.calls.find("ps"), std::string::npos) << o.calls;  // no ps process for the native
}

TEST_F(CheckPidfileTest, NothingWhenThePidIsAnotherProgramOrGone) {
  AddProcess(123, {"/usr/sbin/bar"});
  world_.Write("/var/run/foo.pid", "123\n");
  world_.Write("/var/run/gone.pid", "999\n");
  world_.Write("/var/run/junk.pid", "abc\n");
  auto o = RunBoth(
      "for f in foo gone junk; do echo \"[$(check_pidfile /var/run/$f.pid /usr/sbin/foo)] $?\"; done");
  EXPECT_EQ(o.out, "[] 0\n[] 0\n[] 0\n");
  EXPECT_EQ(o.err, "");
}

TEST_F(CheckPidfileTest, OnlyProcessesOfTheJailInJidCount) {
  AddProcess(123, {"foo"}, 3);
  world_.Write("/var/run/foo.pid", "123\n");
  auto o = RunBoth("echo \"[$(check_pidfile /var/run/foo.pid foo)]\"; JID=3; echo \"[$(check_pidfile /var/run/foo.pid foo)]\"");
  EXPECT_EQ(o.out, "[]\n[123]\n");
}

TEST_F(CheckPidfileTest, AnUnsetJidMatchesNoJail) {
  AddProcess(123, {"foo"});
  world_.Write("/var/run/foo.pid", "123\n");
  EXPECT_EQ(Run("unset JID; echo \"[$(check_pidfile /var/run/foo.pid foo)]\"").out, "[]\n");
}

TEST_F(CheckPidfileTest, InterpretedDaemonMatchesItsShebangCommandLine) {
  world_.Write("/usr/local/bin/foo", "#!/usr/bin/env python3\nprint()\n");
  AddProcess(77, {"python3", "/usr/local/bin/foo", "--daemon"});
  world_.Write("/var/run/foo.pid", "77\n");
  auto o = RunBoth("echo \"[$(check_pidfile /var/run/foo.pid /usr/local/bin/foo python3)]\"");
  EXPECT_EQ(o.out, "[77]\n");
}

TEST_F(CheckPidfileTest, InterpretedDaemonWithoutShebangWarnsAndFails) {
  world_.Write("/usr/local/bin/foo", "print()\n");
  AddProcess(77, {"python3", "/usr/local/bin/foo"});
  world_.Write("/var/run/foo.pid", "77\n");
  auto o = RunBoth("check_pidfile /var/run/foo.pid /usr/local/bin/foo python3; echo \" $?\"");
  EXPECT_EQ(o.out, " 1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: no shebang line in /usr/local/bin/foo\n");
}

TEST_F(CheckPidfileTest, InterpretedDaemonOfAnotherInterpreterWarns) {
  world_.Write("/usr/local/bin/foo", "#!/usr/local/bin/perl -w\n");
  world_.Write("/var/run/foo.pid", "77\n");
  auto o = RunBoth("check_pidfile /var/run/foo.pid /usr/local/bin/foo python3; echo \" $?\"");
  EXPECT_EQ(o.out, " 1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: $command_interpreter python3 != /usr/local/bin/perl\n");
}

TEST_F(CheckPidfileTest, OverriddenDebugAndWarnAreCalled) {
  auto o = Run("debug() { echo \"my debug: $*\"; }; check_pidfile /var/run/none.pid foo");
  EXPECT_EQ(o.out, "my debug: pid file (/var/run/none.pid): not readable.\n");
}

}  // namespace
}  // namespace rcsh::rcsubr
