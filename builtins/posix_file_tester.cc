// FileTester on the *at() system calls; see posix_file_tester.h.
#include "builtins/posix_file_tester.h"

#include <unistd.h>

namespace rcsh {

bool PosixFileTester::Stat(const std::string& path, bool follow_links, struct stat* out) const {
  // An empty path is ENOENT here, as for stat(2) (AT_EMPTY_PATH is not used).
  return fstatat(dir_fd_, path.c_str(), out, follow_links ? 0 : AT_SYMLINK_NOFOLLOW) == 0;
}

bool PosixFileTester::Access(const std::string& path, int mode) const {
  return faccessat(dir_fd_, path.c_str(), mode, AT_EACCESS) == 0;
}

bool PosixFileTester::IsTerminal(int fd) const {
  int os_fd = os_fd_ ? os_fd_(fd) : fd;
  return os_fd >= 0 && isatty(os_fd) == 1;
}

uid_t PosixFileTester::EffectiveUserId() const {
  return geteuid();
}

gid_t PosixFileTester::EffectiveGroupId() const {
  return getegid();
}

}  // namespace rcsh
