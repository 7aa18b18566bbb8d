// set_rcvar and set_rcvar_obsolete (rcsubr/config_natives.cc): what they
// print, the lists and per-variable records they keep, the debug line.
// Compared with dash + the baseline rc.subr.
#include "rcsubr/rc_config_fixture.h"

namespace rcsh::rcsubr {
namespace {

using testing::RcOutcome;

using SetRcvar = testing::RcConfigTest;

TEST_F(SetRcvar, WithoutArgumentsPrintsTheEnableKnobOfName) {
  EXPECT_EQ(RunNative("name=sshd; set_rcvar").out, "sshd_enable\n");
  ExpectSameAsDash("name=sshd; set_rcvar; echo \"$? ${rcvars-unset}\"");
  ExpectSameAsDash("unset name; set_rcvar");
}

TEST_F(SetRcvar, WithOneArgumentPrintsItsEnableKnob) {
  EXPECT_EQ(RunNative("set_rcvar ntpdate").out, "ntpdate_enable\n");
  ExpectSameAsDash("set_rcvar ntpdate; set_rcvar ''");
}

TEST_F(SetRcvar, WithADefaultRecordsTheVariable) {
  const char* script =
      "set_rcvar foo_enable YES 'Enable   foo' daemon; set_rcvar bar NO; echo \"$?|$rcvars|$foo_enable_defval|"
      "$foo_enable_desc|$bar_defval|${bar_desc-unset}|${foo_enable-unset}\"";
  RcOutcome o = RunNative(script);
  EXPECT_EQ(o.out, "0|foo_enable bar|YES|Enable   foo daemon|NO||unset\n");
  EXPECT_EQ(o.err, "");
  ExpectSameAsDash(script);
}

TEST_F(SetRcvar, DescriptionIsJoinedWithTheFirstIfsCharacter) {
  ExpectSameAsDash("IFS=:; set_rcvar v d a b c; echo \"$v_desc\"");
  ExpectSameAsDash("IFS=; set_rcvar v d a b c; echo \"$v_desc\"");
}

TEST_F(SetRcvar, DebugLineWhenRcDebugIsOn) {
  const char* script = "rc_debug=YES; set_rcvar foo_enable YES";
  EXPECT_EQ(RunNative(script).err, "/etc/rc.d/test: DEBUG: set_rcvar: $foo_enable=YES is added as a rc.conf(5) variable.\n");
  ExpectSameAsDash(script);
  ExpectSameAsDash("debug() { echo \"mine: $*\"; }; set_rcvar foo_enable YES");
}

TEST_F(SetRcvar, AnInvalidNameFailsLikeEval) {
  ExpectSameAsDashButErrorWording("set_rcvar a-b YES; echo \"$? $rcvars\"");
}

TEST_F(SetRcvar, ObsoleteRecordsOldNewAndMessage) {
  const char* script =
      "set_rcvar_obsolete old_a new_a 'Use  it' now; set_rcvar_obsolete old_b new_b; set_rcvar_obsolete old_c;"
      " echo \"$?|$rcvars_obsolete|$old_a_newvar|$old_a_obsolete_msg|$old_b_newvar|[$old_b_obsolete_msg]|"
      "[$old_c_newvar]|[$old_c_obsolete_msg]\"";
  EXPECT_EQ(RunNative(script).out, "0|old_a old_b old_c|new_a|Use  it now|new_b|[]|[]|[]\n");
  ExpectSameAsDash(script);
}

TEST_F(SetRcvar, ObsoleteWithoutArgumentsDoesNothing) {
  const char* script = "set_rcvar_obsolete; echo \"$? ${rcvars_obsolete-unset}\"";
  EXPECT_EQ(RunNative(script).out, "0 unset\n");
  ExpectSameAsDash(script);
}

TEST_F(SetRcvar, ObsoleteDebugLine) {
  ExpectSameAsDash("rc_debug=yes; set_rcvar_obsolete old new; set_rcvar_obsolete lone");
}

}  // namespace
}  // namespace rcsh::rcsubr
