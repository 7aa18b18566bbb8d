#include "rcsubr/file_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace rcsh::rcsubr {
namespace {

/// "WHAT: strerror(errno)", read before anything else can change errno.
std::string ErrnoMessage(const std::string& what) {
  return what + ": " + std::strerror(errno);
}

/// Writes all of `data`, retrying short writes and EINTR.
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    // Bounded chunks: some systems fail single writes above INT_MAX.
    ssize_t n = write(fd, data.data(), std::min<size_t>(data.size(), size_t{1} << 20));
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

/// A temporary file that is removed unless Commit() marks it as renamed.
class TemporaryFile {
 public:
  TemporaryFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) close(fd_);
    if (!committed_) unlink(path_.c_str());
  }

  const std::string& path() const { return path_; }
  int fd() const { return fd_; }
  /// Closes the descriptor, reporting close(2)'s error (NFS reports late
  /// write errors there).
  bool Close() {
    int fd = fd_;
    fd_ = -1;
    return close(fd) == 0;
  }
  void Commit() { committed_ = true; }

 private:
  std::string path_;
  int fd_;
  bool committed_ = false;
};

}  // namespace

std::string TemporaryFilePrefix(std::string_view basename) {
  return "." + std::string(basename) + ".rcsh-";
}

FileWriter::ReadStatus PosixFileWriter::ReadFile(const std::string& path, std::string* contents,
                                                 std::string* error) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return ReadStatus::kNotFound;
    *error = ErrnoMessage(path);
    return ReadStatus::kError;
  }
  contents->clear();
  char buffer[64 * 1024];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = ErrnoMessage(path);
      close(fd);
      return ReadStatus::kError;
    }
    if (n == 0) break;
    contents->append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return ReadStatus::kOk;
}

bool PosixFileWriter::ReplaceFileAtomically(const std::string& path, std::string_view contents,
                                            std::string* error) {
  // Follow a symbolic link (an /etc/rc.conf pointing into a managed tree):
  // renaming over the link would replace it with a plain file.
  std::string target = path;
  struct stat st;
  if (lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::unique_ptr<char, decltype(&free)> resolved(realpath(path.c_str(), nullptr), &free);
    if (!resolved) {
      *error = ErrnoMessage("cannot resolve " + path);
      return false;
    }
    target = resolved.get();
  }

  bool exists = stat(target.c_str(), &st) == 0;
  if (!exists && errno != ENOENT) {
    *error = ErrnoMessage(target);
    return false;
  }
  if (exists && !S_ISREG(st.st_mode)) {
    *error = target + ": not a regular file";
    return false;
  }

  size_t slash = target.rfind('/');
  std::string directory = slash == std::string::npos ? "."
                          : slash == 0               ? "/"
                                                     : target.substr(0, slash);
  std::string basename = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string temp_path = (slash == std::string::npos ? "" : target.substr(0, slash + 1)) +
                          TemporaryFilePrefix(basename) + "XXXXXX";
  // mkostemp creates the file 0600, so nobody can read a half-written file
  // even where rc.conf itself is world-readable.
  int fd = mkostemp(temp_path.data(), O_CLOEXEC);
  if (fd < 0) {
    *error = ErrnoMessage("cannot create a temporary file in " + directory);
    return false;
  }
  TemporaryFile temp(temp_path, fd);

  mode_t mode = exists ? (st.st_mode & 07777) : 0644;
  if (fchmod(temp.fd(), mode) != 0) {
    *error = ErrnoMessage("cannot set the mode of " + temp.path());
    return false;
  }
  // Keep the owner when we may (root editing a file of another user); an
  // unprivileged writer cannot give files away and gets its own, like any
  // editor would.
  if (exists && (st.st_uid != geteuid() || st.st_gid != getegid()) &&
      fchown(temp.fd(), st.st_uid, st.st_gid) != 0 && errno != EPERM) {
    *error = ErrnoMessage("cannot set the owner of " + temp.path());
    return false;
  }
  if (!WriteAll(temp.fd(), contents)) {
    *error = ErrnoMessage("cannot write " + temp.path());
    return false;
  }
  if (fsync(temp.fd()) != 0) {
    *error = ErrnoMessage("cannot sync " + temp.path());
    return false;
  }
  if (!temp.Close()) {
    *error = ErrnoMessage("cannot close " + temp.path());
    return false;
  }
  if (rename(temp.path().c_str(), target.c_str()) != 0) {
    *error = ErrnoMessage("cannot rename " + temp.path() + " to " + target);
    return false;
  }
  temp.Commit();

  // Make the rename itself durable. The new contents are already in place,
  // so a failure here is reported but nothing can be rolled back.
  int directory_fd = open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory_fd < 0) {
    *error =
        ErrnoMessage(target + " was replaced, but opening " + directory + " to sync it failed");
    return false;
  }
  // Some file systems cannot sync directories (EINVAL): nothing more to do there.
  bool synced = fsync(directory_fd) == 0 || errno == EINVAL;
  if (!synced)
    *error = ErrnoMessage(target + " was replaced, but syncing " + directory + " failed");
  close(directory_fd);
  return synced;
}

bool PosixFileWriter::RemoveFile(const std::string& path, std::string* error) {
  if (unlink(path.c_str()) == 0 || errno == ENOENT) return true;
  *error = path + ": " + std::strerror(errno);
  return false;
}

}  // namespace rcsh::rcsubr
