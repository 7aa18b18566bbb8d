// list_vars, get_pidfile_from_conf, rc_usage, have (rcsubr/config_natives.cc)
// and o_verify / o_verify_set (rcsubr/rc_config_readers.cc). Compared with
// dash + the baseline rc.subr, and for the verify option (which dash lacks)
// with rcsh running the shell rc.subr.
#include "rcsubr/rc_config_fixture.h"

namespace rcsh::rcsubr {
namespace {

using testing::RcOutcome;

using ConfigMisc = testing::RcConfigTest;

TEST_F(ConfigMisc, ListVarsPrintsMatchingSetVariablesInSortedOrder) {
  const char* script = "zz_x=1; aa_x=; mm_x=3; local_y=2; unset gone_x; export declared_x; list_vars '*_x'; echo $?";
  EXPECT_EQ(RunNative(script).out, "aa_x\nmm_x\nzz_x\n0\n");
  ExpectSameAsDash(script);
}

TEST_F(ConfigMisc, ListVarsPatternIsAGlob) {
  ExpectSameAsDash("ifconfig_em0=a; ifconfig_em1_alias0=b; ifconfig_lo0=c; list_vars 'ifconfig_em[0-9]*'");
  ExpectSameAsDash("abc=1; list_vars abc; list_vars 'a?c'; list_vars; echo $?");
}

TEST_F(ConfigMisc, GetPidfileFromConfTakesTheFirstUncommentedLine) {
  world_.Write("/etc/d.conf",
               "# pidfile /var/run/commented.pid\n"
               "x=1; pidfile /var/run/after-semicolon.pid\n"
               "pidfile \"/var/run/quoted.pid\"; # trailing\n"
               "pidfile /var/run/second.pid\n");
  const char* script = "get_pidfile_from_conf pidfile /etc/d.conf; echo \"$? $_pidfile_from_conf\"";
  EXPECT_EQ(RunNative(script).out, "0 /var/run/quoted.pid\n");
  ExpectSameAsDash(script);
}

TEST_F(ConfigMisc, GetPidfileFromConfCutsAtQuoteOrSemicolon) {
  for (const char* line : {"PidFile /run/a.pid;junk\n", "pid-file=\"/run/b.pid\"\n", "pidfile relative.pid\n",
                           "pidfile //double/slash\n", "  pidfile x # pidfile y\n", "pidfile /run/c.pid"}) {
    world_.Write("/etc/d.conf", line);
    ExpectSameAsDash("get_pidfile_from_conf pidfile /etc/d.conf; echo \"$? ${_pidfile_from_conf-unset}\"");
    ExpectSameAsDash("get_pidfile_from_conf -file /etc/d.conf; echo \"$? ${_pidfile_from_conf-unset}\"");
  }
}

TEST_F(ConfigMisc, GetPidfileFromConfFailsForMissingFilesAndMissingKeys) {
  world_.Write("/etc/d.conf", "nothing here\n");
  const char* script =
      "get_pidfile_from_conf pidfile /etc/d.conf; echo $?; get_pidfile_from_conf pidfile /etc/none; echo $?; "
      "echo \"${_pidfile_from_conf-unset}\"";
  EXPECT_EQ(RunNative(script).out, "1\n1\nunset\n");
  ExpectSameAsDash(script);
}

TEST_F(ConfigMisc, GetPidfileFromConfUsageError) {
  for (const char* call : {"get_pidfile_from_conf pidfile", "get_pidfile_from_conf '' /etc/d.conf",
                           "get_pidfile_from_conf"}) {
    std::string script = std::string("name=foo; ") + call + "; echo never";
    RcOutcome o = RunNative(script);
    EXPECT_EQ(o.status, 3);
    EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: USAGE: get_pidfile_from_conf string file (foo)\n");
    ExpectSameAsDash(script);
  }
}

TEST_F(ConfigMisc, GetPidfileFromConfGoesOnWhenErrIsOverridden) {
  world_.Write("/etc/d.conf", "# x\npid /p\n");
  ExpectSameAsDash("err() { echo \"err $*\"; }; get_pidfile_from_conf '' /etc/d.conf; echo \"$? $_pidfile_from_conf\"");
}

TEST_F(ConfigMisc, RcUsagePrintsTheUsageLineAndExits) {
  const char* script = "rc_usage start stop status; echo never";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "Usage: /etc/rc.d/test [fast|force|one|quiet](start|stop|status)\n");
  ExpectSameAsDash(script);
  ExpectSameAsDash("rc_usage");
  ExpectSameAsDash("(rc_usage one); echo \"still here $?\"");
}

TEST_F(ConfigMisc, HaveFindsFunctionsBuiltinsAndPrograms) {
  const char* script = "f() { :; }; for c in f echo ls no_such_thing_xyz ''; do have \"$c\"; echo \"$c $?\"; done; have";
  EXPECT_EQ(RunNative(script).out, "f 0\necho 0\nls 0\nno_such_thing_xyz 127\n 127\n");
  ExpectSameAsDash(script + std::string("; echo $?"));
}

TEST_F(ConfigMisc, OVerifyFollowsTheOption) {
  const char* script = "o_verify; set -o verify; o_verify; _rc_verify_opt=; o_verify; echo $?";
  RcOutcome native = RunNative(script);
  EXPECT_EQ(native.out, "off\non\n0\n");
  EXPECT_EQ(native, RunShellCode(script));
}

TEST_F(ConfigMisc, OVerifySetSavesAndSwitches) {
  const char* script =
      "o_verify_set on saved; echo \"$? $saved\"; o_verify; o_verify_set off saved; echo \"$saved\"; o_verify; "
      "o_verify_set bogus; o_verify; o_verify_set on ''; o_verify; _rc_verify_opt=; o_verify_set off s2; "
      "echo \"[$s2] $?\"; set +o | grep verify";
  RcOutcome native = RunNative(script);
  EXPECT_EQ(native.out, "0 off\non\non\noff\noff\non\n[] 0\nset -o verify\n");
  EXPECT_EQ(native, RunShellCode(script));
}

// dash has no verify option, so rc.subr leaves _rc_verify_opt empty there.
TEST_F(ConfigMisc, WithoutTheOptionOVerifyPrintsNothingAndOVerifySetSavesEmpty) {
  const char* script = "_rc_verify_opt=; o_verify; o_verify_set on saved; echo \"$? [$saved]\"; o_verify";
  EXPECT_EQ(RunNative(script).out, "0 []\n");
  ExpectSameAsDash(script);
}

}  // namespace
}  // namespace rcsh::rcsubr
