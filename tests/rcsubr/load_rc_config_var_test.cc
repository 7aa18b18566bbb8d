// load_rc_config_var (rcsubr/rc_config_load.cc): load_rc_config NAME runs
// in a subshell and only VAR comes back. Compared with dash + the baseline.
#include "rcsubr/rc_config_fixture.h"

namespace rcsh::rcsubr {
namespace {

using testing::RcOutcome;

class LoadRcConfigVar : public testing::RcConfigTest {
 protected:
  void SetUp() override {
    RcConfigTest::SetUp();
    world_.Write("/etc/rc.conf", "global=from-rc.conf\nfoo_flags=global\n");
    world_.Write("/etc/rc.conf.d/foo",
                 "foo_flags='-a \"b\" '\\''c'\\'''\nfoo_empty=\nfoo_other=x\n");
  }
};

TEST_F(LoadRcConfigVar, CopiesOnlyTheNamedVariable) {
  const char* script =
      "load_rc_config_var foo foo_flags; echo \"[$foo_flags]|${foo_other-unset}|${global-unset}|"
      "${_rc_conf_loaded-unset}|${dotted-unset}\"";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.out, "[-a \"b\" 'c']|unset|unset|unset|unset\n");
  EXPECT_EQ(o.status, 0);
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfigVar, ASetButEmptyValueIsCopied) {
  const char* script = "foo_empty=before; load_rc_config_var foo foo_empty; echo \"[${foo_empty-unset}]\"";
  EXPECT_EQ(RunNative(script).out, "[]\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfigVar, AnUnsetVariableLeavesTheCallersValue) {
  const char* script = "nothere=mine; load_rc_config_var foo nothere; echo \"$nothere $?\"";
  EXPECT_EQ(RunNative(script).out, "mine 0\n");
  ExpectSameAsDash(script);
  ExpectSameAsDash("load_rc_config_var foo nothere; echo \"${nothere-unset}\"");
}

TEST_F(LoadRcConfigVar, GlobalFilesCountToo) {
  ExpectSameAsDash("load_rc_config_var bar global; echo \"$global\"");
}

TEST_F(LoadRcConfigVar, TheSubshellSeesWhatTheCallerAlreadyLoaded) {
  // The guard is inherited: the global files are not read again in the subshell.
  const char* script = "load_rc_config; global=changed; load_rc_config_var foo global; echo \"$global\"";
  EXPECT_EQ(RunNative(script).out, "changed\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfigVar, OutputOfTheLoadIsDiscarded) {
  world_.Write("/etc/rc.conf.d/foo", "echo noise; echo noise >&2; old_x=1\nfoo_flags=quiet\n");
  const char* script = "set_rcvar_obsolete old_x new_x; load_rc_config_var foo foo_flags; echo \"$foo_flags\"";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.out, "quiet\n");
  EXPECT_EQ(o.err, "");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfigVar, TrailingNewlinesOfTheValueAreLost) {
  world_.Write("/etc/rc.conf.d/foo", "foo_flags='a\n\nb\n\n'\n");
  const char* script = "load_rc_config_var foo foo_flags; echo \"[$foo_flags]\"";
  EXPECT_EQ(RunNative(script).out, "[a\n\nb]\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfigVar, ExitInAConfigFileEndsOnlyTheSubshell) {
  world_.Write("/etc/rc.conf.d/foo", "foo_flags=early\nexit 5\n");
  const char* script = "load_rc_config_var foo foo_flags; echo \"$? ${foo_flags-unset}\"";
  EXPECT_EQ(RunNative(script).out, "0 unset\n");
  ExpectSameAsDash(script);
}

TEST_F(LoadRcConfigVar, WrongArgumentCountIsAUsageError) {
  for (const char* call : {"load_rc_config_var foo", "load_rc_config_var", "load_rc_config_var a b c"}) {
    std::string script = std::string(call) + "; echo never";
    RcOutcome o = RunNative(script);
    EXPECT_EQ(o.status, 3) << call;
    EXPECT_EQ(o.out, "") << call;
    EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: USAGE: load_rc_config_var name var\n") << call;
    ExpectSameAsDash(script);
  }
}

TEST_F(LoadRcConfigVar, CallsLoadRcConfigByName) {
  const char* script = "load_rc_config() { echo \"mine $*\" >&3; foo_flags=overridden; }; "
                       "load_rc_config_var foo foo_flags 3>&1; echo \"$foo_flags\"";
  EXPECT_EQ(RunNative(script).out, "mine foo\noverridden\n");
  ExpectSameAsDash(script);
}

}  // namespace
}  // namespace rcsh::rcsubr
