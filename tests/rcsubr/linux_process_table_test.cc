// LinuxProcessTable against the real /proc (a /bin/sleep child with a known
// argv, through its life: running, zombie, reaped) and against a directory
// tree imitating /proc for what a test cannot start: kernel threads,
// rewritten titles, awkward comm names.
#include "rcsubr/linux_process_table.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rcsubr/process_match.h"

extern char** environ;

namespace rcsh::testing {
namespace {

using rcsubr::LinuxProcessTable;
using rcsubr::ProcessInfo;
using Argv = std::vector<std::string>;
using namespace std::string_literals;  // "a\0b"s keeps the NULs

bool Listed(const std::vector<ProcessInfo>& list, pid_t pid) {
  return std::any_of(list.begin(), list.end(),
                     [pid](const ProcessInfo& p) { return p.pid == pid; });
}

// /bin/sleep under an argv[0] no other process has.
pid_t SpawnSleep(Argv argv) {
  std::vector<char*> pointers;
  for (std::string& arg : argv) pointers.push_back(arg.data());
  pointers.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, "/bin/sleep", nullptr, nullptr, pointers.data(), environ) != 0) return -1;
  return pid;
}

TEST(LinuxProcessTableTest, RealChildThroughItsLife) {
  if (!std::filesystem::exists("/proc/self/cmdline")) GTEST_SKIP() << "no procfs";
  LinuxProcessTable table;
  pid_t pid = SpawnSleep({"rcsh-test-sleep", "60"});
  ASSERT_GT(pid, 0);

  // posix_spawn returns once the child has its new address space, which is
  // before the kernel has set up its arguments: for a moment the child shows
  // as "[sleep]" (ps shows the same). Wait for the exec to finish.
  std::optional<ProcessInfo> found = table.Find(pid);
  for (int tries = 0; tries < 500 && found && found->argv == Argv{"[sleep]"}; ++tries) {
    usleep(10000);
    found = table.Find(pid);
  }
  ASSERT_TRUE(found);
  EXPECT_EQ(found->pid, pid);
  EXPECT_EQ(found->jail_id, 0);
  EXPECT_EQ(found->argv, (Argv{"rcsh-test-sleep", "60"}));
  EXPECT_TRUE(table.Alive(pid));
  EXPECT_TRUE(Listed(table.List(), pid));
  EXPECT_EQ(
      rcsubr::FindProcesses(table, "/usr/local/sbin/rcsh-test-sleep", ".", 0, nullptr, nullptr),
      std::vector<pid_t>{pid});

  ASSERT_EQ(kill(pid, SIGKILL), 0);
  siginfo_t info = {};
  ASSERT_EQ(waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT), 0);
  // Exited, not reaped: a zombie is listed by ps but is not alive.
  EXPECT_FALSE(table.Alive(pid));
  found = table.Find(pid);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->argv, Argv{"<defunct>"});
  EXPECT_EQ(
      rcsubr::CheckPidfile(std::to_string(pid), "rcsh-test-sleep", ".", 0, table, nullptr, nullptr),
      std::nullopt);

  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_FALSE(table.Alive(pid));
  EXPECT_FALSE(table.Find(pid));
  EXPECT_FALSE(Listed(table.List(), pid));
}

TEST(LinuxProcessTableTest, FindsItself) {
  if (!std::filesystem::exists("/proc/self/cmdline")) GTEST_SKIP() << "no procfs";
  LinuxProcessTable table;
  std::optional<ProcessInfo> self = table.Find(getpid());
  ASSERT_TRUE(self);
  ASSERT_FALSE(self->argv.empty());
  EXPECT_NE(self->argv[0].find("rcsh_tests"), std::string::npos) << self->argv[0];
  EXPECT_TRUE(table.Alive(getpid()));
}

TEST(LinuxProcessTableTest, NoSuchPid) {
  LinuxProcessTable table;
  EXPECT_FALSE(table.Find(0));
  EXPECT_FALSE(table.Find(-1));
  EXPECT_FALSE(table.Alive(0));
  EXPECT_FALSE(table.Alive(-1));
  EXPECT_FALSE(table.Find(2147483647));
  EXPECT_FALSE(table.Alive(2147483647));
}

// A directory laid out like /proc, removed at the end of the test.
class LinuxProcessTableFakeProcTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() /
            ("rcsh-fake-proc-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(root_);
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  void AddProcess(pid_t pid, const std::string& comm, char state, const std::string& cmdline) {
    std::filesystem::path dir = root_ / std::to_string(pid);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "stat") << pid << " (" << comm << ") " << state << " 1 1 1 0 -1\n";
    std::ofstream(dir / "comm") << comm << "\n";
    std::ofstream(dir / "cmdline", std::ios::binary) << cmdline;
  }

  std::filesystem::path root_;
};

TEST_F(LinuxProcessTableFakeProcTest, ArgumentsAreNulSeparated) {
  AddProcess(10, "ntpd", 'S', "/usr/sbin/ntpd\0-g\0\0-p\0"s);
  LinuxProcessTable table(root_.string());
  EXPECT_EQ(table.Find(10)->argv, (Argv{"/usr/sbin/ntpd", "-g", "", "-p"}));
}

TEST_F(LinuxProcessTableFakeProcTest, KernelThreadShowsCommInBrackets) {
  AddProcess(2, "kthreadd", 'S', "");
  AddProcess(30, "kworker/0:1-events", 'I', "");
  LinuxProcessTable table(root_.string());
  EXPECT_EQ(table.Find(2)->argv, Argv{"[kthreadd]"});
  EXPECT_EQ(table.Find(30)->argv, Argv{"[kworker/0:1-events]"});
  EXPECT_TRUE(table.Alive(30));  // I (idle) is a live state
}

TEST_F(LinuxProcessTableFakeProcTest, RewrittenTitleIsSplitOnSpaces) {
  // setproctitle writes one string over the argument area and pads with NULs.
  AddProcess(40, "sshd", 'S', "sshd: user@pts/0  [priv]\0\0\0\0"s);
  LinuxProcessTable table(root_.string());
  std::optional<ProcessInfo> process = table.Find(40);
  ASSERT_TRUE(process);
  EXPECT_EQ(process->argv, (Argv{"sshd:", "user@pts/0", "", "[priv]"}));
  EXPECT_EQ(rcsubr::CommandLine(process->argv), "sshd: user@pts/0  [priv]");
}

TEST_F(LinuxProcessTableFakeProcTest, StateIsReadAfterTheLastParenthesis) {
  // comm may contain ") Z " itself; the state is the letter after the last ')'.
  AddProcess(50, "evil) Z (x", 'S', "evil\0"s);
  AddProcess(51, "dead) S (x", 'Z', "");
  LinuxProcessTable table(root_.string());
  EXPECT_TRUE(table.Alive(50));
  EXPECT_EQ(table.Find(50)->argv, Argv{"evil"});
  EXPECT_FALSE(table.Alive(51));
  EXPECT_EQ(table.Find(51)->argv, Argv{"<defunct>"});
}

TEST_F(LinuxProcessTableFakeProcTest, ListTakesNumericEntriesWithAStat) {
  AddProcess(1, "init", 'S', "/sbin/init\0"s);
  AddProcess(77, "cron", 'S', "/usr/sbin/cron\0"s);
  std::filesystem::create_directories(root_ / "self");
  std::filesystem::create_directories(root_ / "sys");
  std::filesystem::create_directories(root_ / "12x");
  std::filesystem::create_directories(root_ / "99");  // vanished: no stat
  std::ofstream(root_ / "uptime") << "1.0 1.0\n";
  LinuxProcessTable table(root_.string());
  std::vector<ProcessInfo> list = table.List();
  std::vector<pid_t> pids;
  for (const ProcessInfo& p : list) pids.push_back(p.pid);
  std::sort(pids.begin(), pids.end());
  EXPECT_EQ(pids, (std::vector<pid_t>{1, 77}));
  EXPECT_FALSE(table.Alive(99));
  EXPECT_FALSE(table.Find(99));
}

TEST_F(LinuxProcessTableFakeProcTest, MissingProcRootIsAnEmptyTable) {
  LinuxProcessTable table((root_ / "absent").string());
  EXPECT_TRUE(table.List().empty());
  EXPECT_FALSE(table.Alive(1));
}

}  // namespace
}  // namespace rcsh::testing
