// The atomicity promise of rc.conf edits, tested the hard way: a child
// process performs `enable` on a large rc.conf and is killed with SIGKILL at
// moments spread over the whole run (parse, write, fsync, rename). After
// every kill rc.conf must hold exactly the old or exactly the new text.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include "rcsubr/file_writer.h"
#include "rcsubr/rc_conf_editor.h"
#include "rcsubr/rc_conf_update.h"
#include "support/scoped_temp_dir.h"

namespace rcsh::rcsubr {
namespace {

using rcsh::testing::ScopedTempDir;

constexpr size_t kFileBytes = 5 * 1024 * 1024;
constexpr int kKills = 50;

/// About 5 MB of knob lines and comments; the knob to change is near the
/// top, so the old and new texts differ from the first kilobyte on.
std::string LargeRcConf() {
  std::string text = "# a large rc.conf\nhostname=\"box\"\nsshd_enable=\"NO\" # ssh\n";
  for (int i = 0; text.size() < kFileBytes; ++i) {
    std::string n = std::to_string(i);
    text +=
        "# service " + n + "\nsvc" + n + "_enable=\"NO\"\tsvc" + n + "_flags='-v -n " + n + "'\n";
    text += "svc" + n + "_enable='YES'  # comment " + n + "\n";
  }
  return text;
}

/// A PosixFileWriter that first tells the parent, through a pipe, that the
/// replacement starts: the parse is over and the temporary file is next.
class NotifyingFileWriter : public FileWriter {
 public:
  explicit NotifyingFileWriter(int notify_fd) : notify_fd_(notify_fd) {}
  ReadStatus ReadFile(const std::string& path, std::string* contents, std::string* error) override {
    return real_.ReadFile(path, contents, error);
  }
  bool ReplaceFileAtomically(const std::string& path, std::string_view contents,
                             std::string* error) override {
    if (write(notify_fd_, "w", 1) != 1) return false;
    return real_.ReplaceFileAtomically(path, contents, error);
  }
  bool RemoveFile(const std::string& path, std::string* error) override {
    return real_.RemoveFile(path, error);
  }

 private:
  PosixFileWriter real_;
  int notify_fd_;
};

/// A child that enables sshd in a file and exits 0 on success; `notify`
/// becomes readable when it starts writing (or exits).
struct Child {
  pid_t pid = -1;
  int notify = -1;
};

Child StartEnable(const std::string& path) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    NotifyingFileWriter files(fds[1]);
    RcConfUpdateResult result =
        UpdateRcConf(files, {RcConfChange::kEnable, path, "sshd", "sshd_enable"});
    _exit(result.ok() && result.written ? 0 : 1);
  }
  close(fds[1]);
  return {pid, fds[0]};
}

/// Blocks until the child starts writing (false: it exited first).
bool WaitForWriting(const Child& child) {
  char byte;
  ssize_t n;
  do {
    n = read(child.notify, &byte, 1);
  } while (n < 0 && errno == EINTR);
  return n == 1;
}

TEST(RcConfCrash, KilledWriterLeavesTheOldOrTheNewTextNeverAMix) {
  ScopedTempDir dir;
  ASSERT_FALSE(dir.path().empty());
  const std::string path = dir.Child("rc.conf");
  const std::string temp_prefix = TemporaryFilePrefix("rc.conf");
  const std::string old_text = LargeRcConf();
  KnobEdit edit = SetKnob({path, old_text}, "sshd_enable", "YES");
  ASSERT_TRUE(edit.ok()) << edit.error;
  const std::string& new_text = edit.text;
  ASSERT_NE(old_text, new_text);

  PosixFileWriter files;
  // Puts the old text back and clears temporary files a killed child left.
  auto restore = [&] {
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      if (entry.path().filename().string().starts_with(temp_prefix)) {
        std::filesystem::remove(entry.path());
      }
    }
    std::string error;
    ASSERT_TRUE(files.ReplaceFileAtomically(path, old_text, &error)) << error;
  };

  // Restoring is the same atomic replacement of a text of the same size, so
  // it tells how long the child's write phase takes; one uninterrupted run
  // tells how long the whole update takes.
  auto start = std::chrono::steady_clock::now();
  restore();
  ASSERT_FALSE(HasFatalFailure());
  auto write_phase = std::chrono::steady_clock::now() - start;
  start = std::chrono::steady_clock::now();
  Child child = StartEnable(path);
  ASSERT_GT(child.pid, 0);
  int status = 0;
  ASSERT_EQ(waitpid(child.pid, &status, 0), child.pid);
  close(child.notify);
  auto full_run = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_TRUE(dir.Read("rc.conf") == new_text);

  // The write phase is a few percent of the run (parsing 5 MB twice is the
  // rest), so kills at random moments of the whole run would rarely hit it.
  // Even kills land at random moments of the whole run, up to 1.67 times its
  // length (the last ones after the child is done); odd kills land at random
  // moments of the write phase (temporary file, write, fsync, rename),
  // measured from the child's notification.
  std::mt19937 random(20261122);
  std::uniform_real_distribution<double> fraction(0.0, 1.0);
  int saw_old = 0, saw_new = 0, left_temp_file = 0;
  for (int i = 0; i < kKills; ++i) {
    restore();
    ASSERT_FALSE(HasFatalFailure());
    child = StartEnable(path);
    ASSERT_GT(child.pid, 0);
    std::chrono::microseconds delay;
    if (i % 2 == 0) {
      delay = std::chrono::duration_cast<std::chrono::microseconds>(full_run *
                                                                    (i + fraction(random)) / 30);
    } else {
      WaitForWriting(child);
      delay = std::chrono::duration_cast<std::chrono::microseconds>(write_phase * 1.2 *
                                                                    fraction(random));
    }
    std::this_thread::sleep_for(delay);
    kill(child.pid, SIGKILL);
    ASSERT_EQ(waitpid(child.pid, &status, 0), child.pid);
    close(child.notify);

    struct stat st;
    ASSERT_EQ(lstat(path.c_str(), &st), 0) << "kill " << i;
    ASSERT_TRUE(S_ISREG(st.st_mode)) << "kill " << i;
    std::string contents = dir.Read("rc.conf");
    bool is_old = contents == old_text;
    bool is_new = contents == new_text;
    ASSERT_TRUE(is_old || is_new) << "kill " << i << " after " << delay.count()
                                  << " us left a mix of " << contents.size() << " bytes";
    saw_old += is_old;
    saw_new += is_new;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      std::string name = entry.path().filename().string();
      if (name == "rc.conf") continue;
      EXPECT_TRUE(name.starts_with(temp_prefix)) << "unexpected file " << name;
      ++left_temp_file;
    }
  }
  EXPECT_GT(saw_old, 0);
  EXPECT_GT(saw_new, 0);
  EXPECT_GT(left_temp_file, 0) << "no kill landed while the temporary file existed";
  auto micros = [](auto duration) {
    return std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(duration).count());
  };
  RecordProperty("full_run_us", micros(full_run));
  RecordProperty("write_phase_us", micros(write_phase));
  RecordProperty("old", saw_old);
  RecordProperty("new", saw_new);
  RecordProperty("killed_with_temp_file", left_temp_file);
}

}  // namespace
}  // namespace rcsh::rcsubr
