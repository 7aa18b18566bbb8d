// `. /etc/rc.subr` done natively (spec c.1): the load guard, RC_PID, the
// constants under the root prefix, the veriexec probe behind is_verified,
// and the tail (rc.debug, boottrace, SED, local.rc.subr, the fallbacks).
#include "rcsubr/rc_subr_source.h"

#include <gtest/gtest.h>

#include "support/fake_system_queries.h"
#include "support/rc_embedded_runner.h"
#include "support/rc_world.h"

namespace rcsh::testing {
namespace {

class RcSubrSource : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(world_.ok()); }
  RcOutcome Source(const std::string& after) {
    rcsubr::RcSubrOptions options;
    options.system = &system_;
    return RunEmbedded(world_, ". /etc/rc.subr\n" + after, BindRcSubr(options), "/etc/rc.d/t");
  }
  RcWorld world_{{"corpus/base"}};
  FakeSystemQueries system_;
};

TEST_F(RcSubrSource, SetsTheConstantsUnderTheRoot) {
  RcOutcome o = Source(
      "echo \"$SYSCTL|$SYSCTL_N|$PS|$ID|$JID|$rc_service|$_rc_subr_loaded\"; echo \"$IDCMD\"");
  EXPECT_EQ(o.out, "ROOT/sbin/sysctl|ROOT/sbin/sysctl -n|ROOT/bin/ps -ww|ROOT/usr/bin/id|0|/etc/rc.d/t|YES\n"
                   "if [ -x ROOT/usr/bin/id ]; then ROOT/usr/bin/id -un; fi\n");
}

TEST_F(RcSubrSource, TheLoadGuardSkipsEverythingButRcPid) {
  RcOutcome o = Source("SYSCTL=changed; . /etc/rc.subr; echo $? $SYSCTL");
  EXPECT_EQ(o.out, "0 changed\n");
}

TEST_F(RcSubrSource, RcPidDefaultsToTheShellAndIsExported) {
  RcOutcome o = Source("[ \"$RC_PID\" = $$ ] && echo same; sh -c 'echo ${RC_PID:+exported}'");
  EXPECT_EQ(o.out, "same\nexported\n");
}

TEST_F(RcSubrSource, AKeptRcPidIsNotReplaced) {
  RcOutcome o =
      RunEmbedded(world_, "RC_PID=77\n. /etc/rc.subr\necho $RC_PID", BindRcSubr(), "/etc/rc.d/t");
  EXPECT_EQ(o.out, "77\n");
}

TEST_F(RcSubrSource, LocalRcSubrIsReadAndMayOverrideAFunction) {
  world_.Write("/etc/local.rc.subr", "checkyesno() { echo site-checkyesno; }\n");
  RcOutcome o = Source("checkyesno x");
  EXPECT_EQ(o.out, "site-checkyesno\n");
}

TEST_F(RcSubrSource, FallbacksAreDefinedOnlyWhenMissing) {
  RcOutcome o = Source("DebugOn x; echo $?; DebugOff rc=3 y; echo $?; type safe_dot | head -1");
  EXPECT_EQ(o.out, "0\n3\nsafe_dot is a shell function\n");
  world_.Write("/libexec/debug.sh", "_DEBUG_SH=:\nDebugOn() { echo real-debugon; }\n");
  RcOutcome real = Source("DebugOn x");
  EXPECT_EQ(real.out, "real-debugon\n");
}

TEST_F(RcSubrSource, RcDebugFromTheKernelEnvironment) {
  EXPECT_EQ(Source("echo \"[$rc_debug]\"").out, "[]\n");
  system_.SetKenv("rc.debug", "1");
  EXPECT_EQ(Source("echo \"[$rc_debug]\"").out, "[YES]\n");
}

TEST_F(RcSubrSource, BoottraceNeedsTheProgramAndTheSysctl) {
  system_.SetSysctl("kern.boottrace.enabled", "1");
  EXPECT_EQ(Source("echo \"[$boottrace_cmd][$rc_boottrace]\"").out, "[][]\n");
  world_.Write("/usr/sbin/boottrace", "#!/bin/sh\n", 0755);
  EXPECT_EQ(Source("echo \"[$boottrace_cmd][$rc_boottrace]\"").out, "[ROOT/usr/sbin/boottrace][YES]\n");
  system_.SetSysctl("kern.boottrace.enabled", "0");
  EXPECT_EQ(Source("echo \"[$rc_boottrace]\"").out, "[]\n");
}

TEST_F(RcSubrSource, SedIsFoundUnderTheRoot) {
  RcOutcome o = Source("echo $SED");
  EXPECT_EQ(o.out, world_.Exists("/usr/bin/sed") ? "ROOT/usr/bin/sed\n" : "\n");
}

TEST_F(RcSubrSource, IsVerifiedIsTrueWithoutVeriexec) {
  RcOutcome o = Source("is_verified /etc/rc.d/sshd && echo verified");
  EXPECT_EQ(o.out, "verified\n");
}

TEST_F(RcSubrSource, IsVerifiedAsksAnActiveVeriexec) {
  world_.Write("/sbin/veriexec",
               "#!/bin/sh\ncase \"$1\" in -i) exit 0 ;; -x) [ \"$2\" = /good ] ;; esac\n", 0755);
  RcOutcome o = Source("is_verified /good && echo good; is_verified /bad || echo bad");
  EXPECT_EQ(o.out, "good\nbad\n");
}

TEST_F(RcSubrSource, ANonExecutableScriptIsRefusedByRunRcScriptWhenVeriexecSaysSo) {
  world_.Write("/sbin/veriexec", "#!/bin/sh\ncase \"$1\" in -i) exit 0 ;; -x) exit 1 ;; esac\n", 0755);
  world_.Write("/etc/rc.d/t2", "#!/bin/sh\necho ran\n", 0755);
  RcOutcome o = Source("run_rc_script /etc/rc.d/t2 start; echo done");
  EXPECT_EQ(o.out, "done\n");
}

}  // namespace
}  // namespace rcsh::testing
