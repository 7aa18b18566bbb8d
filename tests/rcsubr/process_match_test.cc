// The _find_processes rules (check_process, check_pidfile) over a fake
// process table: every argv[0] form, interpreted scripts with and without
// env, jails, and pidfiles good and bad. The last test runs the same queries
// through the baseline rc.subr under dash (with a ps that prints the fake
// table) and requires the same pids and warnings.
#include "rcsubr/process_match.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "support/dash_runner.h"
#include "support/fake_process_table.h"
#include "support/rc_dash_baseline.h"
#include "support/rc_outcome.h"
#include "support/rc_program_runner.h"
#include "support/rc_world.h"

namespace rcsh::testing {
namespace {

using rcsubr::CheckPidfile;
using rcsubr::FindProcesses;
using rcsubr::FirstLineReader;
using rcsubr::ProcessMatcher;

class ProcessMatchTest : public ::testing::Test {
 protected:
  // The scripts the reader knows: path -> first line. Other paths are
  // unreadable.
  FirstLineReader Reader() {
    return [this](const std::string& path) -> std::optional<std::string> {
      ++reads_;
      auto it = scripts_.find(path);
      if (it == scripts_.end()) return std::nullopt;
      return it->second;
    };
  }
  std::vector<pid_t> Find(const std::string& procname, const std::string& interpreter = ".",
                          int jail_id = 0) {
    return FindProcesses(table_, procname, interpreter, jail_id, Reader(), &warnings_);
  }
  std::optional<pid_t> Pidfile(std::string_view text, const std::string& procname,
                               const std::string& interpreter = ".", int jail_id = 0) {
    return CheckPidfile(text, procname, interpreter, jail_id, table_, Reader(), &warnings_);
  }
  // Whether a process with exactly this argv is found for `procname`.
  bool PlainMatches(const std::string& procname, std::vector<std::string> argv) {
    table_.Add(100, std::move(argv));
    return Find(procname) == std::vector<pid_t>{100};
  }

  FakeProcessTable table_;
  std::map<std::string, std::string> scripts_;
  int reads_ = 0;
  std::vector<std::string> warnings_;
};

using Pids = std::vector<pid_t>;

// --- plain daemons: the forms of argv[0] ---------------------------------

TEST_F(ProcessMatchTest, PlainMatchesFullPath) {
  EXPECT_TRUE(PlainMatches("/usr/sbin/sshd", {"/usr/sbin/sshd", "-D"}));
}

TEST_F(ProcessMatchTest, PlainMatchesBasename) {
  EXPECT_TRUE(PlainMatches("/usr/sbin/sshd", {"sshd", "-D"}));
}

TEST_F(ProcessMatchTest, PlainMatchesBasenameColon) {
  EXPECT_TRUE(PlainMatches("/usr/sbin/sshd", {"sshd:", "listener"}));
}

TEST_F(ProcessMatchTest, PlainMatchesSetproctitleSingleString) {
  // A title is one string; its first space-separated word is what counts.
  EXPECT_TRUE(PlainMatches("/usr/sbin/sshd", {"sshd: /usr/sbin/sshd [listener] 0 of 10-100"}));
}

TEST_F(ProcessMatchTest, PlainMatchesParenthesisedBasename) {
  EXPECT_TRUE(PlainMatches("/usr/libexec/getty", {"(getty)"}));
}

TEST_F(ProcessMatchTest, PlainMatchesBracketedBasename) {
  EXPECT_TRUE(PlainMatches("/boot/kernel/zfskern", {"[zfskern]"}));
}

TEST_F(ProcessMatchTest, PlainProcnameWithoutSlashIsItsOwnBasename) {
  EXPECT_TRUE(PlainMatches("ntpd", {"ntpd", "-p", "/var/db/ntp/ntpd.pid"}));
}

TEST_F(ProcessMatchTest, PlainOtherDirectorySameBasenameDoesNotMatch) {
  // argv[0] must be PROCNAME itself or the bare basename, not another path.
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"/usr/local/sbin/sshd", "-D"}));
}

TEST_F(ProcessMatchTest, PlainBareProcnameDoesNotMatchFullPathArgv0) {
  EXPECT_FALSE(PlainMatches("sshd", {"/usr/sbin/sshd"}));
}

TEST_F(ProcessMatchTest, PlainLongerNameDoesNotMatch) {
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"sshd-session", "-R"}));
}

TEST_F(ProcessMatchTest, PlainPrefixOfNameDoesNotMatch) {
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"ssh"}));
}

TEST_F(ProcessMatchTest, PlainColonFollowedByTextDoesNotMatch) {
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"sshd:listener"}));
}

TEST_F(ProcessMatchTest, PlainDecoratedFullPathDoesNotMatch) {
  // The decorated forms take the basename only.
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"(/usr/sbin/sshd)"}));
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"[/usr/sbin/sshd]"}));
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"/usr/sbin/sshd:"}));
}

TEST_F(ProcessMatchTest, PlainOnlyArgv0Counts) {
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"/usr/sbin/daemon", "/usr/sbin/sshd"}));
}

TEST_F(ProcessMatchTest, PlainTabDoesNotEndArgv0) {
  // ${cmd%% *} cuts at a space only.
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {"sshd\t-D"}));
}

TEST_F(ProcessMatchTest, PlainLeadingBlankArgumentIsTrimmedAsReadDoes) {
  EXPECT_TRUE(PlainMatches("/usr/sbin/sshd", {"", "sshd"}));
}

TEST_F(ProcessMatchTest, PlainZombieDoesNotMatch) {
  table_.Add(100, {"/usr/sbin/sshd"});
  table_.MakeZombie(100);
  EXPECT_EQ(Find("/usr/sbin/sshd"), Pids{});
}

TEST_F(ProcessMatchTest, PlainEmptyArgvDoesNotMatch) {
  EXPECT_FALSE(PlainMatches("/usr/sbin/sshd", {}));
}

TEST_F(ProcessMatchTest, PlainNeverReadsTheScript) {
  table_.Add(100, {"sshd"});
  EXPECT_EQ(Find("/usr/sbin/sshd"), Pids{100});
  EXPECT_EQ(reads_, 0);
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(ProcessMatchTest, EmptyInterpreterMeansPlain) {
  table_.Add(100, {"sshd"});
  EXPECT_EQ(Find("/usr/sbin/sshd", ""), Pids{100});
  EXPECT_EQ(reads_, 0);
}

TEST_F(ProcessMatchTest, AllMatchesInIncreasingPidOrder) {
  table_.Add(300, {"sshd:", "user@pts/0"});
  table_.Add(12, {"/usr/sbin/cron"});
  table_.Add(200, {"/usr/sbin/sshd"});
  table_.Add(250, {"[sshd]"});
  EXPECT_EQ(Find("/usr/sbin/sshd"), (Pids{200, 250, 300}));
}

// --- jails -------------------------------------------------------------------

TEST_F(ProcessMatchTest, ProcessInAnotherJailDoesNotCount) {
  table_.Add(100, {"/usr/sbin/sshd"}, /*jail_id=*/3);
  table_.Add(101, {"/usr/sbin/sshd"}, /*jail_id=*/0);
  EXPECT_EQ(Find("/usr/sbin/sshd", ".", 0), Pids{101});
  EXPECT_EQ(Find("/usr/sbin/sshd", ".", 3), Pids{100});
  EXPECT_EQ(Find("/usr/sbin/sshd", ".", 7), Pids{});
}

// --- interpreted daemons -----------------------------------------------------

TEST_F(ProcessMatchTest, InterpretedMatchesShebangPlusProcname) {
  scripts_["/usr/local/bin/foo"] = "#!/usr/local/bin/python3";
  table_.Add(100, {"/usr/local/bin/python3", "/usr/local/bin/foo"});
  table_.Add(101, {"/usr/local/bin/python3", "/usr/local/bin/foo", "--daemon"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/usr/local/bin/python3"), (Pids{100, 101}));
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(ProcessMatchTest, InterpretedReadsTheScriptOnceForTheWholeTable) {
  scripts_["/usr/local/bin/foo"] = "#!/usr/local/bin/python3";
  for (pid_t pid = 100; pid < 110; ++pid) table_.Add(pid, {"/usr/local/bin/python3", "x"});
  Find("/usr/local/bin/foo", "/usr/local/bin/python3");
  EXPECT_EQ(reads_, 1);
}

TEST_F(ProcessMatchTest, InterpretedLongerScriptNameDoesNotMatch) {
  scripts_["/usr/local/bin/foo"] = "#!/usr/local/bin/python3";
  table_.Add(100, {"/usr/local/bin/python3", "/usr/local/bin/foobar"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/usr/local/bin/python3"), Pids{});
}

TEST_F(ProcessMatchTest, InterpretedScriptAsArgv0DoesNotMatch) {
  // Plain forms do not apply to interpreted daemons.
  scripts_["/usr/local/bin/foo"] = "#!/usr/local/bin/python3";
  table_.Add(100, {"/usr/local/bin/foo"});
  table_.Add(101, {"foo:"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/usr/local/bin/python3"), Pids{});
}

TEST_F(ProcessMatchTest, InterpretedThroughEnvDropsEnv) {
  scripts_["/usr/local/bin/foo"] = "#!/usr/bin/env python3";
  table_.Add(100, {"python3", "/usr/local/bin/foo"});
  table_.Add(101, {"/usr/local/bin/python3", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "python3"), Pids{100});
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(ProcessMatchTest, InterpretedBinEnvIsDroppedToo) {
  scripts_["/usr/local/bin/foo"] = "#!/bin/env perl";
  table_.Add(100, {"perl", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "perl"), Pids{100});
}

TEST_F(ProcessMatchTest, InterpretedEnvWithoutPathIsNotDropped) {
  scripts_["/usr/local/bin/foo"] = "#!env perl";
  table_.Add(100, {"perl", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "perl"), Pids{});
  EXPECT_EQ(warnings_, std::vector<std::string>{"$command_interpreter perl != env"});
}

TEST_F(ProcessMatchTest, InterpretedShebangArgumentsArePartOfThePrefix) {
  scripts_["/usr/local/etc/rc.d/helper"] = "#!/bin/sh -e";
  table_.Add(100, {"/bin/sh", "-e", "/usr/local/etc/rc.d/helper", "run"});
  table_.Add(101, {"/bin/sh", "/usr/local/etc/rc.d/helper"});
  EXPECT_EQ(Find("/usr/local/etc/rc.d/helper", "/bin/sh"), Pids{100});
}

TEST_F(ProcessMatchTest, InterpretedShebangBlanksAreFieldSplit) {
  scripts_["/usr/local/bin/foo"] = "  #!  /usr/local/bin/ruby \t -w  ";
  table_.Add(100, {"/usr/local/bin/ruby", "-w", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/usr/local/bin/ruby"), Pids{100});
}

TEST_F(ProcessMatchTest, InterpretedWrongInterpreterWarnsAndMatchesNothing) {
  scripts_["/usr/local/bin/foo"] = "#!/bin/sh";
  table_.Add(100, {"/bin/sh", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/usr/local/bin/bash"), Pids{});
  EXPECT_EQ(warnings_,
            std::vector<std::string>{"$command_interpreter /usr/local/bin/bash != /bin/sh"});
}

TEST_F(ProcessMatchTest, InterpretedMissingShebangWarns) {
  scripts_["/usr/local/bin/foo"] = "echo hello";
  table_.Add(100, {"/bin/sh", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/bin/sh"), Pids{});
  EXPECT_EQ(warnings_, std::vector<std::string>{"no shebang line in /usr/local/bin/foo"});
}

TEST_F(ProcessMatchTest, InterpretedUnreadableScriptWarnsAsMissingShebang) {
  table_.Add(100, {"/bin/sh", "/usr/local/bin/foo"});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/bin/sh"), Pids{});
  EXPECT_EQ(warnings_, std::vector<std::string>{"no shebang line in /usr/local/bin/foo"});
}

TEST_F(ProcessMatchTest, InterpretedBareShebangComparesAnEmptyWord) {
  scripts_["/a"] = "#!";
  scripts_["/b"] = "#!/usr/bin/env";
  Find("/a", "/bin/sh");
  Find("/b", "/bin/sh");
  EXPECT_EQ(warnings_, (std::vector<std::string>{"$command_interpreter /bin/sh != ",
                                                 "$command_interpreter /bin/sh != "}));
}

TEST_F(ProcessMatchTest, InterpretedRespectsJail) {
  scripts_["/usr/local/bin/foo"] = "#!/bin/sh";
  table_.Add(100, {"/bin/sh", "/usr/local/bin/foo"}, 2);
  EXPECT_EQ(Find("/usr/local/bin/foo", "/bin/sh", 0), Pids{});
  EXPECT_EQ(Find("/usr/local/bin/foo", "/bin/sh", 2), Pids{100});
}

TEST_F(ProcessMatchTest, MatcherCanBeUsedOnItsOwn) {
  ProcessMatcher matcher("/usr/sbin/sshd", ".", 0, nullptr);
  EXPECT_FALSE(matcher.warning());
  EXPECT_TRUE(matcher.Matches({1, 0, {"sshd:", "x"}}));
  EXPECT_FALSE(matcher.Matches({1, 1, {"sshd:", "x"}}));
}

TEST_F(ProcessMatchTest, WarningsMayBeDiscarded) {
  EXPECT_EQ(FindProcesses(table_, "/x", "/bin/sh", 0, Reader(), nullptr), Pids{});
  EXPECT_EQ(CheckPidfile("1", "/x", "/bin/sh", 0, table_, Reader(), nullptr), std::nullopt);
}

// --- check_pidfile -------------------------------------------------------

TEST_F(ProcessMatchTest, PidfileOfLiveMatchingProcess) {
  table_.Add(4242, {"/usr/sbin/ntpd", "-g"});
  EXPECT_EQ(Pidfile("4242\n", "/usr/sbin/ntpd"), 4242);
  EXPECT_EQ(Pidfile("4242", "/usr/sbin/ntpd"), 4242);
}

TEST_F(ProcessMatchTest, PidfileFirstWordOfFirstLineOnly) {
  table_.Add(4242, {"ntpd"});
  table_.Add(77, {"ntpd"});
  EXPECT_EQ(Pidfile("  4242 extra words\n77\n", "/usr/sbin/ntpd"), 4242);
  EXPECT_EQ(Pidfile("\t4242\tjunk", "/usr/sbin/ntpd"), 4242);
  EXPECT_EQ(Pidfile("\n4242\n", "/usr/sbin/ntpd"), std::nullopt);
}

TEST_F(ProcessMatchTest, PidfileLeadingZerosAreTheSameNumber) {
  table_.Add(42, {"ntpd"});
  EXPECT_EQ(Pidfile("0042\n", "/usr/sbin/ntpd"), 42);
}

TEST_F(ProcessMatchTest, PidfileOfDeadProcess) {
  EXPECT_EQ(Pidfile("4242\n", "/usr/sbin/ntpd"), std::nullopt);
}

TEST_F(ProcessMatchTest, PidfileOfZombie) {
  table_.Add(4242, {"/usr/sbin/ntpd"});
  table_.MakeZombie(4242);
  EXPECT_EQ(Pidfile("4242\n", "/usr/sbin/ntpd"), std::nullopt);
}

TEST_F(ProcessMatchTest, PidfileOfPidReusedByAnotherProgram) {
  table_.Add(4242, {"/usr/sbin/cron"});
  EXPECT_EQ(Pidfile("4242\n", "/usr/sbin/ntpd"), std::nullopt);
}

TEST_F(ProcessMatchTest, PidfileOfProcessInAnotherJail) {
  table_.Add(4242, {"/usr/sbin/ntpd"}, 5);
  EXPECT_EQ(Pidfile("4242\n", "/usr/sbin/ntpd", ".", 0), std::nullopt);
  EXPECT_EQ(Pidfile("4242\n", "/usr/sbin/ntpd", ".", 5), 4242);
}

TEST_F(ProcessMatchTest, PidfileWithGarbage) {
  table_.Add(12, {"ntpd"});
  for (const char* text : {"abc\n", "12abc\n", "12,13\n", "-12\n", "+12\n", "0\n", "1.5\n",
                           "99999999999999999999\n", "0x0c\n"}) {
    EXPECT_EQ(Pidfile(text, "/usr/sbin/ntpd"), std::nullopt) << text;
  }
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(ProcessMatchTest, PidfileEmptyOrBlank) {
  table_.Add(12, {"ntpd"});
  for (const char* text : {"", "\n", "   \n", "\t"}) {
    EXPECT_EQ(Pidfile(text, "/usr/sbin/ntpd"), std::nullopt) << '"' << text << '"';
  }
}

TEST_F(ProcessMatchTest, PidfileOfInterpretedDaemon) {
  scripts_["/usr/local/sbin/agent"] = "#!/usr/local/bin/perl -T";
  table_.Add(900, {"/usr/local/bin/perl", "-T", "/usr/local/sbin/agent"});
  EXPECT_EQ(Pidfile("900\n", "/usr/local/sbin/agent", "/usr/local/bin/perl"), 900);
}

TEST_F(ProcessMatchTest, PidfileEmptyDoesNotLookAtTheScript) {
  // check_pidfile returns before _find_processes when there is no pid.
  EXPECT_EQ(Pidfile("", "/usr/local/sbin/agent", "/usr/local/bin/perl"), std::nullopt);
  EXPECT_EQ(reads_, 0);
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(ProcessMatchTest, PidfileGarbageStillWarnsAboutTheShebang) {
  EXPECT_EQ(Pidfile("abc\n", "/usr/local/sbin/agent", "/usr/local/bin/perl"), std::nullopt);
  EXPECT_EQ(warnings_, std::vector<std::string>{"no shebang line in /usr/local/sbin/agent"});
}

// --- against the baseline rc.subr ----------------------------------------

struct BaselineQuery {
  std::string procname;
  std::string interpreter;
  int jail_id;
};

TEST(ProcessMatchBaselineTest, CheckProcessAgreesWithBaselineRcSubrUnderDash) {
  if (!FindDashBinary()) GTEST_SKIP() << "dash is not installed";
  RcWorld world;

  FakeProcessTable table;
  table.Add(11, {"/usr/sbin/sshd", "-D"});
  table.Add(12, {"sshd:", "user@pts/0"});
  table.Add(13, {"(sshd)"});
  table.Add(14, {"[sshd]"}, 2);
  table.Add(15, {"/usr/local/sbin/sshd"});
  table.Add(16, {"sshd-session"});
  table.Add(17, {"ntpd: [priv] (ntpd)"});
  table.Add(18, {"[zfskern]"});
  table.Add(20, {"/usr/local/bin/python3", "/usr/local/bin/foo", "--daemon"});
  table.Add(21, {"python3", "/usr/local/bin/foo"});
  table.Add(22, {"/usr/local/bin/python3", "/usr/local/bin/foobar"});
  table.Add(23, {"/bin/sh", "-e", "/usr/local/bin/sh-daemon"});
  table.Add(24, {"/bin/sh", "/usr/local/bin/sh-daemon"}, 2);
  table.Add(25, {"python3", "/usr/local/bin/envfoo", "-v"});
  table.MakeZombie(13);
  std::map<std::string, std::string> scripts = {
      {"/usr/local/bin/foo", "#!/usr/local/bin/python3"},
      {"/usr/local/bin/envfoo", "#!/usr/bin/env python3"},
      {"/usr/local/bin/sh-daemon", "#!/bin/sh -e"},
      {"/usr/local/bin/noshebang", "exec sleep 100"},
      {"/usr/local/bin/bare", "#!"},
  };
  for (const auto& [path, line] : scripts) world.Write(path, line + "\n");
  std::string ps = "#!/bin/sh\ncat <<'EOF'\n";
  for (const rcsubr::ProcessInfo& p : table.List()) {
    ps += "  " + std::to_string(p.pid) + "  " + std::to_string(p.jail_id) + " " +
          rcsubr::CommandLine(p.argv) + "\n";
  }
  world.Write("/bin/ps", ps + "EOF\n", 0700);
  FirstLineReader reader = [&](const std::string& path) -> std::optional<std::string> {
    auto it = scripts.find(path);
    if (it == scripts.end()) return std::nullopt;
    return it->second;
  };

  std::vector<BaselineQuery> queries = {
      {"/usr/sbin/sshd", ".", 0},
      {"/usr/sbin/sshd", ".", 2},
      {"sshd", ".", 0},
      {"/usr/local/sbin/sshd", ".", 0},
      {"/usr/sbin/ntpd", ".", 0},
      {"/boot/kernel/zfskern", ".", 0},
      {"/usr/local/bin/foo", "/usr/local/bin/python3", 0},
      {"/usr/local/bin/foo", "python3", 0},
      {"/usr/local/bin/envfoo", "python3", 0},
      {"/usr/local/bin/sh-daemon", "/bin/sh", 0},
      {"/usr/local/bin/sh-daemon", "/bin/sh", 2},
      {"/usr/local/bin/noshebang", "/bin/sh", 0},
      {"/usr/local/bin/missing", "/bin/sh", 0},
      {"/usr/local/bin/bare", "/bin/sh", 0},
  };
  std::string rc_subr = std::string(RCSH_SOURCE_DIR) + "/corpus/baseline/rc.subr";
  const char* script =
      "RC_ROOT=$1; . \"$2\"; JID=$3; rc_debug=; "
      "check_process \"$4\" \"$5\" 2>\"$RC_ROOT/err\"; printf '|'; "
      "sed 's/^.*WARNING: //' \"$RC_ROOT/err\"";
  int answered = 0;  // queries that found a pid: the comparison is not vacuous
  for (const BaselineQuery& q : queries) {
    SCOPED_TRACE(q.procname + " " + q.interpreter + " jail " + std::to_string(q.jail_id));
    RcOutcome dash =
        RunProgram(world, DashBinary(), script, "sh",
                   {world.root(), rc_subr, std::to_string(q.jail_id), q.procname, q.interpreter});
    ASSERT_NE(dash.status, -1);  // dash started
    std::vector<std::string> warnings;
    std::vector<pid_t> pids =
        FindProcesses(table, q.procname, q.interpreter, q.jail_id, reader, &warnings);
    std::string ours;
    for (pid_t pid : pids) ours += (ours.empty() ? "" : " ") + std::to_string(pid);
    ours += "|";
    for (const std::string& warning : warnings) ours += warning + "\n";
    EXPECT_EQ(ours, dash.out);
    if (!pids.empty()) ++answered;
  }
  EXPECT_EQ(answered, 9);
}

}  // namespace
}  // namespace rcsh::testing
