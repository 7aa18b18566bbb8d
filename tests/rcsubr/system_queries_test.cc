// ToolSystemQueries runs sysctl/kenv/kldstat/id exactly as rc.subr does;
// PosixSystemQueries answers natively only without a root prefix and only
// where the platform can (id -un everywhere, the others on FreeBSD).
#include "rcsubr/system_queries.h"

#include <gtest/gtest.h>
#include <pwd.h>
#include <unistd.h>

#include "support/rc_embedded_runner.h"
#include "support/rc_world.h"

namespace rcsh::rcsubr {
namespace {

using testing::RcOutcome;
using testing::RcWorld;

// `ask sysctl MIB`, `ask exists MIB`, `ask kenv NAME`, `ask kld MODULE`,
// `ask id`: one query, the answer in brackets, failure as status 1.
int Ask(RcSubrContext& context, Shell& shell, std::vector<std::string>& argv) {
  SystemQueries& system = *context.system;
  const std::string& what = argv.at(1);
  std::string arg = argv.size() > 2 ? argv[2] : "";
  if (what == "sysctl") {
    shell.Out("[" + system.SysctlValue(shell, arg) + "]\n");
  } else if (what == "exists") {
    return system.SysctlExists(shell, arg) ? 0 : 1;
  } else if (what == "kenv") {
    std::optional<std::string> value = system.Kenv(shell, arg);
    if (!value) return 1;
    shell.Out("[" + *value + "]\n");
  } else if (what == "kld") {
    return system.KldModuleLoaded(shell, arg) ? 0 : 1;
  } else if (what == "id") {
    shell.Out("[" + system.CurrentUserName(shell) + "]\n");
  }
  return 0;
}
constexpr RcNative kAsk[] = {{"ask", Ask}};

class SystemQueriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    world_.AddStandin(
        "/sbin/sysctl",
        "q=; while :; do case $1 in -n) shift;; -q) q=1; shift;; *) break;; esac; done\n"
        "case $1 in hw.ncpu) echo 4;; kern.hostname) printf 'box\\n\\n';;\n"
        "*) [ -n \"$q\" ] || echo \"sysctl: unknown oid '$1'\" >&2; exit 1;; esac");
    world_.AddStandin(
        "/bin/kenv",
        "[ \"$1\" = -q ] && shift\n"
        "case $1 in rc.debug) echo 1;; *) echo \"kenv: unable to get $1\" >&2; exit 1;; esac");
    world_.AddStandin("/sbin/kldstat", "[ \"$3\" = zfs ]");
    world_.AddStandin("/usr/bin/id", "[ \"$1\" = -un ] && echo operator");
  }
  RcOutcome Run(SystemQueries& system, const std::string& script, bool rooted = true) {
    RcSubrContext context;
    context.system = &system;
    return testing::RunEmbedded(world_, script, testing::BindNatives(context, {kAsk}),
                                testing::kSnippetName, {}, rooted);
  }

  RcWorld world_;
  ToolSystemQueries tools_;
};

TEST_F(SystemQueriesTest, SysctlValueRunsSysctlNOfTheRootAndDropsTrailingNewlines) {
  auto o = Run(tools_, "ask sysctl hw.ncpu; ask sysctl kern.hostname");
  EXPECT_EQ(o.out, "[4]\n[box]\n");
  EXPECT_EQ(o.calls, "sysctl -n hw.ncpu\nsysctl -n kern.hostname\n");
}

TEST_F(SystemQueriesTest, SysctlValueOfAnUnknownMibIsEmptyAndQuiet) {
  auto o = Run(tools_, "ask sysctl no.such.oid");
  EXPECT_EQ(o.out, "[]\n");
  EXPECT_EQ(o.err, "");  // 2>/dev/null, as in rc.subr
  EXPECT_EQ(o.calls, "sysctl -n no.such.oid\n");
}

TEST_F(SystemQueriesTest, SysctlUsesTheSysctlNVariableWhenSet) {
  world_.AddStandin("/usr/bin/mysysctl", "echo 9");
  auto o = Run(tools_, "SYSCTL_N=\"$RC_ROOT/usr/bin/mysysctl -x\"; ask sysctl hw.ncpu");
  EXPECT_EQ(o.out, "[9]\n");
  EXPECT_EQ(o.calls, "mysysctl -x hw.ncpu\n");
}

TEST_F(SystemQueriesTest, SysctlExistsPassesQuietFlagAndDiscardsOutput) {
  auto o = Run(tools_, "ask exists hw.ncpu; echo $?; ask exists no.such; echo $?");
  EXPECT_EQ(o.out, "0\n1\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls, "sysctl -n -q hw.ncpu\nsysctl -n -q no.such\n");
}

TEST_F(SystemQueriesTest, KenvAnswersTheValueOrNothingWithoutStderr) {
  auto o = Run(tools_, "ask kenv rc.debug; echo $?; ask kenv unset.name; echo $?");
  EXPECT_EQ(o.out, "[1]\n0\n1\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls, "kenv -q rc.debug\nkenv -q unset.name\n");
}

TEST_F(SystemQueriesTest, KldstatIsFoundOnPathWithQuietModuleArguments) {
  auto o = Run(tools_, "ask kld zfs; echo $?; ask kld ipfw; echo $?");
  EXPECT_EQ(o.out, "0\n1\n");
  EXPECT_EQ(o.calls, "kldstat -q -m zfs\nkldstat -q -m ipfw\n");
}

TEST_F(SystemQueriesTest, KldstatShellFunctionOverridesTheProgram) {
  auto o = Run(tools_, "kldstat() { echo \"fn $*\"; }; ask kld anything; echo $?");
  EXPECT_EQ(o.out, "fn -q -m anything\n0\n");
  EXPECT_EQ(o.calls, "");
}

TEST_F(SystemQueriesTest, CurrentUserNameRunsIdOfTheRoot) {
  auto o = Run(tools_, "ask id");
  EXPECT_EQ(o.out, "[operator]\n");
  EXPECT_EQ(o.calls, "id -un\n");
}

TEST_F(SystemQueriesTest, CurrentUserNameIsEmptyWithoutAnExecutableId) {
  std::filesystem::remove(world_.root() + "/usr/bin/id");
  auto o = Run(tools_, "ask id");
  EXPECT_EQ(o.out, "[]\n");
  EXPECT_EQ(o.err, "");
}

TEST_F(SystemQueriesTest, CurrentUserNameEvaluatesIdcmdWhenSet) {
  auto o = Run(tools_, "IDCMD='echo from-idcmd'; ask id");
  EXPECT_EQ(o.out, "[from-idcmd]\n");
  EXPECT_EQ(o.calls, "");
}

TEST_F(SystemQueriesTest, PosixQueriesUnderARootPrefixAlwaysRunTheTools) {
  PosixSystemQueries posix;
  auto o = Run(posix, "ask id; ask sysctl hw.ncpu; ask exists hw.ncpu; ask kenv rc.debug; ask kld zfs; echo $?");
  EXPECT_EQ(o.out, "[operator]\n[4]\n[1]\n0\n");
  EXPECT_EQ(o.calls, "id -un\nsysctl -n hw.ncpu\nsysctl -n -q hw.ncpu\nkenv -q rc.debug\nkldstat -q -m zfs\n");
  EXPECT_EQ(posix.spawns_saved(), 0u);
}

TEST_F(SystemQueriesTest, PosixQueriesWithoutARootAnswerIdNatively) {
  PosixSystemQueries posix;
  struct passwd* me = getpwuid(geteuid());
  ASSERT_NE(me, nullptr);
  auto o = Run(posix, "ask id; ask id", /*rooted=*/false);
  EXPECT_EQ(o.out, "[" + std::string(me->pw_name) + "]\n[" + me->pw_name + "]\n");
  EXPECT_EQ(o.calls, "");
  EXPECT_EQ(posix.spawns_saved(), 2u);
}

#ifndef __FreeBSD__
// Linux has no sysctl MIBs, kenv or kld modules of its own: the tools
// answer (the stand-ins, found through $SYSCTL_N and PATH).
TEST_F(SystemQueriesTest, PosixQueriesOffFreeBsdRunTheToolsEvenWithoutARoot) {
  PosixSystemQueries posix;
  auto o = Run(posix,
               "SYSCTL_N=\"" + world_.root() + "/sbin/sysctl -n\"; ask sysctl hw.ncpu; ask kenv rc.debug; "
               "ask kld zfs; echo $?",
               /*rooted=*/false);
  EXPECT_EQ(o.out, "[4]\n[1]\n0\n");
  EXPECT_EQ(o.calls, "sysctl -n hw.ncpu\nkenv -q rc.debug\nkldstat -q -m zfs\n");
  EXPECT_EQ(posix.spawns_saved(), 0u);
}
#endif

}  // namespace
}  // namespace rcsh::rcsubr
