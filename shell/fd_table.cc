#include "shell/fd_table.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace rcsh {

int OwnFd(int fd) {
  if (fd < 0) return -1;
  if (fd >= kFirstOwnedFd) {
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    return fd;
  }
  int owned = fcntl(fd, F_DUPFD_CLOEXEC, kFirstOwnedFd);
  int saved = errno;
  close(fd);
  errno = saved;
  return owned;
}

std::shared_ptr<OpenFile> OpenFile::FromOwnedFd(int fd) {
  return std::shared_ptr<OpenFile>(new OpenFile(fd));
}

std::shared_ptr<OpenFile> OpenFile::MemorySink() { return std::shared_ptr<OpenFile>(new OpenFile(-1)); }

OpenFile::~OpenFile() {
  if (fd_ >= 0) close(fd_);
}

bool OpenFile::Write(std::string_view data) {
  if (fd_ < 0) {
    std::lock_guard<std::mutex> lock(mutex_);
    buffer_.append(data);
    return true;
  }
  while (!data.empty()) {
    ssize_t n = write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::string OpenFile::TakeContents() {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::move(buffer_);
}

void FdTable::Set(int fd, std::shared_ptr<OpenFile> file) {
  if (fd < 0 || fd > kMaxShellFd) return;
  if (fd >= static_cast<int>(entries_.size())) {
    if (!file) return;
    entries_.resize(static_cast<size_t>(fd) + 1);
  }
  entries_[static_cast<size_t>(fd)] = std::move(file);
}

}  // namespace rcsh
