// The shell's file descriptors, kept virtual: shell fd N maps to an
// OpenFile the interpreter owns (a real descriptor numbered >= kFirstOwnedFd,
// close-on-exec, or an in-memory capture buffer). Redirections swap entries,
// subshells copy the table, and external commands receive the mapping through
// their spawn request — the process's own fds 0-2 are never touched.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace rcsh {

/// Descriptors the interpreter owns are moved at or above this number so the
/// spawn code can dup2 them onto any shell fd below it without clobbering.
inline constexpr int kFirstOwnedFd = 100;
/// Shell fd numbers run from 0 to kMaxShellFd.
inline constexpr int kMaxShellFd = 99;

/// Moves `fd` to a close-on-exec descriptor >= kFirstOwnedFd (closing the
/// original). Returns -1 and keeps errno on failure.
int OwnFd(int fd);

/// An open file description shared by every shell fd that refers to it.
class OpenFile {
 public:
  /// Takes ownership of `fd` (already >= kFirstOwnedFd and close-on-exec).
  static std::shared_ptr<OpenFile> FromOwnedFd(int fd);
  /// An in-memory sink: command substitution and embedding capture.
  static std::shared_ptr<OpenFile> MemorySink();
  ~OpenFile();
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;

  bool is_memory() const { return fd_ < 0; }
  int os_fd() const { return fd_; }

  /// Writes all of `data`; false on an I/O error (errno set).
  bool Write(std::string_view data);
  /// The captured text (memory sinks only).
  std::string TakeContents();

 private:
  explicit OpenFile(int fd) : fd_(fd) {}
  int fd_;
  std::mutex mutex_;  // pipeline stages in threads may share a sink
  std::string buffer_;
};

class FdTable {
 public:
  std::shared_ptr<OpenFile> Get(int fd) const {
    return fd >= 0 && fd < static_cast<int>(entries_.size()) ? entries_[fd] : nullptr;
  }
  void Set(int fd, std::shared_ptr<OpenFile> file);
  void Close(int fd) { Set(fd, nullptr); }
  int size() const { return static_cast<int>(entries_.size()); }

 private:
  std::vector<std::shared_ptr<OpenFile>> entries_;
};

}  // namespace rcsh
