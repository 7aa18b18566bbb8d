// `rcsh --root DIR`: a script path and every absolute rc path it sources
// are looked up under DIR; $0 and messages keep the logical paths.
#include <gtest/gtest.h>

#include "support/rc_world.h"
#include "support/run_rcsh.h"

namespace rcsh::testing {
namespace {

class RootOption : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(world_.ok());
    world_.Write("/etc/rc.d/hello",
                 "#!/bin/sh\n. /etc/rc.subr\nname=hello\nrcvar=hello_enable\nstart_cmd='echo hi from $0 root=$RC_ROOT'\n"
                 "load_rc_config $name\nrun_rc_command \"$1\"\n",
                 0755);
  }
  RcWorld world_{{"corpus/base"}};
};

TEST_F(RootOption, RunsTheWorldsScriptWithItsLogicalName) {
  world_.Append("/etc/rc.conf", "hello_enable=YES");
  RcshRun run = RunRcsh("--root " + world_.root() + " /etc/rc.d/hello start");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_EQ(run.output, "hi from /etc/rc.d/hello root=" + world_.root() + "\n");
}

TEST_F(RootOption, ConfigurationComesFromTheWorld) {
  RcshRun run = RunRcsh("--root=" + world_.root() + " /etc/rc.d/hello start");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.output, "/etc/rc.d/hello: WARNING: $hello_enable is not set properly - see rc.conf(5).\n"
                        "Cannot 'start' hello. Set hello_enable to YES in /etc/rc.conf or use 'onestart' "
                        "instead of 'start'.\n");
}

TEST_F(RootOption, DashCSeesTheRoot) {
  RcshRun run = RunRcsh("--root " + world_.root() + " -c '. /etc/rc.subr; echo $_rc_subr_loaded'");
  EXPECT_EQ(run.output, "YES\n");
}

TEST_F(RootOption, AMissingScriptNamesTheLogicalPath) {
  RcshRun run = RunRcsh("--root " + world_.root() + " /etc/rc.d/nosuch start");
  EXPECT_EQ(run.status, 127);
  EXPECT_EQ(run.output.rfind("/etc/rc.d/nosuch: cannot open " + world_.root() + "/etc/rc.d/nosuch:", 0), 0u)
      << run.output;
}

TEST_F(RootOption, ABadRootIsRefused) {
  RcshRun missing = RunRcsh("--root /nonexistent/world -c 'echo no'");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.output, "rcsh: --root /nonexistent/world: not a directory\n");
  RcshRun bare = RunRcsh("--root");
  EXPECT_EQ(bare.status, 2);
  EXPECT_EQ(bare.output, "rcsh: --root needs a directory\n");
}

}  // namespace
}  // namespace rcsh::testing
