#include "rcsubr/file_writer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run_in_child.h"
#include "support/scoped_temp_dir.h"

namespace rcsh::rcsubr {
namespace {

using rcsh::testing::RunInChild;
using rcsh::testing::ScopedTempDir;

/// The names in `dir`, sorted.
std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

mode_t ModeOf(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

TEST(FileWriter, TemporaryFilesAreHiddenAndNamedAfterTheTarget) {
  EXPECT_EQ(TemporaryFilePrefix("rc.conf"), ".rc.conf.rcsh-");
}

TEST(FileWriter, ReplacesContentsAndKeepsTheMode) {
  ScopedTempDir dir;
  ASSERT_FALSE(dir.path().empty());
  for (mode_t mode : {0600, 0640, 0755, 0444}) {
    dir.Write("rc.conf", "old\n");
    ASSERT_EQ(chmod(dir.Child("rc.conf").c_str(), mode), 0);
    PosixFileWriter writer;
    std::string error;
    ASSERT_TRUE(writer.ReplaceFileAtomically(dir.Child("rc.conf"), "new\n", &error)) << error;
    EXPECT_EQ(dir.Read("rc.conf"), "new\n");
    EXPECT_EQ(ModeOf(dir.Child("rc.conf")), mode);
    EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"rc.conf"});
  }
}

TEST(FileWriter, ANewFileGetsMode0644) {
  ScopedTempDir dir;
  PosixFileWriter writer;
  std::string error;
  ASSERT_TRUE(writer.ReplaceFileAtomically(dir.Child("rc.conf"), "x=1\n", &error)) << error;
  EXPECT_EQ(dir.Read("rc.conf"), "x=1\n");
  EXPECT_EQ(ModeOf(dir.Child("rc.conf")), 0644u);
}

TEST(FileWriter, WritesBinaryContentsExactly) {
  ScopedTempDir dir;
  std::string contents(3 * 1024 * 1024 + 7, '\0');
  for (size_t i = 0; i < contents.size(); ++i) contents[i] = static_cast<char>(i * 131 % 251);
  PosixFileWriter writer;
  std::string error;
  ASSERT_TRUE(writer.ReplaceFileAtomically(dir.Child("big"), contents, &error)) << error;
  std::string read_back;
  ASSERT_EQ(writer.ReadFile(dir.Child("big"), &read_back, &error), FileWriter::ReadStatus::kOk);
  EXPECT_TRUE(read_back == contents);
}

TEST(FileWriter, FollowsASymbolicLink) {
  ScopedTempDir dir;
  std::filesystem::create_directory(dir.Child("real"));
  dir.Write("real/rc.conf", "old\n");
  std::filesystem::create_symlink("real/rc.conf", dir.Child("rc.conf"));
  PosixFileWriter writer;
  std::string error;
  ASSERT_TRUE(writer.ReplaceFileAtomically(dir.Child("rc.conf"), "new\n", &error)) << error;
  EXPECT_TRUE(std::filesystem::is_symlink(dir.Child("rc.conf")));
  EXPECT_EQ(dir.Read("real/rc.conf"), "new\n");
}

TEST(FileWriter, RefusesToReplaceADirectory) {
  ScopedTempDir dir;
  std::filesystem::create_directory(dir.Child("rc.conf"));
  PosixFileWriter writer;
  std::string error;
  EXPECT_FALSE(writer.ReplaceFileAtomically(dir.Child("rc.conf"), "new\n", &error));
  EXPECT_EQ(error, dir.Child("rc.conf") + ": not a regular file");
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"rc.conf"});
}

TEST(FileWriter, MissingDirectoryIsAnError) {
  ScopedTempDir dir;
  PosixFileWriter writer;
  std::string error;
  EXPECT_FALSE(writer.ReplaceFileAtomically(dir.Child("none/rc.conf"), "new\n", &error));
  EXPECT_EQ(error, "cannot create a temporary file in " + dir.Child("none") +
                       ": No such file or directory");
}

TEST(FileWriter, WriteFailureRemovesTheTemporaryFileAndKeepsTheOldOne) {
  // A file size limit makes write(2) fail with EFBIG part-way through, as a
  // full disk would; the limit is process-wide, hence the child.
  ScopedTempDir dir;
  dir.Write("rc.conf", "old\n");
  std::string error = RunInChild([&] {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = {64 * 1024, 64 * 1024};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return std::string("setrlimit failed");
    PosixFileWriter writer;
    std::string message;
    if (writer.ReplaceFileAtomically(dir.Child("rc.conf"), std::string(1 << 20, 'x'), &message)) {
      return std::string("succeeded");
    }
    return message;
  });
  EXPECT_TRUE(error.starts_with("cannot write " + dir.Child(".rc.conf.rcsh-"))) << error;
  EXPECT_TRUE(error.ends_with(": File too large")) << error;
  EXPECT_EQ(dir.Read("rc.conf"), "old\n");
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"rc.conf"});
}

TEST(FileWriter, ReadFileReportsMissingFilesAndErrors) {
  ScopedTempDir dir;
  PosixFileWriter writer;
  std::string contents = "unchanged";
  std::string error;
  EXPECT_EQ(writer.ReadFile(dir.Child("none"), &contents, &error),
            FileWriter::ReadStatus::kNotFound);
  EXPECT_EQ(writer.ReadFile(dir.path(), &contents, &error), FileWriter::ReadStatus::kError);
  EXPECT_EQ(error, dir.path() + ": Is a directory");
  dir.Write("f", std::string("a\0b", 3));
  EXPECT_EQ(writer.ReadFile(dir.Child("f"), &contents, &error), FileWriter::ReadStatus::kOk);
  EXPECT_EQ(contents, std::string("a\0b", 3));
}

}  // namespace
}  // namespace rcsh::rcsubr
