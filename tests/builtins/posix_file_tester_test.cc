// PosixFileTester against a scratch directory: paths resolve against the
// directory descriptor it was given, not the process's working directory.
#include "builtins/posix_file_tester.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace rcsh::testing {
namespace {

class PosixFileTesterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char path[] = "/tmp/rcsh-file-tester-XXXXXX";
    ASSERT_NE(mkdtemp(path), nullptr);
    dir_ = path;
    dir_fd_ = open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_GE(dir_fd_, 0);
    int fd = openat(dir_fd_, "file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(write(fd, "data", 4), 4);
    close(fd);
    ASSERT_EQ(symlinkat("file", dir_fd_, "link"), 0);
  }
  void TearDown() override {
    unlinkat(dir_fd_, "link", 0);
    unlinkat(dir_fd_, "file", 0);
    close(dir_fd_);
    rmdir(dir_.c_str());
  }

  std::string dir_;
  int dir_fd_ = -1;
};

TEST_F(PosixFileTesterTest, StatResolvesRelativeToTheDirectory) {
  PosixFileTester files(dir_fd_);
  struct stat st;
  ASSERT_TRUE(files.Stat("file", true, &st));
  EXPECT_TRUE(S_ISREG(st.st_mode));
  EXPECT_EQ(st.st_size, 4);
  EXPECT_FALSE(files.Stat("missing", true, &st));
  EXPECT_FALSE(files.Stat("", true, &st));
}

TEST_F(PosixFileTesterTest, StatFollowsLinksOnlyWhenAsked) {
  PosixFileTester files(dir_fd_);
  struct stat st;
  ASSERT_TRUE(files.Stat("link", true, &st));
  EXPECT_TRUE(S_ISREG(st.st_mode));
  ASSERT_TRUE(files.Stat("link", false, &st));
  EXPECT_TRUE(S_ISLNK(st.st_mode));
}

TEST_F(PosixFileTesterTest, AccessUsesThePermissionBits) {
  PosixFileTester files(dir_fd_);
  EXPECT_TRUE(files.Access("file", R_OK));
  EXPECT_FALSE(files.Access("missing", R_OK));
  if (geteuid() != 0) {  // root may pass anything
    EXPECT_FALSE(files.Access("file", X_OK));
  }
}

TEST_F(PosixFileTesterTest, AbsolutePathsIgnoreTheDirectory) {
  PosixFileTester files(dir_fd_);
  struct stat st;
  EXPECT_TRUE(files.Stat(dir_ + "/file", true, &st));
  PosixFileTester cwd_files;  // AT_FDCWD
  EXPECT_TRUE(cwd_files.Stat(dir_ + "/file", true, &st));
}

TEST_F(PosixFileTesterTest, PipeIsNotATerminalAndIdsAreTheEffectiveOnes) {
  PosixFileTester files;
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  EXPECT_FALSE(files.IsTerminal(fds[0]));
  EXPECT_FALSE(files.IsTerminal(-1));
  close(fds[0]);
  close(fds[1]);
  EXPECT_EQ(files.EffectiveUserId(), geteuid());
  EXPECT_EQ(files.EffectiveGroupId(), getegid());
}

TEST_F(PosixFileTesterTest, TerminalQuestionsGoThroughTheFdMapping) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  // Shell fd 5 is the pipe, shell fd 6 an in-memory capture, others closed.
  PosixFileTester files(AT_FDCWD, [&](int shell_fd) { return shell_fd == 5 ? fds[0] : -1; });
  EXPECT_FALSE(files.IsTerminal(5));
  EXPECT_FALSE(files.IsTerminal(6));
  int tty = open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (tty >= 0) {  // only when the tests run on a terminal
    PosixFileTester on_tty(AT_FDCWD, [&](int) { return tty; });
    EXPECT_TRUE(on_tty.IsTerminal(0));
    close(tty);
  }
  close(fds[0]);
  close(fds[1]);
}

}  // namespace
}  // namespace rcsh::testing
