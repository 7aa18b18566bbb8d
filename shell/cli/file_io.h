// Reading script files for the command-line tools.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rcsh {

/// The whole file, or nullopt with `error` set (strerror text).
std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error);

/// True for files that hold shell code: anything under an rc.d or
/// rc.syshook.d directory, rc.conf files, *.subr and *.sh, and files whose
/// first line is a #!/bin/sh shebang.
bool LooksLikeShellFile(const std::string& path);

/// Regular files under each path (a file is itself), sorted, recursing
/// into directories.
std::vector<std::string> ListFilesRecursively(const std::vector<std::string>& paths);

}  // namespace rcsh
