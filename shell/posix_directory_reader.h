// The real DirectoryReader: readdir(3) and lstat, relative to a directory
// descriptor so that the interpreter's own working directory (not the
// process's) anchors relative patterns.
#pragma once

#include <fcntl.h>

#include "shell/pathname_expansion.h"

namespace rcsh {

class PosixDirectoryReader : public DirectoryReader {
 public:
  /// Relative paths are resolved against `dir_fd` (AT_FDCWD: the process's
  /// working directory). The descriptor is borrowed and must outlive the
  /// reader.
  explicit PosixDirectoryReader(int dir_fd = AT_FDCWD) : dir_fd_(dir_fd) {}

  std::optional<std::vector<std::string>> ListDirectory(const std::string& dir) const override;
  bool Exists(const std::string& path) const override;

 private:
  int dir_fd_;
};

}  // namespace rcsh
