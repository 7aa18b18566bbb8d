// The real FileTester: the *at() system calls against a directory
// descriptor, so the interpreter's working directory need not be the
// process's, and isatty() through an optional shell-fd -> OS-fd mapping, so
// its virtual descriptors need not be the process's either.
#pragma once

#include <fcntl.h>

#include <functional>
#include <utility>

#include "builtins/test_expr.h"

namespace rcsh {

class PosixFileTester : public FileTester {
 public:
  /// Maps a shell descriptor to the process descriptor behind it, or -1 when
  /// there is none (closed, or an in-memory capture, which is no terminal).
  using FdMapper = std::function<int(int shell_fd)>;

  /// Relative paths resolve against `dir_fd` (not owned; AT_FDCWD means the
  /// process's working directory). Without `os_fd`, shell descriptors are
  /// taken to be process descriptors.
  explicit PosixFileTester(int dir_fd = AT_FDCWD, FdMapper os_fd = nullptr)
      : dir_fd_(dir_fd), os_fd_(std::move(os_fd)) {}

  bool Stat(const std::string& path, bool follow_links, struct stat* out) const override;
  /// faccessat(2) with AT_EACCESS: the effective ids, as FreeBSD's eaccess.
  bool Access(const std::string& path, int mode) const override;
  bool IsTerminal(int fd) const override;
  uid_t EffectiveUserId() const override;
  gid_t EffectiveGroupId() const override;

 private:
  int dir_fd_;
  FdMapper os_fd_;  // null: the identity
};

}  // namespace rcsh
