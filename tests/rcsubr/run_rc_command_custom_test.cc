// run_rc_command with ARG_cmd methods: extra commands with arguments, the
// precmd/postcmd status rules, _env, and what a script cannot do to the
// interpreter (exit in a method, a missing name).
#include <gtest/gtest.h>

#include "rc_command_fixture.h"

namespace rcsh::testing {
namespace {

class RunRcCommandCustom : public RcCommandTest {
 protected:
  void SetUp() override {
    RcCommandTest::SetUp();
    Enable();
  }
};

const char* const kKiss =
    "extra_commands=kiss\nkiss_cmd=tsvc_kiss\n"
    "tsvc_kiss() { echo \"kiss: $# [$*] rc_extra_args=[$rc_extra_args]\"; }";

TEST_F(RunRcCommandCustom, ExtraArgumentsReachTheMethod) {
  RcOutcome o = RunTsvc(kKiss, {"kiss", "a", "b c"});
  EXPECT_EQ(o.status, 0) << o.err;
  // rc.subr evals "METHOD $rc_extra_args": the arguments are split again.
  EXPECT_EQ(o.out, "kiss: 3 [a b c] rc_extra_args=[a b c]\n");
}

TEST_F(RunRcCommandCustom, PrecmdFailureSkipsTheMethod) {
  RcOutcome o = RunTsvc(std::string(kKiss) + "\nkiss_precmd='echo pre; false'", {"kiss"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "pre\n");
}

TEST_F(RunRcCommandCustom, MethodFailureSkipsThePostcmd) {
  RcOutcome o = RunTsvc("extra_commands=kiss\nkiss_cmd=false\nkiss_postcmd='echo post'", {"kiss"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "");
}

TEST_F(RunRcCommandCustom, ForceIgnoresMethodFailure) {
  RcOutcome o =
      RunTsvc("extra_commands=kiss\nkiss_cmd=false\nkiss_postcmd='echo post'", {"forcekiss"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out, "post\n");
}

TEST_F(RunRcCommandCustom, PostcmdStatusIsReturned) {
  RcOutcome o = RunTsvc("extra_commands=kiss\nkiss_cmd=true\nkiss_postcmd='return 5'", {"kiss"});
  EXPECT_EQ(o.status, 5);
}

TEST_F(RunRcCommandCustom, EnvIsExportedForTheMethod) {
  world_.Append("/etc/rc.conf", "tsvc_env='A=1 B=2'");
  RcOutcome o = RunTsvc("extra_commands=kiss\nkiss_cmd='sh -c \"echo \\$A\\$B\"'", {"kiss"});
  EXPECT_EQ(o.out, "12\n");
}

TEST_F(RunRcCommandCustom, AStartCmdRunsSetupAndPrecmdButNoLimits) {
  RcOutcome o = RunTsvc("start_cmd='echo started'\nstart_precmd='echo pre'", {"start"});
  EXPECT_EQ(o.out, "pre\nstarted\n");
  EXPECT_FALSE(Called(o, "limits"));
}

TEST_F(RunRcCommandCustom, SetupRunsBeforePrecmdAndItsFailureOnlyWarns) {
  world_.Append("/etc/rc.conf", "tsvc_setup='echo setup; false'");
  RcOutcome o = RunTsvc("start_cmd='echo started'", {"start"});
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out, "setup\nstarted\n");
  EXPECT_EQ(o.err, "/etc/rc.d/tsvc: WARNING: failed to setup tsvc\n");
}

TEST_F(RunRcCommandCustom, ExitInAMethodEndsTheScriptWithItsStatus) {
  RcOutcome o =
      RunTsvc("extra_commands=kiss\nkiss_cmd='exit 7'\nkiss_postcmd='echo post'", {"kiss"});
  EXPECT_EQ(o.status, 7);
  EXPECT_EQ(o.out, "");
}

TEST_F(RunRcCommandCustom, AMissingNameIsAnError) {
  world_.Write("/etc/rc.d/noname", "#!/bin/sh\n. /etc/rc.subr\nrun_rc_command start\necho not reached\n", 0755);
  RcOutcome o = RunEmbeddedScript(world_, "/etc/rc.d/noname", {}, BindRcSubr());
  EXPECT_EQ(o.status, 3);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "/etc/rc.d/noname: ERROR: run_rc_command: $name is not set.\n");
}

TEST_F(RunRcCommandCustom, AnExtraCommandWithoutAMethodPrintsTheUsage) {
  RcOutcome o = RunTsvc("extra_commands=kiss", {"kiss"});
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.err, "Usage: /etc/rc.d/tsvc [fast|force|one|quiet](start|stop|restart|rcvar|enable|disable|"
                   "delete|enabled|describe|extracommands|kiss|status|poll)\n");
}

}  // namespace
}  // namespace rcsh::testing
