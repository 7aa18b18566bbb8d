#include "support/corpus_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "shell/cli/file_io.h"
#include "support/test_paths.h"

namespace rcsh::testing {
namespace {

bool LooksLikeShell(const std::string& path) {
  namespace fs = std::filesystem;
  std::string name = fs::path(path).filename().string();
  if (path.find("/rc.d/") != std::string::npos || path.find("/rc.syshook.d/") != std::string::npos) return true;
  if (name.find("rc.conf") != std::string::npos) return true;
  if (name.ends_with(".subr") || name.ends_with(".sh")) return true;
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  return first.starts_with("#!/bin/sh") || first.starts_with("#! /bin/sh");
}

}  // namespace

std::vector<std::string> CorpusShellFiles() {
  std::vector<std::string> result;
  for (const std::string& file : ListFilesRecursively({SourceDir() + "/corpus"})) {
    if (file.find("/corpus/faults/") != std::string::npos) continue;
    if (LooksLikeShell(file)) result.push_back(file);
  }
  return result;
}

std::string ReadFileOrDie(const std::string& path) {
  std::string error;
  auto text = ReadWholeFile(path, &error);
  if (!text) throw std::runtime_error(path + ": " + error);
  return *text;
}

}  // namespace rcsh::testing
