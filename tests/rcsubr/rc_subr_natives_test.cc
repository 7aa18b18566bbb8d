// The native rc.subr functions: checkyesno, warn/err/info/debug (with the
// logger call rc.subr makes), reverse_list, startmsg/check_startmsgs, and
// the `. /etc/rc.subr` binding that hands those names to the natives.
#include "rcsubr/rc_subr.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "support/corpus_files.h"

namespace rcsh::rcsubr {
namespace {

namespace fs = std::filesystem;

// A root with a logger stand-in that records its arguments.
class RcSubrNatives : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir_template[] = "/tmp/rcsh-rcsubr-XXXXXX";
    root_ = mkdtemp(dir_template);
    fs::create_directories(root_ + "/usr/bin");
    fs::create_directories(root_ + "/etc");
    std::ofstream(root_ + "/usr/bin/logger") << "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$RC_ROOT/logger.log\"\n";
    chmod((root_ + "/usr/bin/logger").c_str(), 0755);
    // A tiny shell rc.subr whose checkyesno the native must replace.
    std::ofstream(root_ + "/etc/rc.subr") << "_rc_subr_loaded=YES\ncheckyesno() { echo shell-version; return 7; }\n"
                                           << "shell_only() { echo from-shell; }\n";
  }
  void TearDown() override { fs::remove_all(root_); }

  struct Outcome {
    int status;
    std::string out, err, logged;
  };
  Outcome Run(const std::string& script, const RcSubrOptions& rc_subr_options = {}) {
    Interpreter::Options options;
    options.capture_output = true;
    options.inherit_environment = false;
    options.arg0 = "/etc/rc.d/test";
    Interpreter sh(options);
    InstallRcSubr(sh, rc_subr_options);
    sh.SetVariable("RC_ROOT", root_, true);
    sh.SetVariable("PATH", "/usr/bin:/bin", true);
    sh.RunString(script, "/etc/rc.d/test");
    Outcome o{sh.Finish(), sh.TakeStdout(), sh.TakeStderr(), ""};
    if (fs::exists(root_ + "/logger.log")) o.logged = testing::ReadFileOrDie(root_ + "/logger.log");
    fs::remove(root_ + "/logger.log");
    return o;
  }

  std::string root_;
};

TEST_F(RcSubrNatives, CheckyesnoReadsTheVariableNamedByItsArgument) {
  for (const char* yes : {"YES", "yes", "Yes", "TRUE", "true", "ON", "on", "1"}) {
    Outcome o = Run(std::string("foo_enable=") + yes + "; checkyesno foo_enable; echo $?");
    EXPECT_EQ(o.out, "0\n") << yes;
    EXPECT_EQ(o.err, "") << yes;
  }
  for (const char* no : {"NO", "no", "FALSE", "False", "OFF", "off", "0"}) {
    Outcome o = Run(std::string("foo_enable=") + no + "; checkyesno foo_enable; echo $?");
    EXPECT_EQ(o.out, "1\n") << no;
    EXPECT_EQ(o.err, "") << no;
  }
}

TEST_F(RcSubrNatives, CheckyesnoWarnsAboutJunkEmptyAndUnsetValues) {
  for (const char* script : {"foo_enable=maybe", "foo_enable=", "unset foo_enable"}) {
    Outcome o = Run(std::string(script) + "; checkyesno foo_enable; echo $?");
    EXPECT_EQ(o.out, "1\n") << script;
    EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: $foo_enable is not set properly - see rc.conf(5).\n") << script;
    EXPECT_EQ(o.logged, "/etc/rc.d/test: WARNING: $foo_enable is not set properly - see rc.conf(5).\n") << script;
  }
}

TEST_F(RcSubrNatives, CheckyesnoDoesNotLookAtItsArgumentAsAValue) {
  Outcome o = Run("checkyesno YES; echo $?");
  EXPECT_EQ(o.out, "1\n");
  EXPECT_NE(o.err.find("$YES is not set properly"), std::string::npos);
}

TEST_F(RcSubrNatives, WarnGoesToStderrAndLogger) {
  Outcome o = Run("warn disk is full; echo $?");
  EXPECT_EQ(o.out, "0\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: disk is full\n");
  EXPECT_EQ(o.logged, "/etc/rc.d/test: WARNING: disk is full\n");
}

TEST_F(RcSubrNatives, NoLoggerNoLogLineButTheMessageStays) {
  fs::remove(root_ + "/usr/bin/logger");
  Outcome o = Run("warn quiet");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: quiet\n");
  EXPECT_EQ(o.logged, "");
}

TEST_F(RcSubrNatives, ErrExitsTheScriptWithItsStatus) {
  Outcome o = Run("f() { err 3 'bad thing'; echo never; }; f; echo never either");
  EXPECT_EQ(o.status, 3);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: bad thing\n");
  EXPECT_EQ(o.logged, "/etc/rc.d/test: ERROR: bad thing\n");
}

TEST_F(RcSubrNatives, InfoPrintsOnStdoutOnlyWhenRcInfoIsYes) {
  EXPECT_EQ(Run("info hello").out, "");
  Outcome o = Run("rc_info=YES; info hello");
  EXPECT_EQ(o.out, "/etc/rc.d/test: INFO: hello\n");
  EXPECT_EQ(o.logged, "/etc/rc.d/test: INFO: hello\n");
}

TEST_F(RcSubrNatives, DebugPrintsOnStderrOnlyWhenRcDebugIsYes) {
  EXPECT_EQ(Run("debug hidden").err, "");
  Outcome o = Run("rc_debug=on; debug shown");
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
  Outcome o = Run(". /etc/rc.subr; foo_enable=YES; checkyesno foo_enable; echo $?; type shell_only >/dev/null 2>&1 || echo none");
  EXPECT_EQ(o.out, "0\nnone\n");
}

TEST_F(RcSubrNatives, TheBindingNeedsNoRcSubrFile) {
  fs::remove(root_ + "/etc/rc.subr");
  Outcome o = Run(". /etc/rc.subr; echo $? $_rc_subr_loaded; x=yes; checkyesno x && echo yes");
  EXPECT_EQ(o.out, "0 YES\nyes\n");
  EXPECT_EQ(o.err, "");
}

TEST_F(RcSubrNatives, ReadingTheShellRcSubrHandsImplementedNamesToTheNatives) {
  RcSubrOptions options;
  options.read_shell_rc_subr = true;
  Outcome o = Run(". /etc/rc.subr; foo_enable=YES; checkyesno foo_enable; echo $?; shell_only", options);
  EXPECT_EQ(o.out, "0\nfrom-shell\n");  // native checkyesno, shell shell_only
}

TEST_F(RcSubrNatives, SourcingTheRootedPathBindsToo) {
  Outcome o = Run(". \"$RC_ROOT\"/etc/rc.subr; x=no; checkyesno x; echo $?");
  EXPECT_EQ(o.out, "1\n");
}

}  // namespace
}  // namespace rcsh::rcsubr
