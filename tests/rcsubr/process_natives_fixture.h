// The fixture of the process natives' tests: a FakeProcessTable behind the
// natives and, for the baseline rc.subr under dash, a ps stand-in listing
// the same processes; RunBoth checks that both print and exit alike.
#pragma once

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "rcsubr/rc_natives.h"
#include "support/fake_process_table.h"
#include "support/fake_sleeper.h"
#include "support/rc_differential.h"
#include "support/rc_embedded_runner.h"
#include "support/rc_world.h"

namespace rcsh::testing {

class ProcessNativesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    context_.processes = &table_;
    context_.sleeper = &sleeper_;
    // The baseline's $PS (${RC_ROOT}/bin/ps -ww ...): prints ps.tab in pid
    // order (as ps does for daemons), or the line of the pid after -p.
    world_.AddStandin(
        "/bin/ps",
        "p=; while [ $# -gt 0 ]; do case $1 in -p) p=$2; shift 2;; *) shift;; esac; done\n"
        "while read -r pid rest; do [ -z \"$p\" ] || [ \"$pid\" = \"$p\" ] && echo \"$pid $rest\"; "
        "done "
        "< \"$RC_ROOT/ps.tab\" | sort -n; :");
  }
  // A process in the fake table and in the ps stand-in's table.
  void AddProcess(pid_t pid, std::vector<std::string> argv, int jail = 0) {
    ps_tab_ +=
        std::to_string(pid) + " " + std::to_string(jail) + " " + rcsubr::CommandLine(argv) + "\n";
    world_.Write("/ps.tab", ps_tab_);
    table_.Add(pid, std::move(argv), jail);
  }
  // JID=0 natively: what sourcing rc.subr sets (the dash runs source it).
  RcOutcome Run(const std::string& script) {
    return RunEmbedded(world_, "JID=0\n" + script,
                       BindNatives(context_, {rcsubr::MessageNatives(), rcsubr::ProcessNatives()}));
  }
  // The natives find processes without running ps: calls may differ.
  RcOutcome RunBoth(const std::string& script) {
    return ExpectLikeBaseline(
        world_, script, [&] { return Run(script); }, Leeway::kCalls);
  }

  RcWorld world_;
  FakeProcessTable table_;
  FakeSleeper sleeper_;
  rcsubr::RcSubrContext context_;
  std::string ps_tab_;
};

}  // namespace rcsh::testing
