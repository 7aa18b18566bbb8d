#include "rcsubr/rc_conf_update.h"

#include <grp.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/fake_file_writer.h"
#include "support/run_in_child.h"
#include "support/scoped_temp_dir.h"

namespace rcsh::rcsubr {
namespace {

using rcsh::testing::FakeFileWriter;
using rcsh::testing::RunInChild;
using rcsh::testing::ScopedTempDir;

std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct stat StatOf(const std::string& path) {
  struct stat st = {};
  stat(path.c_str(), &st);
  return st;
}

RcConfUpdateRequest Request(RcConfChange change, const std::string& path) {
  return {change, path, "sshd", "sshd_enable"};
}

const char kRcConf[] =
    "# rc.conf of box\n"
    "hostname=\"box\"\t# the name\n"
    "sshd_enable='NO'   # off for now\n"
    "\n"
    "ifconfig_em0=\"DHCP\"\n";

TEST(RcConfUpdate, EnableRewritesTheKnobAndKeepsEverythingElse) {
  ScopedTempDir dir;
  dir.Write("rc.conf", kRcConf);
  ASSERT_EQ(chmod(dir.Child("rc.conf").c_str(), 0640), 0);
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf")));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_TRUE(result.written);
  EXPECT_EQ(result.message, "sshd enabled in " + dir.Child("rc.conf"));
  EXPECT_EQ(dir.Read("rc.conf"),
            "# rc.conf of box\n"
            "hostname=\"box\"\t# the name\n"
            "sshd_enable='YES'   # off for now\n"
            "\n"
            "ifconfig_em0=\"DHCP\"\n");
  EXPECT_EQ(StatOf(dir.Child("rc.conf")).st_mode & 07777, 0640u);
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"rc.conf"});
}

TEST(RcConfUpdate, DisableAppendsWhenTheKnobIsMissing) {
  ScopedTempDir dir;
  dir.Write("rc.conf", "hostname=\"box\"");
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kDisable, dir.Child("rc.conf")));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.message, "sshd disabled in " + dir.Child("rc.conf"));
  EXPECT_EQ(dir.Read("rc.conf"), "hostname=\"box\"\nsshd_enable=\"NO\"\n");
}

TEST(RcConfUpdate, DeleteRemovesTheKnob) {
  ScopedTempDir dir;
  dir.Write("rc.conf", kRcConf);
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kDelete, dir.Child("rc.conf")));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_TRUE(result.written);
  EXPECT_EQ(result.message, "sshd_enable deleted in " + dir.Child("rc.conf"));
  EXPECT_EQ(dir.Read("rc.conf"),
            "# rc.conf of box\n"
            "hostname=\"box\"\t# the name\n"
            "\n"
            "ifconfig_em0=\"DHCP\"\n");
}

TEST(RcConfUpdate, DeleteOfAMissingKnobWritesNothing) {
  ScopedTempDir dir;
  dir.Write("rc.conf", "hostname=\"box\"\n");
  ino_t inode = StatOf(dir.Child("rc.conf")).st_ino;
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kDelete, dir.Child("rc.conf")));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_FALSE(result.written);
  EXPECT_EQ(result.message, "");
  EXPECT_EQ(StatOf(dir.Child("rc.conf")).st_ino, inode);
}

TEST(RcConfUpdate, AlreadyEnabledIsReportedButNotRewritten) {
  ScopedTempDir dir;
  dir.Write("rc.conf", "sshd_enable=\"YES\"\n");
  ino_t inode = StatOf(dir.Child("rc.conf")).st_ino;
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf")));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_FALSE(result.written);
  EXPECT_EQ(result.message, "sshd enabled in " + dir.Child("rc.conf"));
  EXPECT_EQ(StatOf(dir.Child("rc.conf")).st_ino, inode);
}

TEST(RcConfUpdate, EnableCreatesAMissingFileDeleteDoesNot) {
  ScopedTempDir dir;
  PosixFileWriter files;
  RcConfUpdateResult deleted =
      UpdateRcConf(files, Request(RcConfChange::kDelete, dir.Child("rc.conf")));
  ASSERT_TRUE(deleted.ok()) << deleted.error;
  EXPECT_EQ(deleted.message, "");
  EXPECT_TRUE(Entries(dir.path()).empty());

  RcConfUpdateResult enabled =
      UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf")));
  ASSERT_TRUE(enabled.ok()) << enabled.error;
  EXPECT_EQ(dir.Read("rc.conf"), "sshd_enable=\"YES\"\n");
  EXPECT_EQ(StatOf(dir.Child("rc.conf")).st_mode & 07777, 0644u);
}

TEST(RcConfUpdate, BrokenFileIsRefusedAndUntouched) {
  ScopedTempDir dir;
  const std::string broken = "hostname=\"box\"\nif [ -e /x ]; then\n  sshd_enable=NO\n";
  dir.Write("rc.conf", broken);
  ino_t inode = StatOf(dir.Child("rc.conf")).st_ino;
  PosixFileWriter files;
  for (RcConfChange change :
       {RcConfChange::kEnable, RcConfChange::kDisable, RcConfChange::kDelete}) {
    RcConfUpdateResult result = UpdateRcConf(files, Request(change, dir.Child("rc.conf")));
    EXPECT_EQ(result.error,
              dir.Child("rc.conf") +
                  ":4:1: error: expected 'fi' to close 'if' at 2:1, found end of file\n"
                  "\n"
                  "^");
    EXPECT_EQ(result.message, "");
    EXPECT_FALSE(result.written);
  }
  EXPECT_EQ(dir.Read("rc.conf"), broken);
  EXPECT_EQ(StatOf(dir.Child("rc.conf")).st_ino, inode);
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"rc.conf"});
}

TEST(RcConfUpdate, UnwritableDirectoryLeavesTheFileIntact) {
  ScopedTempDir dir;
  dir.Write("rc.conf", kRcConf);
  ASSERT_EQ(chmod(dir.path().c_str(), 0755), 0);
  std::string error;
  if (geteuid() == 0) {
    // root writes anywhere: try as nobody, who can read but not write here.
    error = RunInChild([&] {
      if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0) {
        return std::string("cannot drop privileges");
      }
      PosixFileWriter files;
      return UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf"))).error;
    });
  } else {
    ASSERT_EQ(chmod(dir.path().c_str(), 0555), 0);
    PosixFileWriter files;
    error = UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf"))).error;
    chmod(dir.path().c_str(), 0755);
  }
  EXPECT_EQ(error, "cannot create a temporary file in " + dir.path() + ": Permission denied");
  EXPECT_EQ(dir.Read("rc.conf"), kRcConf);
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"rc.conf"});
}

TEST(RcConfUpdate, KeepsTheOwnerWhenRootEditsAnotherUsersFile) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root to give a file away";
  ScopedTempDir dir;
  dir.Write("rc.conf", kRcConf);
  ASSERT_EQ(chown(dir.Child("rc.conf").c_str(), 65534, 65534), 0);
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf")));
  ASSERT_TRUE(result.ok()) << result.error;
  struct stat st = StatOf(dir.Child("rc.conf"));
  EXPECT_EQ(st.st_uid, 65534u);
  EXPECT_EQ(st.st_gid, 65534u);
}

TEST(RcConfUpdate, UnreadableFileIsAnError) {
  ScopedTempDir dir;
  std::filesystem::create_directory(dir.Child("rc.conf"));
  PosixFileWriter files;
  RcConfUpdateResult result =
      UpdateRcConf(files, Request(RcConfChange::kEnable, dir.Child("rc.conf")));
  EXPECT_EQ(result.error, dir.Child("rc.conf") + ": Is a directory");
  EXPECT_EQ(result.message, "");
}

TEST(RcConfUpdate, WriteFailureIsReportedAndTheOldTextKept) {
  FakeFileWriter files;
  files.AddFile("/etc/rc.conf", kRcConf, 0600);
  files.FailReplaces("/etc/rc.conf",
                     "cannot write /etc/.rc.conf.rcsh-abc: No space left on device");
  RcConfUpdateResult result = UpdateRcConf(files, Request(RcConfChange::kEnable, "/etc/rc.conf"));
  EXPECT_EQ(result.error, "cannot write /etc/.rc.conf.rcsh-abc: No space left on device");
  EXPECT_EQ(result.message, "");
  EXPECT_FALSE(result.written);
  EXPECT_EQ(files.Find("/etc/rc.conf")->contents, kRcConf);
}

TEST(RcConfUpdate, ReadFailureIsReported) {
  FakeFileWriter files;
  files.FailReads("/etc/rc.conf", "/etc/rc.conf: Permission denied");
  RcConfUpdateResult result = UpdateRcConf(files, Request(RcConfChange::kDisable, "/etc/rc.conf"));
  EXPECT_EQ(result.error, "/etc/rc.conf: Permission denied");
  EXPECT_EQ(files.replace_count(), 0);
}

TEST(RcConfUpdate, UsesTheGivenServiceAndKnobNames) {
  FakeFileWriter files;
  files.AddFile("/etc/rc.conf.d/ntpd", "ntpd_enable=NO\n");
  RcConfUpdateResult result =
      UpdateRcConf(files, {RcConfChange::kEnable, "/etc/rc.conf.d/ntpd", "ntpd", "ntpd_enable"});
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.message, "ntpd enabled in /etc/rc.conf.d/ntpd");
  EXPECT_EQ(files.Find("/etc/rc.conf.d/ntpd")->contents, "ntpd_enable=YES\n");
  EXPECT_EQ(files.replace_count(), 1);
}

TEST(RcConfUpdate, InvalidKnobNameIsRefused) {
  FakeFileWriter files;
  files.AddFile("/etc/rc.conf", "");
  RcConfUpdateResult result =
      UpdateRcConf(files, {RcConfChange::kEnable, "/etc/rc.conf", "my-svc", "my-svc_enable"});
  EXPECT_EQ(result.error, "/etc/rc.conf: 'my-svc_enable' is not a valid variable name");
  EXPECT_EQ(files.replace_count(), 0);
}

}  // namespace
}  // namespace rcsh::rcsubr
