// devfs_rulesets_from_file, devfs_init_rulesets, devfs_set_ruleset,
// devfs_apply_ruleset, devfs_domount (rcsubr/rc_fs_devfs.cc): the devfs and
// mount calls, the ruleset variables, every warning, and the quirks of the
// shell version's unquoted expansions (globbed rule words, split -m DIR,
// positional parameters as ruleset names).
#include <gtest/gtest.h>

#include "rcsubr/filesystem_tools_world.h"
#include "support/rc_differential.h"

namespace rcsh::testing {
namespace {

constexpr const char* kRules =
    "# jail rules\n"
    "\n"
    "[devfsrules_jail=4]\n"
    "add path 'bpf*' unhide\n"
    "\t  add path pts unhide   # a comment\n"
    "[other=10]  # trailing\n"
    "add path log hide\n";

TEST(DevfsRulesetsFromFile, DeletesEachSetAddsItsRulesAndNamesIt) {
  FilesystemToolsWorld world;
  world.Write("/etc/devfs.rules", kRules);
  RcOutcome o = RunRcshLikeBaseline(
      world, "devfs_rulesets_from_file /etc/devfs.rules; echo $? $devfsrules_jail $other");
  EXPECT_EQ(o.out, "0 4 10\n");
  EXPECT_EQ(o.err, "");
  EXPECT_EQ(o.calls,
            "devfs [rule] [-s] [4] [delset]\n"
            "devfs [rule] [-s] [4] [add] [path] ['bpf*'] [unhide]\n"
            "devfs [rule] [-s] [4] [add] [path] [pts] [unhide]\n"
            "devfs [rule] [-s] [10] [delset]\n"
            "devfs [rule] [-s] [10] [add] [path] [log] [hide]\n");
}

TEST(DevfsRulesetsFromFile, RuleWordsAreGlobbedInTheWorkingDirectory) {
  FilesystemToolsWorld world;  // the run's working directory is the root
  world.Write("/ttyv0", "");
  world.Write("/ttyv1", "");
  world.Write("/etc/devfs.rules", "[r=1]\nadd path ttyv* unhide\nadd path cua* unhide\n");
  EXPECT_EQ(RunRcshLikeBaseline(world, "devfs_rulesets_from_file /etc/devfs.rules").calls,
            "devfs [rule] [-s] [1] [delset]\n"
            "devfs [rule] [-s] [1] [add] [path] [ttyv0] [ttyv1] [unhide]\n"
            "devfs [rule] [-s] [1] [add] [path] [cua*] [unhide]\n");
  EXPECT_EQ(RunRcshLikeBaseline(world, "set -f; devfs_rulesets_from_file /etc/devfs.rules")
                .calls.find("ttyv0"),
            std::string::npos);
}

TEST(DevfsRulesetsFromFile, ALastLineWithoutNewlineIsNotRead) {
  FilesystemToolsWorld world;
  world.Write("/etc/devfs.rules", "[r=1]\nadd path a unhide");
  EXPECT_EQ(RunRcshLikeBaseline(world, "devfs_rulesets_from_file /etc/devfs.rules").calls,
            "devfs [rule] [-s] [1] [delset]\n");
}

TEST(DevfsRulesetsFromFile, AMissingFileIsADebugMessageAndStatus1) {
  FilesystemToolsWorld world;  // the host's files do not count either
  RcOutcome o = RunRcshLikeBaseline(world, "devfs_rulesets_from_file /etc/passwd; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "");
  o = RunRcshLikeBaseline(world, "rc_debug=YES; devfs_rulesets_from_file /etc/passwd; echo $?");
  EXPECT_EQ(o.err, "/etc/rc.d/test: DEBUG: devfs_rulesets_from_file: /etc/passwd is not readable.\n");
  EXPECT_EQ(o.calls, "logger [/etc/rc.d/test: DEBUG: devfs_rulesets_from_file: /etc/passwd is not readable.]\n");
}

TEST(DevfsRulesetsFromFile, ABadRulesetNumberStopsWithAWarning) {
  FilesystemToolsWorld world;
  for (const char* header : {"[bad=4x]", "[bad=]"}) {
    world.Write("/etc/devfs.rules",
                std::string("[good=1]\nadd path a unhide\n") + header + "\nadd path b unhide\n");
    RcOutcome o = RunRcshLikeBaseline(
        world, "devfs_rulesets_from_file /etc/devfs.rules; echo $? $good ${bad-unset}");
    EXPECT_EQ(o.out, "1 1 unset\n") << header;
    EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: devfs_rulesets_from_file: bad ruleset number in /etc/devfs.rules\n");
    EXPECT_EQ(o.calls.find("[b]"), std::string::npos) << header;
  }
}

TEST(DevfsRulesetsFromFile, ARuleBeforeAnyHeaderStopsWithAWarning) {
  FilesystemToolsWorld world;
  world.Write("/etc/devfs.rules", "add path a unhide\n[r=1]\n");
  RcOutcome o = RunRcshLikeBaseline(world, "devfs_rulesets_from_file /etc/devfs.rules; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err,
            "/etc/rc.d/test: WARNING: devfs_rulesets_from_file: rule before a ruleset header in /etc/devfs.rules\n");
  EXPECT_EQ(o.calls.find("devfs ["), std::string::npos);
}

TEST(DevfsRulesetsFromFile, TheHeaderNameIsEvaluatedAsTheShellVersionDoes) {
  FilesystemToolsWorld world;  // "[a b=3]" evals `a b=3`: a command
  world.Write("/etc/devfs.rules", "[a b=3]\n[x=]5]\n");
  RcOutcome o = RunRcshLikeBaseline(
      world, "a() { echo \"a ran with $*\"; }; devfs_rulesets_from_file /etc/devfs.rules; echo $?");
  EXPECT_EQ(o.out, "a ran with b=3\n1\n");  // then "[x=]5]": an empty number
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: devfs_rulesets_from_file: bad ruleset number in /etc/devfs.rules\n");
  EXPECT_EQ(o.calls.substr(0, o.calls.find("logger")), "devfs [rule] [-s] [3] [delset]\n");
}

TEST(DevfsInitRulesets, LoadsEveryFileOnce) {
  FilesystemToolsWorld world;
  world.Write("/etc/devfs.rules", "[a=1]\n");
  world.Write("/etc/devfs.local", "[b=2]\nadd path x hide\n");
  RcOutcome o =
      RunRcshLikeBaseline(world,
                          "devfs_rulesets='/etc/devfs.rules /etc/missing /etc/devfs.local'; "
                          "devfs_init_rulesets; echo $? $_devfs_rulesets_done $a $b; "
                          "devfs_init_rulesets; echo $?");
  EXPECT_EQ(o.out, "0 yes 1 2\n0\n");
  EXPECT_EQ(o.calls,
            "devfs [rule] [-s] [1] [delset]\n"
            "devfs [rule] [-s] [2] [delset]\n"
            "devfs [rule] [-s] [2] [add] [path] [x] [hide]\n");
}

TEST(DevfsInitRulesets, CallsTheFileReaderByNameAndStopsOnExit) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(world,
                                    "devfs_rulesets_from_file() { echo \"read $1\"; [ \"$1\" = b ] "
                                    "&& exit 6; }; devfs_rulesets='a b c'; "
                                    "devfs_init_rulesets; echo never");
  EXPECT_EQ(o.out, "read a\nread b\n");
  EXPECT_EQ(o.status, 6);
}

TEST(DevfsSetRuleset, ANameIsLookedUpAndAnUnknownNameIsUsedAsItIs) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(
      world,
      "devfsrules_jail=4; devfs_set_ruleset devfsrules_jail /jail/dev; echo $?; "
      "devfs_set_ruleset myset; devfs_set_ruleset 7");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.calls, "devfs [-m] [/jail/dev] [ruleset] [4]\ndevfs [ruleset] [myset]\ndevfs [ruleset] [7]\n");
}

TEST(DevfsSetRuleset, ANumericNameIsAPositionalParameterOfTheCall) {
  FilesystemToolsWorld world;  // `${2:-2}` inside the function is its second argument
  EXPECT_EQ(RunRcshLikeBaseline(world, "devfs_set_ruleset 2 /dev; devfs_set_ruleset 1 /dev").calls,
            "devfs [-m] [/dev] [ruleset] [/dev]\ndevfs [-m] [/dev] [ruleset] [1]\n");
}

TEST(DevfsSetRuleset, TheMountPointIsSplitLikeAnUnquotedWord) {
  FilesystemToolsWorld world;
  EXPECT_EQ(RunRcshLikeBaseline(world, "devfs_set_ruleset 5 '/a b'").calls,
            "devfs [-m] [/a] [b] [ruleset] [5]\n");
}

TEST(DevfsSetRuleset, WithoutANameWarnsAndTheStatusIsDevfss) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(world, "devfs_set_ruleset; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: devfs_set_ruleset: you must specify a ruleset number\n");
  world.FailTool("devfs");
  EXPECT_EQ(RunRcshLikeBaseline(world, "devfs_set_ruleset 3; echo $?").out, "1\n");
}

TEST(DevfsApplyRuleset, AppliesTheNamedSet) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(
      world, "r=9; devfs_apply_ruleset r /j/dev; devfs_apply_ruleset 4; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.calls, "devfs [-m] [/j/dev] [rule] [-s] [9] [applyset]\ndevfs [rule] [-s] [4] [applyset]\n");
}

TEST(DevfsApplyRuleset, WithoutANameWarns) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(world, "devfs_apply_ruleset ''; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: devfs_apply_ruleset: you must specify a ruleset\n");
}

TEST(DevfsDomount, MountsAndWithARulesetLoadsSetsAndAppliesIt) {
  FilesystemToolsWorld world;
  world.Write("/etc/devfs.rules", "[devfsrules_jail=4]\n");
  RcOutcome o = RunRcshLikeBaseline(
      world,
      "devfs_rulesets=/etc/devfs.rules; devfs_domount /jail/dev devfsrules_jail; echo $?; "
      "devfs_domount /other/dev; echo $?");
  EXPECT_EQ(o.out, "0\n0\n");
  EXPECT_EQ(o.calls,
            "mount [-t] [devfs] [dev] [/jail/dev]\n"
            "devfs [rule] [-s] [4] [delset]\n"
            "devfs [-m] [/jail/dev] [ruleset] [4]\n"
            "devfs [-m] [/jail/dev] [rule] [applyset]\n"
            "mount [-t] [devfs] [dev] [/other/dev]\n");
}

TEST(DevfsDomount, WarnsWithoutAMountPointOrWhenMountFails) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(world, "devfs_domount; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: devfs_domount: you must specify a mount-point\n");
  world.FailTool("mount");
  o = RunRcshLikeBaseline(world, "devfs_domount /j/dev 4; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: Unable to mount devfs on /j/dev\n");
  EXPECT_EQ(o.calls.find("devfs ["), std::string::npos);
}

TEST(DevfsDomount, CallsTheOtherDevfsFunctionsByName) {
  FilesystemToolsWorld world;
  RcOutcome o = RunRcshLikeBaseline(
      world,
      "devfs_init_rulesets() { echo init; }; devfs_set_ruleset() { echo \"set $*\"; exit 2; }; "
      "devfs_domount /d r; echo never");
  EXPECT_EQ(o.out, "init\nset r /d\n");
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.calls, "mount [-t] [devfs] [dev] [/d]\n");
}

}  // namespace
}  // namespace rcsh::testing
