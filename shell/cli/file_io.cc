#include "shell/cli/file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace rcsh {

std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

bool LooksLikeShellFile(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  if (path.find("/rc.d/") != std::string::npos || path.find("/rc.syshook.d/") != std::string::npos) return true;
  if (name.find("rc.conf") != std::string::npos) return true;
  if (name.ends_with(".subr") || name.ends_with(".sh")) return true;
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  return first.starts_with("#!/bin/sh") || first.starts_with("#! /bin/sh");
}

std::vector<std::string> ListFilesRecursively(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      }
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace rcsh
