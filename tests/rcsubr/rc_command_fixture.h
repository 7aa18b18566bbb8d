// A world for run_rc_command tests: the base corpus plus a service `tsvc`
// whose script a test writes (TsvcScript gives the usual skeleton), a
// /usr/sbin/tsvc daemon stand-in that only logs its call, and rc.conf lines
// the test appends. Processes come from a FakeProcessTable.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/fake_process_table.h"
#include "support/rc_embedded_runner.h"
#include "support/rc_outcome.h"
#include "support/rc_world.h"

namespace rcsh::testing {

class RcCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(world_.ok());
    world_.Write("/usr/sbin/tsvc",
                 "#!/bin/sh\nSI_NAME=tsvc SI_LOC=/usr/sbin\n. \"$RC_ROOT/standin/lib.sh\"\nsi_log \"$@\"\n",
                 0755);
  }

  /// A script: rc.subr, name/rcvar/command, `settings`, load_rc_config, run_rc_command "$@".
  static std::string TsvcScript(const std::string& settings) {
    return "#!/bin/sh\n. /etc/rc.subr\nname=tsvc\nrcvar=tsvc_enable\ncommand=/usr/sbin/tsvc\n" + settings +
           "\nload_rc_config $name\nrun_rc_command \"$@\"\n";
  }

  RcOutcome RunTsvc(const std::string& settings, std::vector<std::string> args) {
    world_.Write("/etc/rc.d/tsvc", TsvcScript(settings), 0755);
    rcsubr::RcSubrOptions options;
    options.processes = &processes_;
    return RunEmbeddedScript(world_, "/etc/rc.d/tsvc", std::move(args), BindRcSubr(options));
  }

  void Enable() { world_.Append("/etc/rc.conf", "tsvc_enable=\"YES\""); }

  /// A running tsvc with a pidfile.
  void StartDaemon(pid_t pid, const std::string& pidfile = "/var/run/tsvc.pid") {
    processes_.Add(pid, {"/usr/sbin/tsvc"});
    world_.Write(pidfile, std::to_string(pid) + "\n");
  }

  RcWorld world_{{"corpus/base"}};
  FakeProcessTable processes_;
};

}  // namespace rcsh::testing
