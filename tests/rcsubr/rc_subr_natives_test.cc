// The native rc.subr functions: checkyesno, warn/err/info/debug (with the
// logger call rc.subr makes), reverse_list, startmsg/check_startmsgs, and
// the `. /etc/rc.subr` binding that hands those names to the natives.
#include <gtest/gtest.h>

#include <filesystem>

#include "rcsubr/rc_subr.h"
#include "support/rc_embedded_runner.h"
#include "support/rc_outcome.h"
#include "support/rc_world.h"

namespace rcsh::rcsubr {
namespace {

namespace fs = std::filesystem;
using testing::RcOutcome;
using testing::RcWorld;

// A root with a logger stand-in that records its arguments as calls.
class RcSubrNatives : public ::testing::Test {
 protected:
  void SetUp() override {
    world_.Write("/usr/bin/logger", "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$RC_CALL_LOG\"\n", 0755);
    // A tiny shell rc.subr whose checkyesno the native must replace.
    world_.Write("/etc/rc.subr",
                 "_rc_subr_loaded=YES\ncheckyesno() { echo shell-version; return 7; }\n"
                 "shell_only() { echo from-shell; }\n");
  }
  RcOutcome Run(const std::string& script, const RcSubrOptions& rc_subr_options = {}) {
    return testing::RunEmbedded(world_, script, testing::BindRcSubr(rc_subr_options));
  }

  RcWorld world_;
};

TEST_F(RcSubrNatives, CheckyesnoReadsTheVariableNamedByItsArgument) {
  for (const char* yes : {"YES", "yes", "Yes", "TRUE", "true", "ON", "on", "1"}) {
    RcOutcome o = Run(std::string("foo_enable=") + yes + "; checkyesno foo_enable; echo $?");
    EXPECT_EQ(o.out, "0\n") << yes;
    EXPECT_EQ(o.err, "") << yes;
  }
  for (const char* no : {"NO", "no", "FALSE", "False", "OFF", "off", "0"}) {
    RcOutcome o = Run(std::string("foo_enable=") + no + "; checkyesno foo_enable; echo $?");
    EXPECT_EQ(o.out, "1\n") << no;
    EXPECT_EQ(o.err, "") << no;
  }
}

TEST_F(RcSubrNatives, CheckyesnoWarnsAboutJunkEmptyAndUnsetValues) {
  for (const char* script : {"foo_enable=maybe", "foo_enable=", "unset foo_enable"}) {
    RcOutcome o = Run(std::string(script) + "; checkyesno foo_enable; echo $?");
    EXPECT_EQ(o.out, "1\n") << script;
    EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: $foo_enable is not set properly - see rc.conf(5).\n") << script;
    EXPECT_EQ(o.calls,
              "/etc/rc.d/test: WARNING: $foo_enable is not set properly - see rc.conf(5).\n")
        << script;
  }
}

TEST_F(RcSubrNatives, CheckyesnoDoesNotLookAtItsArgumentAsAValue) {
  RcOutcome o = Run("checkyesno YES; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_NE(o.err.find("$YES is not set properly"), std::string::npos);
}

TEST_F(RcSubrNatives, WarnGoesToStderrAndLogger) {
  RcOutcome o = Run("warn disk is full; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: disk is full\n");
  EXPECT_EQ(o.calls, "/etc/rc.d/test: WARNING: disk is full\n");
}

TEST_F(RcSubrNatives, NoLoggerNoLogLineButTheMessageStays) {
  fs::remove(world_.root() + "/usr/bin/logger");
  RcOutcome o = Run("warn quiet");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: quiet\n");
  EXPECT_EQ(o.calls, "");
}

TEST_F(RcSubrNatives, ErrExitsTheScriptWithItsStatus) {
  RcOutcome o = Run("f() { err 3 'bad thing'; echo never; }; f; echo never either");
  EXPECT_EQ(o.status, 3);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: bad thing\n");
  EXPECT_EQ(o.calls, "/etc/rc.d/test: ERROR: bad thing\n");
}

TEST_F(RcSubrNatives, InfoPrintsOnStdoutOnlyWhenRcInfoIsYes) {
  EXPECT_EQ(Run("info hello").out, "");
  RcOutcome o = Run("rc_info=YES; info hello");
  EXPECT_EQ(o.out, "/etc/rc.d/test: INFO: hello\n");
  EXPECT_EQ(o.calls, "/etc/rc.d/test: INFO: hello\n");
}

TEST_F(RcSubrNatives, DebugPrintsOnStderrOnlyWhenRcDebugIsYes) {
  EXPECT_EQ(Run("debug hidden").err, "");
  RcOutcome o = Run("rc_debug=on; debug shown");
  EXPECT_EQ(o.err, "/etc/rc.d/test: DEBUG: shown\n");
}

TEST_F(RcSubrNatives, ReverseListReversesWords) {
  EXPECT_EQ(Run("reverse_list a b c").out, "c b a\n");
  EXPECT_EQ(Run("reverse_list").out, "\n");
}

TEST_F(RcSubrNatives, StartmsgFollowsRcQuietAndRcStartmsgs) {
  EXPECT_EQ(Run("startmsg Starting foo.").out, "Starting foo.\n");
  EXPECT_EQ(Run("startmsg -n 'Starting foo:'; echo ' done'").out, "Starting foo: done\n");
  EXPECT_EQ(Run("rc_quiet=yes; rc_startmsgs=NO; startmsg Starting foo.").out, "");
  EXPECT_EQ(Run("rc_quiet=yes; rc_startmsgs=YES; startmsg Starting foo.").out, "Starting foo.\n");
}

TEST_F(RcSubrNatives, SourcingRcSubrReadsNoShellCode) {
  RcOutcome o =
      Run(". /etc/rc.subr; foo_enable=YES; checkyesno foo_enable; echo $?; type shell_only "
          ">/dev/null 2>&1 || echo none");
  EXPECT_EQ(o.out, "0\nnone\n");
}

TEST_F(RcSubrNatives, TheBindingNeedsNoRcSubrFile) {
  fs::remove(world_.root() + "/etc/rc.subr");
  RcOutcome o = Run(". /etc/rc.subr; echo $? $_rc_subr_loaded; x=yes; checkyesno x && echo yes");
  EXPECT_EQ(o.out, "0 YES\nyes\n");
  EXPECT_EQ(o.err, "");
}

TEST_F(RcSubrNatives, ReadingTheShellRcSubrHandsImplementedNamesToTheNatives) {
  RcSubrOptions options;
  options.read_shell_rc_subr = true;
  RcOutcome o =
      Run(". /etc/rc.subr; foo_enable=YES; checkyesno foo_enable; echo $?; shell_only", options);
  EXPECT_EQ(o.out, "0\nfrom-shell\n");  // native checkyesno, shell shell_only
}

TEST_F(RcSubrNatives, SourcingTheRootedPathBindsToo) {
  RcOutcome o = Run(". \"$RC_ROOT\"/etc/rc.subr; x=no; checkyesno x; echo $?");
  EXPECT_EQ(o.out, "1\n");
}

}  // namespace
}  // namespace rcsh::rcsubr
