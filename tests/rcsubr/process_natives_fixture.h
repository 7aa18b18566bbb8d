// The fixture of the process natives' tests: a FakeProcessTable behind the
// natives and, for the baseline rc.subr under dash, a ps stand-in listing
// the same processes; RunBoth checks that both print and exit alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rcsubr/native_test_world.h"
#include "rcsubr/rc_natives.h"
#include "support/fake_process_table.h"
#include "support/fake_sleeper.h"

namespace rcsh::testing {

class ProcessNativesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    context_.processes = &table_;
    context_.sleeper = &sleeper_;
    // The baseline's $PS (${RC_ROOT}/bin/ps -ww ...): prints ps.tab in pid
    // order (as ps does for daemons), or the line of the pid after -p.
    world_.AddTool("/bin/ps",
                   "p=; while [ $# -gt 0 ]; do case $1 in -p) p=$2; shift 2;; *) shift;; esac; done\n"
                   "while read -r pid rest; do [ -z \"$p\" ] || [ \"$pid\" = \"$p\" ] && echo \"$pid $rest\"; done "
                   "< \"$RC_ROOT/ps.tab\" | sort -n; :");
  }
  // A process in the fake table and in the ps stand-in's table.
  void AddProcess(pid_t pid, std::vector<std::string> argv, int jail = 0) {
    ps_tab_ += std::to_string(pid) + " " + std::to_string(jail) + " " + rcsubr::CommandLine(argv) + "\n";
    world_.Write("/ps.tab", ps_tab_);
    table_.Add(pid, std::move(argv), jail);
  }
  // JID=0 natively: what sourcing rc.subr sets (the dash runs source it).
  NativeTestWorld::Outcome Run(const std::string& script) {
    return world_.Run("JID=0\n" + script, context_, Natives());
  }
  NativeTestWorld::Outcome RunBoth(const std::string& script) {
    return world_.RunBoth(script, context_, Natives(), false, "JID=0\n");
  }
  static std::vector<std::span<const rcsubr::RcNative>> Natives() {
    return {rcsubr::MessageNatives(), rcsubr::ProcessNatives()};
  }

  NativeTestWorld world_;
  FakeProcessTable table_;
  FakeSleeper sleeper_;
  rcsubr::RcSubrContext context_;
  std::string ps_tab_;
};

}  // namespace rcsh::testing
