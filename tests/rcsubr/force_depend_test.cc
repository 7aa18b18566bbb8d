// force_depend (rcsubr/rc_script_run.cc): the dependency runs as if it were
// its own program -- the shell version starts `sh -c SCRIPT` -- but in an
// in-process subshell. Same output, status and calls as under dash.
#include <gtest/gtest.h>

#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

class ForceDepend : public ::testing::Test {
 protected:
  // /etc/rc.d/dep answers forcestatus with `status_result` and forcestart
  // with `start_result`, and shows what it can see of its caller.
  void WriteDependency(int status_result, int start_result) {
    world_.Write("/etc/rc.d/dep",
                 "#!/bin/sh\n. /etc/rc.subr\necho \"dep $1 \\$0=$0 [$pidfile] [$exported] [$(type "
                 "caller_fn >/dev/null "
                 "2>&1 && echo fn)]\"\ncase $1 in\nforcestatus) exit " +
                     std::to_string(status_result) + " ;;\nforcestart) exit " +
                     std::to_string(start_result) + " ;;\nesac\n",
                 0755);
  }
  const std::string caller_ =
      "name=mine pidfile=/var/run/mine.pid rc_info=YES\nexported=yes; export exported\ncaller_fn() { :; }\n";
  RcWorld world_;
};

TEST_F(ForceDepend, ARunningDependencyIsLeftAlone) {
  WriteDependency(0, 0);
  RcOutcome run = RunRcshLikeBaseline(world_, caller_ + "force_depend dep; echo \"status $?\"\n");
  EXPECT_EQ(run.out, "status 0\n");  // forcestatus output goes to /dev/null
  EXPECT_EQ(run.err, "");
}

TEST_F(ForceDepend, AStoppedDependencyIsForcedToStartAsItsOwnProgram) {
  WriteDependency(1, 0);
  RcOutcome run = RunRcshLikeBaseline(world_, caller_ + "force_depend dep; echo \"status $?\"\n");
  EXPECT_EQ(run.out,
            "/etc/rc.d/test: INFO: mine depends on dep, which will be forced to start.\n"
            "dep forcestart $0=/etc/rc.d/dep [] [yes] []\n"  // only exported variables, no functions
            "status 0\n");
}

TEST_F(ForceDepend, ADependencyThatCannotStartWarnsAndFails) {
  WriteDependency(1, 2);
  RcOutcome run = RunRcshLikeBaseline(world_, caller_ + "force_depend dep; echo \"status $?\"\n");
  EXPECT_EQ(run.out,
            "/etc/rc.d/test: INFO: mine depends on dep, which will be forced to start.\n"
            "dep forcestart $0=/etc/rc.d/dep [] [yes] []\nstatus 1\n");
  EXPECT_EQ(run.err, "/etc/rc.d/test: WARNING: Unable to force dep. It may already be running.\n");
}

TEST_F(ForceDepend, ADependencyThatCallsErrEndsOnlyItself) {
  world_.Write("/etc/rc.d/dep", "#!/bin/sh\n. /etc/rc.subr\nerr 1 \"no $1\"\necho never\n", 0755);
  RcOutcome run =
      RunRcshLikeBaseline(world_, caller_ + "force_depend dep; echo \"caller goes on $?\"\n");
  EXPECT_EQ(run.out, "/etc/rc.d/test: INFO: mine depends on dep, which will be forced to start.\ncaller goes on 1\n");
  EXPECT_EQ(run.err,
            "/etc/rc.d/dep: ERROR: no forcestart\n/etc/rc.d/test: WARNING: Unable to force dep. It may already be "
            "running.\n");
}

TEST_F(ForceDepend, ADependencyWithASyntaxErrorEndsOnlyItself) {
  world_.Write("/etc/rc.d/dep", "#!/bin/sh\nif then\n", 0755);
  std::string program = ". \"$RC_ROOT\"/etc/rc.subr\n" + caller_ + "force_depend dep; echo \"caller goes on $?\"\n";
  RcOutcome dash = RunProgram(world_, DashBinary(), program);
  RcOutcome rcsh = RunProgram(world_, RcshBinary(), program);
  EXPECT_EQ(rcsh.out, dash.out);
  EXPECT_EQ(rcsh.status, 0);
  EXPECT_NE(rcsh.out.find("caller goes on 1"), std::string::npos);
  EXPECT_NE(rcsh.err.find("WARNING: Unable to force dep."), std::string::npos);
}

TEST_F(ForceDepend, AMissingOrNonExecutableDependencyCannotBeForced) {
  world_.Write("/etc/rc.d/plain", "#!/bin/sh\necho ran\n");
  for (const char* dep : {"plain", "missing"}) {
    RcOutcome run =
        RunRcshLikeBaseline(world_, caller_ + "force_depend " + dep + "; echo \"status $?\"\n");
    EXPECT_EQ(run.out, std::string("/etc/rc.d/test: INFO: mine depends on ") + dep +
                           ", which will be forced to start.\nstatus 1\n");
    EXPECT_EQ(run.err, std::string("/etc/rc.d/test: /etc/rc.d/") + dep + ": not executable\n" +
                           "/etc/rc.d/test: WARNING: Unable to force " + dep + ". It may already be running.\n");
  }
}

TEST_F(ForceDepend, FastModeTrustsAnEnabledDependency) {
  WriteDependency(1, 0);
  RcOutcome run = RunRcshLikeBaseline(
      world_, caller_ + "rc_fast=yes dep_enable=YES\nforce_depend dep; echo \"status $?\"\n");
  EXPECT_EQ(run.out, "status 0\n");
  run = RunRcshLikeBaseline(
      world_,
      caller_ + "rc_fast=yes other_enable=YES\nforce_depend dep other; echo \"status $?\"\n");
  EXPECT_EQ(run.out, "status 0\n");
  // ...unless always_force_depends says otherwise, or it is not enabled.
  run = RunRcshLikeBaseline(
      world_,
      caller_ + "rc_fast=yes dep_enable=YES always_force_depends=YES\nforce_depend dep; echo $?\n");
  EXPECT_EQ(run.out,
            "/etc/rc.d/test: INFO: mine depends on dep, which will be forced to start.\n"
            "dep forcestart $0=/etc/rc.d/dep [] [yes] []\n0\n");
  run = RunRcshLikeBaseline(
      world_, caller_ + "rc_fast=yes dep_enable=NO\nforce_depend dep >/dev/null; echo $?\n");
  EXPECT_EQ(run.out, "0\n");
}

TEST_F(ForceDepend, TheDependencyLoadsRcSubrAfresh) {
  // Its own `. /etc/rc.subr` defines the shell functions again and binds
  // the natives, so rc.subr calls inside it work as in a new process.
  world_.Write("/etc/rc.d/dep",
               "#!/bin/sh\n. /etc/rc.subr\nname=dep\nrcvar=dep_enable\ndep_enable=YES\n"
               "if checkyesno dep_enable; then echo \"$1 enabled, $(set_rcvar)\"; fi\n"
               "[ \"$1\" = forcestart ]\n",
               0755);
  RcOutcome run = RunRcshLikeBaseline(world_, caller_ + "force_depend dep; echo \"status $?\"\n");
  EXPECT_EQ(run.out,
            "/etc/rc.d/test: INFO: mine depends on dep, which will be forced to start.\n"
            "forcestart enabled, dep_enable\nstatus 0\n");
}

}  // namespace
}  // namespace rcsh::testing
