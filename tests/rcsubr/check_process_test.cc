// check_process and _find_processes: every matching process of the table in
// the wanted jail, the name forms ps shows, interpreter checks, usage errors;
// compared with the baseline rc.subr under dash where a ps stand-in can say
// the same.
#include <gtest/gtest.h>

#include "rcsubr/process_natives_fixture.h"

namespace rcsh::rcsubr {
namespace {

using CheckProcessTest = testing::ProcessNativesTest;

TEST_F(CheckProcessTest, WithoutProcnameIsAUsageError) {
  auto o = RunBoth("check_process; echo not reached");
  EXPECT_EQ(o.status, 3);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: USAGE: check_process procname [interpreter]\n");
}

TEST_F(CheckProcessTest, FindsEveryFormOfTheDaemonsNameInPidOrder) {
  AddProcess(40, {"/usr/sbin/sshd", "-D"});
  AddProcess(12, {"sshd:", "root@pts/0"});
  AddProcess(33, {"[sshd]"});
  AddProcess(50, {"(sshd)"});
  AddProcess(60, {"sshd-keygen"});
  AddProcess(70, {"/usr/local/sbin/sshd"});
  auto o = RunBoth("echo \"[$(check_process /usr/sbin/sshd)] $?\"");
  EXPECT_EQ(o.out, "[12 33 40 50] 0\n");
  EXPECT_EQ(o.err, "");
}

TEST_F(CheckProcessTest, NothingRunningPrintsNothingAndSucceeds) {
  AddProcess(40, {"/usr/sbin/cron"});
  auto o = RunBoth("check_process /usr/sbin/sshd; echo \"[$?]\"");
  EXPECT_EQ(o.out, "[0]\n");
}

TEST_F(CheckProcessTest, JidChoosesTheJail) {
  AddProcess(40, {"/usr/sbin/named"}, 0);
  AddProcess(41, {"/usr/sbin/named"}, 2);
  auto o = RunBoth("echo \"[$(check_process /usr/sbin/named)]\"; JID=2; echo \"[$(check_process /usr/sbin/named)]\"");
  EXPECT_EQ(o.out, "[40]\n[41]\n");
}

TEST_F(CheckProcessTest, InterpretedDaemonNeedsShebangWordsThenTheScript) {
  world_.Write("/usr/local/bin/agent", "#!/usr/local/bin/ruby -w\n");
  AddProcess(20, {"/usr/local/bin/ruby", "-w", "/usr/local/bin/agent"});
  AddProcess(21, {"/usr/local/bin/ruby", "-w", "/usr/local/bin/agent", "--foreground"});
  AddProcess(22, {"/usr/local/bin/ruby", "/usr/local/bin/agent"});
  AddProcess(23, {"/usr/local/bin/ruby", "-w", "/usr/local/bin/agent2"});
  auto o = RunBoth("echo \"[$(check_process /usr/local/bin/agent /usr/local/bin/ruby)]\"");
  EXPECT_EQ(o.out, "[20 21]\n");
}

TEST_F(CheckProcessTest, InterpreterMismatchWarnsAndFails) {
  world_.Write("/usr/local/bin/agent", "#!/usr/local/bin/ruby\n");
  auto o = RunBoth("check_process /usr/local/bin/agent /usr/local/bin/perl; echo \" $?\"");
  EXPECT_EQ(o.out, " 1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: $command_interpreter /usr/local/bin/perl != /usr/local/bin/ruby\n");
}

TEST_F(CheckProcessTest, UnreadableScriptHasNoShebang) {
  auto o = RunBoth("check_process /usr/local/bin/missing /bin/sh; echo \" $?\"");
  EXPECT_EQ(o.out, " 1\n");
  EXPECT_EQ(o.err, "/etc/rc.d/test: WARNING: no shebang line in /usr/local/bin/missing\n");
}

TEST_F(CheckProcessTest, FindProcessesWantsExactlyThreeArguments) {
  for (const char* call : {"_find_processes foo .", "_find_processes foo . -ax extra"}) {
    auto o = RunBoth(std::string(call) + "; echo not reached");
    EXPECT_EQ(o.status, 3) << call;
    EXPECT_EQ(o.err, "/etc/rc.d/test: ERROR: USAGE: _find_processes procname interpreter psargs\n") << call;
  }
}

TEST_F(CheckProcessTest, FindProcessesTakesBothPsForms) {
  AddProcess(5, {"/sbin/devd"});
  AddProcess(6, {"/sbin/devd", "-q"});
  auto o = RunBoth("echo \"[$(_find_processes /sbin/devd . -ax)]\"; echo \"[$(_find_processes /sbin/devd . '-p 6')]\"; "
                   "echo \"[$(_find_processes /sbin/devd . '-p 7')]\"");
  EXPECT_EQ(o.out, "[5 6]\n[6]\n[]\n");
}

TEST_F(CheckProcessTest, UnderARootPrefixTheRealTableGivesWayToTheWorldsPs) {
  auto real = std::make_shared<testing::FakeProcessTable>();  // stands for /proc
  real->Add(99, {"/usr/sbin/sshd"});
  context_.owned_processes = real;
  context_.processes = real.get();
  AddProcess(40, {"/usr/sbin/sshd", "-D"});
  AddProcess(41, {"sshd:", "user"}, 1);
  world_.Write("/var/run/sshd.pid", "40\n");
  auto o = RunBoth(
      "echo \"[$(check_process /usr/sbin/sshd)]\"; echo \"[$(check_pidfile /var/run/sshd.pid /usr/sbin/sshd)]\"; "
      "echo \"[$(_find_processes sshd . '-p 41')]\"; JID=1; echo \"[$(_find_processes sshd . '-p 41')]\"");
  EXPECT_EQ(o.out, "[40]\n[40]\n[]\n[41]\n");
  EXPECT_EQ(o.calls,
            "ps -ww -o pid= -o jid= -o command= -ax\nps -ww -o pid= -o jid= -o command= -p 40\n"
            "ps -ww -o pid= -o jid= -o command= -p 41\nps -ww -o pid= -o jid= -o command= -p 41\n");
}

}  // namespace
}  // namespace rcsh::rcsubr
