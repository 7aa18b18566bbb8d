// The fixture of the system natives' tests: stand-in kldstat, kldload,
// sysctl and mdmfs in a bare world (the kernel's modules in kld.tab, sysctl
// values in sysctl.tab; kldload changes nothing, so that the run under dash
// starts from the same state), the natives over ToolSystemQueries (what
// PosixSystemQueries does under a root prefix) or a FakeSystemQueries.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "rcsubr/rc_natives.h"
#include "rcsubr/system_queries.h"
#include "support/fake_sleeper.h"
#include "support/fake_system_queries.h"
#include "support/rc_differential.h"
#include "support/rc_embedded_runner.h"
#include "support/rc_world.h"

namespace rcsh::testing {

class SystemNativesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    context_.system = &tools_;
    context_.sleeper = &sleeper_;
    world_.AddStandin(
        "/sbin/kldstat",
        "if [ \"$1\" = -v ]; then while read -r f mods; do echo \"$f.ko\"; for m in $mods; do "
        "echo \"	$m\"; done; done < \"$RC_ROOT/kld.tab\"; exit 0; fi\n"
        "while read -r f mods; do for m in $mods; do [ \"$m\" = \"$3\" ] && exit 0; done; done "
        "< \"$RC_ROOT/kld.tab\"; exit 1");
    world_.AddStandin("/sbin/kldload",
                      "case $1 in bad*) echo \"kldload: can't load $1: No such file or directory\" "
                      ">&2; exit 1;; esac");
    world_.AddStandin(
        "/sbin/sysctl",
        "while :; do case $1 in -n|-q) shift;; -f) exit 0;; *) break;; esac; done\n"
        "while IFS== read -r k v; do [ \"$k\" = \"$1\" ] && echo \"$v\" && exit 0; done "
        "< \"$RC_ROOT/sysctl.tab\"; echo \"sysctl: unknown oid '$1'\" >&2; exit 1");
    world_.AddStandin("/sbin/mdmfs");
    world_.Write("/kld.tab", "kernel\nzfs zfs\nipfw ipfw ipfw_nat\n");
    world_.Write("/sysctl.tab",
                 "security.jail.jailed=0\nsecurity.jail.vnet=1\nkern.features.inet6=1\n");
  }
  RcOutcome Run(const std::string& script) {
    return RunEmbedded(world_, script,
                       BindNatives(context_, {rcsubr::MessageNatives(), rcsubr::SystemNatives()}));
  }
  RcOutcome RunBoth(const std::string& script) {
    return ExpectLikeBaseline(world_, script, [&] { return Run(script); });
  }

  RcWorld world_;
  rcsubr::ToolSystemQueries tools_;
  FakeSystemQueries fake_;
  FakeSleeper sleeper_;
  rcsubr::RcSubrContext context_;
};

}  // namespace rcsh::testing
