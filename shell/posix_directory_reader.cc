#include "shell/posix_directory_reader.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rcsh {

std::optional<std::vector<std::string>> PosixDirectoryReader::ListDirectory(
    const std::string& dir) const {
  int fd = openat(dir_fd_, dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  DIR* stream = fdopendir(fd);  // owns fd from here on
  if (stream == nullptr) {
    close(fd);
    return std::nullopt;
  }
  std::vector<std::string> names;
  while (const dirent* entry = readdir(stream)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    names.emplace_back(name);
  }
  closedir(stream);
  return names;
}

bool PosixDirectoryReader::Exists(const std::string& path) const {
  struct stat st;
  return fstatat(dir_fd_, path.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

}  // namespace rcsh
