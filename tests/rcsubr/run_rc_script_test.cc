// run_rc_script, run_rc_scripts and boottrace_fn (rcsubr/rc_script_run.cc):
// the same snippets under dash with the shell rc.subr and under rcsh with
// the natives, plus the in-process subshell's own guarantees (a script never
// ends its caller; the traps go away with the subshell).
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

class RunRcScript : public ::testing::Test {
 protected:
  void SetUp() override {
    world_.Write(
        "/etc/rc.d/hello",
        "#!/bin/sh\n. /etc/rc.subr\nname=hello\necho \"hello $# [$1] [$2] rc_service=$rc_service "
        "\\$0=$0\"\nscript_var=set\n",
        0755);
  }
  RcWorld world_;
};

TEST_F(RunRcScript, SourcesTheScriptInASubshellWithArgAsPositionalParameters) {
  RcOutcome run = RunRcshLikeBaseline(world_,
                                      "run_rc_script /etc/rc.d/hello start; echo \"status $? "
                                      "name=[$name] script_var=[$script_var]\"\n"
                                      "run_rc_script /etc/rc.d/hello 'fast start'\n");
  EXPECT_EQ(run.out,
            "hello 1 [start] [] rc_service=/etc/rc.d/hello $0=/etc/rc.d/test\n"
            "status 0 name=[] script_var=[]\n"
            "hello 2 [fast] [start] rc_service=/etc/rc.d/hello $0=/etc/rc.d/test\n");
}

TEST_F(RunRcScript, AScriptThatExitsOnlyEndsItsSubshell) {
  world_.Write("/etc/rc.d/quitter", "#!/bin/sh\necho before\nexit 3\necho never\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_, "run_rc_script /etc/rc.d/quitter start; echo \"caller goes on $?\"\n");
  EXPECT_EQ(run.out, "before\ncaller goes on 3\n");
  EXPECT_EQ(run.status, 0);
}

TEST_F(RunRcScript, AScriptThatCallsErrOnlyEndsItsSubshell) {
  world_.Write("/etc/rc.d/erring", "#!/bin/sh\n. /etc/rc.subr\nerr 4 'cannot go on'\necho never\n",
               0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_, "run_rc_script /etc/rc.d/erring start; echo \"caller goes on $?\"\n");
  EXPECT_EQ(run.out, "caller goes on 4\n");
  EXPECT_EQ(run.err, "/etc/rc.d/test: ERROR: cannot go on\n");
}

TEST_F(RunRcScript, AFailingScriptReturnsItsStatusAndTheCallerGoesOn) {
  world_.Write("/etc/rc.d/failing", "#!/bin/sh\necho trying\nfalse\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_, "run_rc_script /etc/rc.d/failing start; echo \"caller goes on $?\"\n");
  EXPECT_EQ(run.out, "trying\ncaller goes on 1\n");
}

TEST_F(RunRcScript, AScriptWithASyntaxErrorOnlyEndsItsSubshell) {
  world_.Write("/etc/rc.d/broken", "#!/bin/sh\necho first\nif then fi\necho never\n", 0755);
  std::string program = ". \"$RC_ROOT\"/etc/rc.subr\nrun_rc_script /etc/rc.d/broken start; echo \"caller goes on $?\"\n";
  RcOutcome dash = RunProgram(world_, DashBinary(), program);
  RcOutcome rcsh = RunProgram(world_, RcshBinary(), program);
  EXPECT_EQ(rcsh.out, dash.out);
  EXPECT_EQ(rcsh.out, "first\ncaller goes on 2\n");
  EXPECT_EQ(rcsh.status, 0);
  EXPECT_NE(rcsh.err.find("broken:3"), std::string::npos) << rcsh.err;  // the wording is rcsh's own
}

TEST_F(RunRcScript, BothArgumentsAreRequired) {
  for (const char* call : {"run_rc_script", "run_rc_script /etc/rc.d/hello", "run_rc_script '' start"}) {
    RcOutcome run = RunRcshLikeBaseline(world_, std::string(call) + "; echo never\n");
    EXPECT_EQ(run.status, 3) << call;
    EXPECT_EQ(run.err, "/etc/rc.d/test: ERROR: USAGE: run_rc_script file arg\n") << call;
    EXPECT_EQ(run.out, "") << call;
  }
}

TEST_F(RunRcScript, ScratchFilesAndOldStyleScriptsAreIgnoredWithAWarning) {
  for (const char* name : {"hello~", "hello#", "hello.OLD", "hello.bak", "hello.orig", "hello,v"}) {
    world_.Write(std::string("/etc/rc.d/") + name, "#!/bin/sh\necho ran\n", 0755);
    RcOutcome run = RunRcshLikeBaseline(
        world_, std::string("run_rc_script /etc/rc.d/") + name + " start; echo $?\n");
    EXPECT_EQ(run.out, "0\n") << name;
    EXPECT_EQ(run.err, std::string("/etc/rc.d/test: WARNING: Ignoring scratch file /etc/rc.d/") + name + "\n");
  }
  world_.Write("/etc/rc.d/legacy.sh", "#!/bin/sh\necho ran\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(world_, "run_rc_script /etc/rc.d/legacy.sh start\n");
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "/etc/rc.d/test: WARNING: Ignoring old-style startup script /etc/rc.d/legacy.sh\n");
  world_.Write("/usr/local/etc/rc.d/local.sh", "#!/bin/sh\necho local ran\n", 0755);
  EXPECT_EQ(RunRcshLikeBaseline(world_, "run_rc_script /usr/local/etc/rc.d/local.sh start\n").out,
            "local ran\n");
}

TEST_F(RunRcScript, NonExecutableAndMissingFilesAreSkippedSilently) {
  world_.Write("/etc/rc.d/plain", "#!/bin/sh\necho ran\n");
  RcOutcome run = RunRcshLikeBaseline(world_,
                                      "run_rc_script /etc/rc.d/plain start; echo $?; run_rc_script "
                                      "/etc/rc.d/missing start; echo $?\n");
  EXPECT_EQ(run.out, "0\n0\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(RunRcScript, UnsetsThePreviousScriptsVariablesButNotAllOfThem) {
  world_.Write(
      "/etc/rc.d/show",
      "#!/bin/sh\necho \"[$name$command$pidfile$rcvar$required_files$start_cmd$start_precmd]\" "
      "\"[$required_modules$desc$stop_cmd$sig_stop]\"\n",
      0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "name=a command=b pidfile=c rcvar=d required_files=e start_cmd=f start_precmd=g\n"
      "required_modules=h desc=i stop_cmd=j sig_stop=k\n"
      "run_rc_script /etc/rc.d/show start; echo \"after: [$name$start_cmd] [$stop_cmd]\"\n");
  EXPECT_EQ(run.out, "[] [hijk]\nafter: [] [j]\n");
}

TEST_F(RunRcScript, DebugOnAndDebugOffAreCalledByNameWithThePathAndBasenameTags) {
  world_.Write("/etc/rc.d/failing", "#!/bin/sh\nexit 5\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "DebugOn() { echo \"on: $*\"; }\nDebugOff() { echo \"off: $*\"; return 7; }\n"
      "run_rc_script /etc/rc.d/failing start; echo $?\n");
  EXPECT_EQ(run.out,
            "on: /etc/rc.d/failing /etc/rc.d/failing:start rc:failing rc:failing:start failing failing:start\n"
            "off: rc=5 /etc/rc.d/failing /etc/rc.d/failing:start rc:failing rc:failing:start failing "
            "failing:start\n7\n");
}

TEST_F(RunRcScript, AnUnverifiedScriptIsNotRun) {
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "is_verified() { echo \"verify $*\" | sed \"s|$RC_ROOT|ROOT|\"; return 1; }\n"
      "run_rc_script /etc/rc.d/hello start; echo $? rc_service=$rc_service\n");
  EXPECT_EQ(run.out, "verify ROOT/etc/rc.d/hello\n0 rc_service=/etc/rc.d/test\n");
}

TEST_F(RunRcScript, TracesTheCallWhenRcTraceIsOn) {
  world_.Write("/etc/rc.conf.d/rc_trace", "RC_LEVEL=0\n");
  world_.Write("/bin/date", "#!/bin/sh\necho \"date $*\" >> \"$RC_CALL_LOG\"\necho 1700000000\n",
               0755);
  RcOutcome run = RunRcshLikeBaseline(world_, "run_rc_script /etc/rc.d/hello start\n");
  EXPECT_EQ(run.out,
            "@ 1700000000 [1700000000] /etc/rc.d/hello start\n"
            "hello 1 [start] [] rc_service=/etc/rc.d/hello $0=/etc/rc.d/test\n");
}

TEST_F(RunRcScript, BoottraceModeHandsTheScriptToBoottraceFn) {
  world_.Write(
      "/bin/boottrace",
      "#!/bin/sh\necho \"boottrace $* _boot=$_boot autoboot=$autoboot\" >> \"$RC_CALL_LOG\"\n",
      0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "rc_boottrace=YES boottrace_cmd=\"$RC_ROOT/bin/boottrace\" _boot=faststart autoboot=yes\n"
      "run_rc_script /etc/rc.d/hello start; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
  EXPECT_EQ(run.calls, "boottrace /etc/rc.d/hello start _boot=faststart autoboot=yes\n");
}

TEST_F(RunRcScript, BoottraceFnWithoutACommandRunsTheFileItself) {
  world_.Write("/bin/program", "#!/bin/sh\necho \"program $* _boot=$_boot\"\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_, "_boot=x; boottrace_fn \"$RC_ROOT\"/bin/program start; echo $?\n");
  EXPECT_EQ(run.out, "program start _boot=x\n0\n");
  run = RunRcshLikeBaseline(world_, "boottrace_fn; echo \"$? [${_boot-unset}]\"\n");
  EXPECT_EQ(run.out, "0 []\n");  // assignments alone stay set
}

TEST_F(RunRcScript, BoottraceFnRunsAFunctionCommandToo) {
  RcOutcome run =
      RunRcshLikeBaseline(world_,
                          "tracer() { echo \"tracer $* $rc_fast\"; }\nboottrace_cmd=tracer "
                          "rc_fast=yes\nboottrace_fn /etc/rc.d/x start\n");
  EXPECT_EQ(run.out, "tracer /etc/rc.d/x start yes\n");
}

TEST_F(RunRcScript, RunRcScriptsRunsEachFileOnceAndStopsAfterABreakName) {
  world_.Write("/etc/rc.d/one", "#!/bin/sh\necho \"one $1\"\n", 0755);
  world_.Write("/etc/rc.d/FILESYSTEMS", "#!/bin/sh\necho \"fs $1\"\n", 0755);
  world_.Write("/etc/rc.d/two", "#!/bin/sh\necho \"two $1\"\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_,
      "_boot=faststart\n"
      "run_rc_scripts --break FILESYSTEMS /etc/rc.d/one /etc/rc.d/FILESYSTEMS /etc/rc.d/two; echo "
      "\"$? [$_rc_elem_done]\"\n"
      "run_rc_scripts --arg faststop /etc/rc.d/one /etc/rc.d/FILESYSTEMS /etc/rc.d/two\n"
      "run_rc_scripts -- /etc/rc.d/one; echo \"[$_rc_elem_done]\"\n");
  EXPECT_EQ(run.out,
            "one faststart\nfs faststart\n0 [/etc/rc.d/one /etc/rc.d/FILESYSTEMS]\ntwo faststop\n"
            "[/etc/rc.d/one /etc/rc.d/FILESYSTEMS /etc/rc.d/two]\n");
}

TEST_F(RunRcScript, RunRcScriptsCarriesOnPastFailingScripts) {
  world_.Write("/etc/rc.d/bad", "#!/bin/sh\n. /etc/rc.subr\nerr 1 bad\n", 0755);
  world_.Write("/etc/rc.d/good", "#!/bin/sh\necho good $1\n", 0755);
  RcOutcome run = RunRcshLikeBaseline(
      world_, "run_rc_scripts --arg start /etc/rc.d/bad /etc/rc.d/good; echo $?\n");
  EXPECT_EQ(run.out, "good start\n0\n");
}

TEST_F(RunRcScript, RunRcScriptsWithAnOptionMissingItsValueRunsNothing) {
  RcOutcome rcsh = RunProgram(world_, RcshBinary(),
                              ". \"$RC_ROOT\"/etc/rc.subr\nrun_rc_scripts --arg; echo $?\n");
  EXPECT_EQ(rcsh.out, "0\n");  // the shell version would spin on `shift 2` under FreeBSD sh
}

// In-process, the script's subshell shares this process's signals: its
// traps must work, and must not outlive it.
TEST_F(RunRcScript, SigintEndsOnlyTheScriptWithItsMessage) {
  world_.Write("/etc/rc.d/interrupted", "#!/bin/sh\necho before\nkill -INT $$\necho never\n", 0755);
  RcOutcome run = RunProgram(world_, RcshBinary(),
                             ". \"$RC_ROOT\"/etc/rc.subr\nrun_rc_script /etc/rc.d/interrupted "
                             "start; echo \"caller $?\"\n");
  EXPECT_EQ(run.out, "before\ncaller 1\n");
  EXPECT_EQ(run.err, "Script /etc/rc.d/interrupted interrupted\n");
  EXPECT_EQ(run.status, 0);
}

TEST_F(RunRcScript, TheScriptsTrapsDoNotOutliveIt) {
  RcOutcome run = RunProgram(world_, RcshBinary(),
                             ". \"$RC_ROOT\"/etc/rc.subr\nrun_rc_script /etc/rc.d/hello "
                             "start\nkill -INT $$\necho never\n");
  EXPECT_EQ(run.status, 130);  // default SIGINT again
  EXPECT_EQ(run.err, "");
}

TEST_F(RunRcScript, SigquitIsPassedOnToTheCallerAfterTheScript) {
  world_.Write("/etc/rc.d/quit", "#!/bin/sh\nkill -QUIT $$\necho script goes on\n", 0755);
  RcOutcome run = RunProgram(world_, RcshBinary(),
                             ". \"$RC_ROOT\"/etc/rc.subr\ntrap 'echo caller got QUIT' "
                             "QUIT\nrun_rc_script /etc/rc.d/quit start\necho after\n");
  EXPECT_EQ(run.out, "script goes on\ncaller got QUIT\nafter\n");
  EXPECT_EQ(run.err, "Script /etc/rc.d/quit interrupted\n");
}

TEST_F(RunRcScript, SignalTwentyNineReportsTheRunningScript) {
  world_.Write("/etc/rc.d/info", "#!/bin/sh\nkill -29 $$\necho done\n", 0755);
  RcOutcome run =
      RunProgram(world_, RcshBinary(),
                 ". \"$RC_ROOT\"/etc/rc.subr\nrun_rc_script /etc/rc.d/info start; echo $?\n");
  EXPECT_EQ(run.out, "done\n0\n");
  EXPECT_EQ(run.err, "Script /etc/rc.d/info running\n");
}

}  // namespace
}  // namespace rcsh::testing
